using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Model;

namespace DrcTool.Core.Checks.Rules.Support;

/// <summary>
/// Finds an IC's pin by function. Schematics name pins ("SDA", "~{INT}", "/ALRT"); board files often carry only pad
/// numbers, so for the ICs Device OS cares about the pad of each function is known from their datasheets' packages.
/// Both ways give the same pad, so a design's .sch, .brd and .kicad_pcb give the same findings.
/// </summary>
internal static class KnownPins
{
    // bq24195 in VQFN-24 (RGE): 5 SCL, 6 SDA, 7 INT, 10 ILIM (TI datasheet; AN001 U2 agrees).
    private static readonly Dictionary<string, string[]> Pmic = new(StringComparer.OrdinalIgnoreCase)
    {
        ["SDA"] = ["6"], ["SCL"] = ["5"], ["INT"] = ["7"], ["ILIM"] = ["10"],
    };

    // MAX17043: WLP-9 (AN001 U1) A1 SDA, A2 SCL, C1 ALRT; TDFN-8: 8 SDA, 7 SCL, 5 ALRT.
    private static readonly Dictionary<string, string[]> Gauge = new(StringComparer.OrdinalIgnoreCase)
    {
        ["SDA"] = ["A1", "8"], ["SCL"] = ["A2", "7"], ["ALRT"] = ["C1", "5"],
    };

    // W5500 LQFP-48: 32 SCSn, 33 SCLK, 34 MISO, 35 MOSI, 36 INTn, 37 RSTn (WIZnet datasheet).
    private static readonly Dictionary<string, string[]> Ethernet = new(StringComparer.OrdinalIgnoreCase)
    {
        ["SCSN"] = ["32"], ["SCLK"] = ["33"], ["MISO"] = ["34"], ["MOSI"] = ["35"], ["INTN"] = ["36"], ["RSTN"] = ["37"],
    };

    /// <summary>The pads of <paramref name="part"/> whose function is <paramref name="function"/> (e.g. "SDA", "INTn").</summary>
    public static IReadOnlyList<string> Pads(Component part, PartClass partClass, params string[] functions)
    {
        var names = functions.Select(Normalize).ToList();
        var wanted = names[0];
        var named = part.Pins.Where(p => names.Contains(Normalize(p.Name))).Select(p => p.Number).ToList();
        if (named.Count > 0) return named;
        if (part.Pins.Any(p => p.Name.Length > 0 && p.Name != p.Number)) return []; // named pins, none of them this one

        var table = partClass switch
        {
            PartClass.Pmic => Pmic,
            PartClass.FuelGauge => Gauge,
            PartClass.Ethernet => Ethernet,
            _ => null,
        };
        if (table is null || !table.TryGetValue(wanted, out var pads)) return [];
        return pads.Where(pad => part.FindPin(pad) is not null).Take(1).ToList();
    }

    /// <summary>"~{INT}", "/INT", "!INT", "INT#", "nINT" → "INT" (the pin-use inference's normal form).</summary>
    public static string Normalize(string name) => Analysis.Uses.PinNameForms.Normalize(name);
}
