using System.Globalization;
using DrcTool.Core.Modules;
using static DrcTool.Core.Tests.SampleBoards.SampleParts;

namespace DrcTool.Core.Tests.SampleBoards;

/// <summary>
/// The smallest carrier for each module other than the B-SoM, the base the module rules' sample boards change: the
/// module (U1, its pins named as rules/modules/&lt;module&gt;/pinout.csv names them), its grounds, a 5 V input on the
/// pin the module takes its supply from (header J1), and a decoupling capacitor on its 3V3 output. Made in memory:
/// only the boards the rules are shown on are committed under sample-boards/, each the carrier with one change.
/// </summary>
internal static class ModuleCarriers
{
    public const string ModuleReference = "U1";

    /// <summary>The modules with a carrier, by rules/modules/ folder, with the value the binder recognises and the supply pin.</summary>
    private static readonly Dictionary<string, (string Value, string Supply)> Modules = new(StringComparer.Ordinal)
    {
        ["electron"] = ("ELECTRON", "VIN"),
        ["e-series"] = ("E-SERIES", "VIN"),
        ["boron"] = ("BORON", "VUSB"),
        ["tracker-som"] = ("TRACKER-SOM", "VIN"),
    };

    public static IEnumerable<string> Names => Modules.Keys.Order(StringComparer.Ordinal);

    public static SampleBoard Make(string module)
    {
        var (value, supply) = Modules[module];
        var definition = ModuleCatalog.Default.Get(module);
        var pins = definition.Pinout.Pins.Select(p => new SamplePin(Number(p.Contact), p.Name, p.Kind.ToString().ToLowerInvariant() is "power" or "ground" ? "power_in" : "bidirectional")).ToList();
        var board = new SampleBoard($"DrcTool sample: {module}-carrier: the smallest {definition.Name} carrier: 5 V in on {supply}, grounds, 3V3 decoupled");
        board.AddPart(new SamplePart(ModuleReference, value, $"DrcTool_Samples:{value}", "DrcTool_Samples", value, $"Particle {definition.Name}", pins));
        foreach (var pin in definition.Pinout.Pins)
        {
            if (pin.Kind == SomPinKind.Ground) board.Connect(ModuleReference, Number(pin.Contact), "GND");
        }

        board.Connect(ModuleReference, Number(definition.Pinout.Find(supply)!.Contact), "+5V");
        board.Connect(ModuleReference, Number(definition.Pinout.Find("3V3")!.Contact), "+3V3");
        board.AddPart(Header("J1", 2)).Connect("J1", "1", "+5V").Connect("J1", "2", "GND");
        return board.AddBetween(Capacitor("C1", "100n"), "+3V3", "GND");
    }

    /// <summary>The module pin's pad number on a carrier, by the pin's datasheet name ("A3" → "9" on the Electron).</summary>
    public static string Pad(SampleBoard board, string pinName) =>
        board.Part(ModuleReference).Pins.First(p => p.Name == pinName).Number;

    /// <summary>Puts the module pin on <paramref name="net"/>.</summary>
    public static SampleBoard ConnectPin(this SampleBoard board, string pinName, string net) =>
        board.Connect(ModuleReference, Pad(board, pinName), net);

    private static string Number(int contact) => contact.ToString(CultureInfo.InvariantCulture);
}
