
namespace DrcTool.Core.Modules;

/// <summary>
/// One Particle module as rules/modules/&lt;id&gt;/ describes it: its name, how a design's part is recognised as it,
/// its pinout with each pin's functions, and the module-wide facts the pin rules and the migration need.
/// </summary>
public sealed class ModuleDefinition
{
    internal ModuleDefinition(string id, string name, IReadOnlyList<string> aliases, int generation, string mcu,
        IReadOnlyList<string> variants, IReadOnlyList<string> sources, SocketRules recognition, SomPinout pinout,
        int maxActiveInterrupts, PwmGroupMeaning pwmGroups)
    {
        Id = id;
        Name = name;
        Aliases = aliases;
        Generation = generation;
        Mcu = mcu;
        Variants = variants;
        Sources = sources;
        Recognition = recognition;
        Pinout = pinout;
        MaxActiveInterrupts = maxActiveInterrupts;
        PwmGroups = pwmGroups;
    }

    /// <summary>The folder name under rules/modules/ ("b-som", "boron", "electron", "e-series", "tracker-som").</summary>
    public string Id { get; }

    /// <summary>The name reports print: "B-Series SoM", "Boron", "Electron", "E-Series", "Tracker SoM".</summary>
    public string Name { get; }

    /// <summary>Other names --module accepts ("B-SoM", "tracker").</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Particle's hardware generation: 2 (STM32: Electron, E-Series) or 3 (nRF52840).</summary>
    public int Generation { get; }

    public string Mcu { get; }

    /// <summary>The models whose pinouts differ (B-SoM: B404X ... B504); empty when there is one.</summary>
    public IReadOnlyList<string> Variants { get; }

    /// <summary>Where the module's facts come from (each pin also names its own).</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>How a design's part is recognised as this module: part patterns and pad shape.</summary>
    public SocketRules Recognition { get; }

    public SomPinout Pinout { get; }

    /// <summary>How many pins may have interrupt handlers at once (Gen 3: 8); 0 when the limit is per interrupt group.</summary>
    public int MaxActiveInterrupts { get; }

    /// <summary>What pins in one PWM group share.</summary>
    public PwmGroupMeaning PwmGroups { get; }

    /// <summary>
    /// Buses that are one peripheral inside the MCU under two names (module.yaml <c>sharedBuses</c>): only one of
    /// each group can be in use at a time (the Tracker SoM's Wire and Wire3).
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> SharedBuses { get; init; } = [];

    /// <summary>The antennas each variant's BOM should carry and those unsuitable for the module (module.yaml <c>antennas:</c>).</summary>
    public ModuleAntennas Antennas { get; init; } = ModuleAntennas.None;

    /// <summary>True for the B-Series SoM, whose M.2 socket the base-board rules check.</summary>
    public bool IsBSom => Id == ModuleCatalog.BSomId;

    /// <summary>True when <paramref name="text"/> is the module's name, folder or one of its aliases (any case).</summary>
    public bool IsCalled(string text)
    {
        var wanted = text.Trim();
        return string.Equals(Name, wanted, StringComparison.OrdinalIgnoreCase)
               || string.Equals(Id, wanted, StringComparison.OrdinalIgnoreCase)
               || Aliases.Any(a => string.Equals(a, wanted, StringComparison.OrdinalIgnoreCase));
    }

    public override string ToString() => Name;
}
