using System.Text.RegularExpressions;

namespace DrcTool.Core.Config;

/// <summary>
/// rules/migration.yaml, the settings of `drctool migrate`: what the solver adds to the B-SoM's pins (optional and
/// chip-select roles, the PMIC's addresses), what replaces a function the B-SoM lacks, the source pins with no
/// counterpart, the parts it recognises, the board changes and firmware notes. A drctool.yaml's `migration:` lays
/// its own entries over these (<see cref="DrcConfig.Migration"/>; docs/config.md).
/// </summary>
public sealed record MigrationRules
{
    private static readonly Lazy<MigrationRules> DefaultLazy =
        new(() => MigrationRulesReader.Parse(RuleData.ReadText("migration.yaml"), "rules/migration.yaml"));

    public static MigrationRules Default => DefaultLazy.Value;

    public required IReadOnlyList<string> SignalKinds { get; init; }

    /// <summary>Bus roles held only when used (Serial1 RTS/CTS).</summary>
    public IReadOnlyList<string> OptionalRoles { get; init; } = [];

    /// <summary>SPI roles that are chip selects: any GPIO, no bus role.</summary>
    public IReadOnlyList<string> ChipSelectRoles { get; init; } = [];

    /// <summary>The PMIC and fuel gauge's I2C addresses.</summary>
    public IReadOnlyList<FixedI2cDevice> PmicDevices { get; init; } = [];

    /// <summary>What replaces a use no B-SoM contact can take, by use name ("can", "dac", "uart"...).</summary>
    public IReadOnlyDictionary<string, string> Replacements { get; init; } = new Dictionary<string, string>();

    /// <summary>Source pins with no B-SoM counterpart and what takes their job, by pin name (VIN, LI+, EN...).</summary>
    public IReadOnlyDictionary<string, string> NoEquivalent { get; init; } = new Dictionary<string, string>();

    /// <summary>Parts with a fixed I2C address (a value or library-part pattern and the 7-bit address).</summary>
    public IReadOnlyList<PartAddress> I2cAddressParts { get; init; } = [];

    /// <summary>The Ethernet controller's part pattern, and its pin-name pattern per role (CS, INT, RESET).</summary>
    public Regex? EthernetPart { get; init; }

    public IReadOnlyDictionary<string, Regex> EthernetPartPins { get; init; } = new Dictionary<string, Regex>();

    /// <summary>Board changes every plan may carry, each with the condition that selects it.</summary>
    public IReadOnlyList<PlanNoteRule> BoardChanges { get; init; } = [];

    /// <summary>Firmware notes, each with its condition.</summary>
    public IReadOnlyList<PlanNoteRule> Firmware { get; init; } = [];

    /// <summary>Source supply and USB pins by name: the B-SoM pin that takes their net, and what changes.</summary>
    public IReadOnlyDictionary<string, (string To, string Message)> Counterparts { get; init; } = new Dictionary<string, (string, string)>();


    public string ReplacementFor(PinUse use) =>
        Replacements.TryGetValue(PinUseNames.Name(use), out var text) ? text : "a base-board part that provides it";
}

/// <summary>An I2C device the B-SoM design fits on a bus of its own accord (the PMIC and fuel gauge on Wire).</summary>
public sealed record FixedI2cDevice(string Part, int Address);

/// <summary>A part whose I2C address is fixed, recognised by its value or library part.</summary>
public sealed record PartAddress(Regex Pattern, int Address);

/// <summary>A board change or firmware note: its id, the condition that selects it, and its text with placeholders.</summary>
public sealed record PlanNoteRule(string Id, string When, string Message);
