using DrcTool.Core.Config;

namespace DrcTool.Core.Checks;

/// <summary>What the user asked for when checking one design (from the command line, later also drctool.yaml).</summary>
public sealed record CheckOptions
{
    public static CheckOptions Default { get; } = new();

    /// <summary>The drctool.yaml that applies to the design (<see cref="DrcConfig.Default"/> without one).</summary>
    public DrcConfig Config { get; init; } = DrcConfig.Default;

    /// <summary>The socket's reference (--som), skipping the search; null to search (or to use the config's).</summary>
    public string? SomReference { get; init; }

    /// <summary>--module NAME|REF: a module's name (search for it alone) or its part's reference; null to search every module.</summary>
    public string? Module { get; init; }

    /// <summary>The SoM model (--variant); null when not given: the config's, else <see cref="DefaultVariant"/>.</summary>
    public SomVariant? Variant { get; init; }

    /// <summary>Only these rule IDs run; null runs every rule.</summary>
    public IReadOnlySet<string>? EnabledRules { get; init; }

    /// <summary>Severity per rule ID, replacing the descriptor's default.</summary>
    public IReadOnlyDictionary<string, Severity> SeverityOverrides { get; init; } = new Dictionary<string, Severity>();

    /// <summary>Socket patterns added to rules/modules/b-som/module.yaml (from a config file).</summary>
    public IReadOnlyList<SocketPattern> ExtraSocketPatterns { get; init; } = [];

    /// <summary>The model assumed when none is given: the current B4xx module, whose limits are the common ones.</summary>
    public const SomVariant DefaultVariant = SomVariant.B404X;

    /// <summary>The command line's variant, else the config's, else <see cref="DefaultVariant"/>.</summary>
    public SomVariant EffectiveVariant => Variant ?? Config.Variant ?? DefaultVariant;

    /// <summary>True when the variant was given (command line or config) rather than assumed.</summary>
    public bool VariantGiven => (Variant ?? Config.Variant) is not null;

    /// <summary>The command line's socket reference, else the config's (when neither names a module).</summary>
    public string? EffectiveSomReference => SomReference ?? (Module is null ? Config.SomReference : null);

    /// <summary>The command line's --module, else the config's <c>module:</c> name or reference (when no --som is given).</summary>
    public string? EffectiveModule => Module ?? (SomReference is null ? Config.Module : null);

    /// <summary>False when <see cref="EnabledRules"/> leaves the rule out or the config turns it off.</summary>
    public bool IsEnabled(string ruleId) => (EnabledRules is null || EnabledRules.Contains(ruleId)) && Config.IsRuleEnabled(ruleId);

    /// <summary>The severity a finding gets: the explicit override, else the config's, else what the rule gave it.</summary>
    public Severity SeverityFor(string ruleId, Severity produced) =>
        SeverityOverrides.TryGetValue(ruleId, out var severity) ? severity
        : Config.SeverityOverrides.TryGetValue(ruleId, out var configured) && configured is { } c ? c
        : produced;
}
