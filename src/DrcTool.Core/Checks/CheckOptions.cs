using DrcTool.Core.Binding;

namespace DrcTool.Core.Checks;

/// <summary>What the user asked for when checking one design (from the command line, later also drctool.yaml).</summary>
public sealed record CheckOptions
{
    public static CheckOptions Default { get; } = new();

    /// <summary>The socket's reference (--som), skipping the search; null to search.</summary>
    public string? SomReference { get; init; }

    /// <summary>The SoM model (--variant); null when not given, in which case <see cref="DefaultVariant"/> is assumed.</summary>
    public SomVariant? Variant { get; init; }

    /// <summary>Only these rule IDs run; null runs every rule.</summary>
    public IReadOnlySet<string>? EnabledRules { get; init; }

    /// <summary>Severity per rule ID, replacing the descriptor's default.</summary>
    public IReadOnlyDictionary<string, Severity> SeverityOverrides { get; init; } = new Dictionary<string, Severity>();

    /// <summary>Socket patterns added to rules/som-sockets.yaml (from a config file).</summary>
    public IReadOnlyList<SocketPattern> ExtraSocketPatterns { get; init; } = [];

    /// <summary>The model assumed when none is given: the current B4xx module, whose limits are the common ones.</summary>
    public const SomVariant DefaultVariant = SomVariant.B404X;

    public SomVariant EffectiveVariant => Variant ?? DefaultVariant;

    public bool IsEnabled(string ruleId) => EnabledRules is null || EnabledRules.Contains(ruleId);
}
