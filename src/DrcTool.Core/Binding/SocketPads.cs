using DrcTool.Core.Model;

namespace DrcTool.Core.Binding;

/// <summary>Reads pin numbers out of a part's pad names and judges whether the pads have a module's shape (rules/modules/*/module.yaml).</summary>
public static class SocketPads
{
    /// <summary>The number a pad name stands for: "40", "P$40", "GND@40", "PAD40"; null for "MP1" and other names.</summary>
    public static int? NumberOf(string pad)
    {
        var span = pad.AsSpan().Trim();
        var at = span.LastIndexOf('@');
        if (at >= 0) span = span[(at + 1)..];
        else if (span.StartsWith("P$", StringComparison.Ordinal)) span = span[2..];
        else if (span.StartsWith("PAD", StringComparison.OrdinalIgnoreCase) || span.StartsWith("PIN", StringComparison.OrdinalIgnoreCase)) span = span[3..];
        if (span.IsEmpty || span.Length > 4)
        {
            return null;
        }

        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                return null;
            }
        }

        return int.Parse(span);
    }

    /// <summary>
    /// Every pad name the part has in the design: its own pin list, and the pads the nets name (a netlist export may
    /// list a part's pads only through its nets).
    /// </summary>
    public static IReadOnlyList<string> PadsOf(Design design, Component component)
    {
        // One part's pads only: the binder asks this for the socket alone, so an index of every part's pads (which the
        // socket finder builds once for all candidates) would be built and thrown away.
        var fromNets = design.Nets.SelectMany(n => n.Nodes).Where(n => n.Reference == component.Reference).Select(n => n.Pin).ToList();
        return PadsOf(component, new Dictionary<string, List<string>>(StringComparer.Ordinal) { [component.Reference] = fromNets });
    }

    /// <param name="netPads">From <see cref="NetPadsByReference"/>, built once per design.</param>
    public static IReadOnlyList<string> PadsOf(Component component, IReadOnlyDictionary<string, List<string>> netPads)
    {
        var pads = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pin in component.Pins)
        {
            if (pin.Number.Length > 0) pads.Add(pin.Number);
        }

        if (netPads.TryGetValue(component.Reference, out var fromNets))
        {
            foreach (var pad in fromNets)
            {
                if (pad.Length > 0) pads.Add(pad);
            }
        }

        return pads.Order(NaturalComparer.Instance).ToList();
    }

    /// <summary>The pads each reference has on the design's nets, in one pass over the nets.</summary>
    public static Dictionary<string, List<string>> NetPadsByReference(Design design)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var net in design.Nets)
        {
            foreach (var node in net.Nodes)
            {
                if (!result.TryGetValue(node.Reference, out var list))
                {
                    result[node.Reference] = list = [];
                }

                list.Add(node.Pin);
            }
        }

        return result;
    }

    /// <summary>How well a part's pads fit the module's shape (the B-SoM's socket by default).</summary>
    /// <param name="pinout">For modules whose footprints may name pads after pins (the Boron's "MD", "LI+"), the pinout.</param>
    public static PadShape Assess(IReadOnlyList<string> pads, SocketRules rules, SomPinout? pinout = null)
    {
        var contacts = new HashSet<int>();
        var holdDown = 0;
        var ruledOut = new List<string>();
        foreach (var pad in pads)
        {
            if (rules.IsHoldDownPad(pad))
            {
                holdDown++;
                continue;
            }

            if (NumberOf(pad) is not { } n)
            {
                if (rules.Shape.ByPinName && pinout is not null && pinout.ContactsNamed(pad).FirstOrDefault(c => !contacts.Contains(c)) is var named and > 0)
                {
                    contacts.Add(named);
                }

                continue;
            }

            if (rules.Shape.IsPosition(n)) contacts.Add(n);
            else if (rules.Shape.RulesOut(n)) ruledOut.Add(pad);
        }

        return new PadShape(contacts.Count, holdDown, ruledOut);
    }
}

/// <summary>What a part's pads say about it being the socket.</summary>
/// <param name="ContactPads">How many of the 67 contact positions are present as pads.</param>
/// <param name="HoldDownPads">Pads recognised as hold-down tabs.</param>
/// <param name="RuledOutBy">Pads a key-E socket cannot have (24-31, the notch, or numbers above 77).</param>
public sealed record PadShape(int ContactPads, int HoldDownPads, IReadOnlyList<string> RuledOutBy)
{
    public bool IsRuledOut => RuledOutBy.Count > 0;
}
