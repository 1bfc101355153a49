using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Model;

namespace DrcTool.Core.Analysis.Picture;

/// <summary>
/// Finds the parts that pass a net straight through: jumpers and solder jumpers, 0 Ω resistors, ferrites and fuses
/// with two connected pads. They count as closed (a solder jumper is assumed bridged as the designer intends,
/// even one drawn normally open) unless drctool.yaml lists them under `open:`. Parts with three or more pads
/// (three-way solder jumpers) join nothing: which pads are bridged can't be known from the file.
/// </summary>
internal static class JoinFinder
{
    public static (List<JoinedBy> Joins, List<string> Opened) Find(Design design, IReadOnlyDictionary<string, PartInfo> parts, PictureSettings config)
    {
        var joins = new List<JoinedBy>();
        var opened = new List<string>();
        foreach (var component in design.Components.OrderBy(c => c.Reference, NaturalComparer.Instance))
        {
            var info = parts[component.Reference];
            if (!info.InCircuit || !PassesThrough(info, out var kind))
            {
                continue;
            }

            var nets = component.Pins
                .Select(p => design.NetOf(component.Reference, p.Number))
                .OfType<Net>()
                .Distinct()
                .ToList();
            var connectedPads = component.Pins.Count(p => design.NetOf(component.Reference, p.Number) is not null);
            if (component.Pins.Count != 2 || connectedPads != 2 || nets.Count != 2)
            {
                continue;
            }

            if (config.IsOpen(component.Reference))
            {
                opened.Add($"{component.Reference} ({kind}) is open: drctool.yaml lists it under open");
                continue;
            }

            var ordered = nets.OrderBy(n => n.Name, NaturalComparer.Instance).ToList();
            joins.Add(new JoinedBy(component, ordered[0].Name, ordered[1].Name,
                $"{component.Reference} ({kind}) joins {ordered[0].Name} and {ordered[1].Name}; counted closed"));
        }

        return (joins, opened);
    }

    private static bool PassesThrough(PartInfo info, out string kind)
    {
        kind = info.Class switch
        {
            PartClass.Jumper => "jumper",
            PartClass.Ferrite => "ferrite",
            PartClass.Fuse => "fuse",
            PartClass.Resistor when info.Ohms is 0 => "0 Ω",
            _ => "",
        };
        return kind.Length > 0;
    }
}
