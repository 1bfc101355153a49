using DrcTool.Core.Knowledge.Parts;
using DrcTool.Core.Model;

namespace DrcTool.Core.Checks.Rules.Support;

/// <summary>
/// Finds an IC's pin by function. Schematics name pins ("SDA", "~{INT}", "/ALRT"); board files often carry only pad
/// numbers, so for the ICs Device OS cares about the pad of each function comes from rules/part-classes.yaml
/// (<c>pads</c>, from their datasheets' packages). Both ways give the same pad, so a design's .sch, .brd and
/// .kicad_pcb give the same findings.
/// </summary>
internal static class KnownPins
{
    /// <summary>The pads of <paramref name="part"/> whose function is <paramref name="function"/> (e.g. "SDA", "INTn").</summary>
    public static IReadOnlyList<string> Pads(KnownPads known, Component part, PartClass partClass, params string[] functions)
    {
        var names = functions.Select(Normalize).ToList();
        var wanted = names[0];
        var named = part.Pins.Where(p => names.Contains(Normalize(p.Name))).Select(p => p.Number).ToList();
        if (named.Count > 0) return named;
        if (part.Pins.Any(p => p.Name.Length > 0 && p.Name != p.Number)) return []; // named pins, none of them this one

        return known.Of(partClass, wanted).Where(pad => part.FindPin(pad) is not null).Take(1).ToList();
    }

    /// <summary>"~{INT}", "/INT", "!INT", "INT#", "nINT" → "INT" (the pin-use inference's normal form).</summary>
    public static string Normalize(string name) => Analysis.Uses.PinNameForms.Normalize(name);
}
