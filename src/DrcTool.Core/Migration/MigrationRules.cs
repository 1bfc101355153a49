namespace DrcTool.Core.Migration;

/// <summary>
/// rules/migration.yaml: the B-SoM facts the solver uses beyond the pinout (buses, PWM groups, limits, PMIC and
/// Ethernet pins), what replaces a function the B-SoM lacks, and the source pins with no counterpart.
/// </summary>
public sealed class MigrationRules
{
    private static readonly Lazy<MigrationRules> DefaultLazy =
        new(() => MigrationRulesReader.Parse(RuleData.ReadText("migration.yaml"), "rules/migration.yaml"));

    public static MigrationRules Default => DefaultLazy.Value;

    public required IReadOnlyList<string> SignalKinds { get; init; }

    public required int MaxInterrupts { get; init; }

    public required int DefaultPwmHz { get; init; }

    public required IReadOnlyList<TargetBus> Buses { get; init; }

    public required IReadOnlyList<PwmGroup> PwmGroups { get; init; }

    public string? PmicBus { get; init; }

    public string? PmicInterruptPin { get; init; }

    public IReadOnlyList<FixedI2cDevice> PmicDevices { get; init; } = [];

    public string? EthernetBus { get; init; }

    public IReadOnlyDictionary<string, string> EthernetPins { get; init; } = new Dictionary<string, string>();

    /// <summary>What replaces a use no B-SoM contact can take, by use name ("can", "dac", "uart"...).</summary>
    public IReadOnlyDictionary<string, string> Replacements { get; init; } = new Dictionary<string, string>();

    /// <summary>Source pins with no B-SoM counterpart and what takes their job, by pin name (VIN, LI+, EN...).</summary>
    public IReadOnlyDictionary<string, string> NoEquivalent { get; init; } = new Dictionary<string, string>();

    public string ReplacementFor(PinUse use) =>
        Replacements.TryGetValue(PinUseNames.Name(use), out var text) ? text : "a base-board part that provides it";
}
