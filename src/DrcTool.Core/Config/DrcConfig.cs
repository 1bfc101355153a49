using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Checks;
using DrcTool.Core.Knowledge;
using DrcTool.Core.Model;

namespace DrcTool.Core.Config;

/// <summary>
/// Everything drctool.yaml can say about one design or a folder of them (docs/config.md describes the file).
/// <see cref="Default"/> is what a run without a config uses.
/// </summary>
public sealed record DrcConfig
{
    public static DrcConfig Default { get; } = new();

    /// <summary>The file this came from; null for <see cref="Default"/> or a config built in code.</summary>
    public string? SourceFile { get; init; }

    /// <summary>The SoM socket's reference, overriding the socket search (like --som).</summary>
    public string? SomReference { get; init; }

    /// <summary>The module (like --module): a module's name or its part's reference; null to search.</summary>
    public string? Module { get; init; }

    /// <summary>True when <c>module: required</c>: a design with no known module is an error, not a note (DRC001).</summary>
    public bool ModuleRequired { get; init; }

    /// <summary>The SoM model (like --variant); null to leave it to the command line or the default.</summary>
    public SomVariant? Variant { get; init; }

    /// <summary>Which file to check when a board has a schematic and a layout: "schematic" or "board"; null for the default.</summary>
    public string? Prefer { get; init; }

    /// <summary>Rail voltages and cuttable rails the user states.</summary>
    public IReadOnlyList<RailSetting> Rails { get; init; } = [];

    /// <summary>Jumpers, 0 Ω parts and ferrites (by reference) to treat as open. Everything else that passes through is closed.</summary>
    public IReadOnlyList<string> OpenParts { get; init; } = [];

    /// <summary>Part-class patterns tried before the built-in table.</summary>
    public IReadOnlyList<PartClassRule> PartPatterns { get; init; } = [];

    /// <summary>Regulator data tried before the built-in table.</summary>
    public IReadOnlyList<RegulatorSpec> Regulators { get; init; } = [];

    /// <summary>Extra patterns that identify the M.2 socket (the binding tries them before rules/modules/b-som/module.yaml's).</summary>
    public IReadOnlyList<PartPattern> SocketPatterns { get; init; } = [];

    /// <summary>Per rule ID: a new severity, or null to turn the rule off.</summary>
    public IReadOnlyDictionary<string, Severity?> SeverityOverrides { get; init; } = new Dictionary<string, Severity?>();

    /// <summary>Findings at or above this fail the run (exit 1); null to leave it to --fail-on (default error).</summary>
    public Severity? FailOn { get; init; }

    public IReadOnlyList<Waiver> Waivers { get; init; } = [];

    /// <summary>Rule parameters the config overrides ("i2c-pull-up.max-ohms"), with where each is written.</summary>
    public IReadOnlyDictionary<string, (double Value, string Source)> ParameterOverrides { get; init; } =
        new Dictionary<string, (double Value, string Source)>();

    /// <summary>Antennas per variant and unsuitable ones (`antennas:`), laid over the module data's (DRC025).</summary>
    public ModuleAntennas Antennas { get; init; } = ModuleAntennas.None;

    /// <summary>rules/rule-parameters.yaml with this config's `parameters:` laid over it.</summary>
    public RuleParameters Parameters => RuleParameters.Default.With(ParameterOverrides);

    /// <summary>rules/migration.yaml with this config's `migration:` laid over it; null when the config has none.</summary>
    public MigrationRules? MigrationOverride { get; init; }

    /// <summary>The settings `drctool migrate` plans with: rules/migration.yaml, with this config's `migration:` over it.</summary>
    public MigrationRules Migration => MigrationOverride ?? MigrationRules.Default;

    /// <summary>The part table: the built-in one with this config's patterns in front.</summary>
    public PartCatalog Catalog(PartCatalog? builtIn = null) => (builtIn ?? PartCatalog.BuiltIn).WithExtra(PartPatterns, Regulators);

    public bool IsOpen(string reference) => OpenParts.Contains(reference, StringComparer.OrdinalIgnoreCase);

    /// <summary>The severity a rule's findings get: the override, else the default. Null when the config turns the rule off.</summary>
    public Severity? SeverityFor(string ruleId, Severity defaultSeverity) =>
        SeverityOverrides.TryGetValue(ruleId, out var overridden) ? overridden : defaultSeverity;

    public bool IsRuleEnabled(string ruleId) => !SeverityOverrides.TryGetValue(ruleId, out var overridden) || overridden is not null;
}

/// <summary>One `rails:` entry: a net (glob on its name) and what the user says about it.</summary>
/// <param name="Net">Net name or glob ("+5V_EXT", "3V3*").</param>
/// <param name="Volts">The rail's voltage; null to leave it to the analysis.</param>
/// <param name="Cuttable">True: the rail can be switched off. False: it is always on, whatever the analysis thinks.</param>
/// <param name="Reason">Why, in the user's words; shown in reports.</param>
public sealed record RailSetting(string Net, double? Volts, bool? Cuttable, string? Reason, SourceLocation Location)
{
    public bool Matches(string netName) => Glob.IsMatch(Net, netName);
}
