using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Checks.Rules.Support;
using DrcTool.Core.Model;

namespace DrcTool.Core.Checks.Rules.Signal;

/// <summary>
/// DRC017: when a status LED is on RGBR/RGBG/RGBB (61/63/65), it is common-anode on the SoM's 3V3 and each cathode
/// reaches its contact through a resistor; all three colours are wired.
/// </summary>
public sealed class RgbLedWiringRule : DesignRule
{
    internal static readonly (int Contact, string Colour)[] Channels =
        [(Contacts.RgbRed, "red"), (Contacts.RgbGreen, "green"), (Contacts.RgbBlue, "blue")];

    public static readonly RuleDescriptor Rule = new(
        RuleIds.RgbLedWiring, "RGB status LED: common anode on 3V3, each cathode through a resistor",
        "{pin} on net {net} goes straight to {part}.{pad} with no resistor: nothing limits the LED current", "Signal", Severity.Warning)
    {
        Messages = new Dictionary<string, string>
        {
            ["no-led"] = "{pin} ({colour}) does not reach the status LED: that colour cannot light",
            ["anode"] = "Status LED {part} anode {part}.{pad} {where}; Device OS drives a common-anode LED on 3V3",
        },
    };

    public override RuleDescriptor Descriptor => Rule;

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        var found = Channels.Select(ch => (ch.Contact, ch.Colour, Led: FindLed(scope, ch.Contact))).ToList();
        if (found.All(f => f.Led is null)) yield break; // DRC018 notes the absent LED

        foreach (var (contact, colour, led) in found)
        {
            var net = scope.NetAt(contact);
            var label = scope.Label(contact);
            if (led is null)
            {
                yield return scope.NewFinding(Descriptor, MessageFor(scope, "no-led", label, colour), [contact], net) with
                {
                    FixHint = "Wire each of RGBR, RGBG and RGBB to its cathode through a resistor.",
                };
                continue;
            }

            var (part, cathodePad, resistor) = led.Value;
            if (resistor is null)
            {
                yield return scope.NewFinding(Descriptor,
                    Message(scope, label, net!.Name, part.Reference, cathodePad),
                    [contact], net) with
                {
                    Parts = [$"{part.Reference}.{cathodePad}"],
                    Path = [label, $"net {net.Name}", $"{part.Reference}.{cathodePad}"],
                    FixHint = "Put a resistor (1 kΩ, or about 33-66 Ω for full brightness) between the contact and the cathode.",
                };
            }
        }

        foreach (var led in found.Where(f => f.Led is not null).Select(f => f.Led!.Value.Part).DistinctBy(p => p.Reference))
        {
            var cathodes = found.Where(f => f.Led is { } l && l.Part.Reference == led.Reference).Select(f => f.Led!.Value.CathodePad).ToHashSet();
            foreach (var pin in led.Pins.Where(p => !cathodes.Contains(p.Number) && IsAnodeCandidate(p)))
            {
                var anodeNet = scope.Design.NetOf(led.Reference, pin.Number);
                if (anodeNet is not null && scope.IsSom3V3(anodeNet)) continue;
                var where = anodeNet is null ? "is not connected" : scope.IsGround(anodeNet) ? $"is on ground ({anodeNet.Name}): a common-cathode LED" : $"is on {anodeNet.Name}, not the SoM's 3V3";
                yield return scope.NewFinding(Descriptor,
                    MessageFor(scope, "anode", led.Reference, pin.Number, where),
                    found.Where(f => f.Led is { } l && l.Part.Reference == led.Reference).Select(f => f.Contact), anodeNet) with
                {
                    Parts = [$"{led.Reference}.{pin.Number}"],
                    FixHint = "Use a common-anode RGB LED with its anode on the SoM's 3V3.",
                };
            }
        }
    }

    /// <summary>Named anode pins; or, for LEDs with unnamed pins, any pin not found on a colour path.</summary>
    private static bool IsAnodeCandidate(ComponentPin pin)
    {
        var name = KnownPins.Normalize(pin.Name);
        if (name is "A" or "ANODE" or "COM" or "CA" or "+" or "VDD" or "COMMON") return true;
        return pin.Name.Length == 0 || pin.Name == pin.Number;
    }

    /// <summary>The LED whose pad the contact reaches, the pad, and the series resistor (null when direct).</summary>
    internal static (Component Part, string CathodePad, Component? Resistor)? FindLed(RuleScope scope, int contact)
    {
        if (scope.NetAt(contact) is not { } net) return null;
        foreach (var (part, pad) in scope.PadsOnJoined(net))
        {
            if (IsLed(scope, part)) return (part, pad, null);
        }

        foreach (var (resistor, pad) in scope.PadsOnJoined(net))
        {
            if (scope.ClassOf(resistor) != PartClass.Resistor || scope.OtherNet(resistor, pad) is not { } other) continue;
            if (scope.View.RailOf(other) is not null) continue; // a pull-up, not a series resistor
            foreach (var (part, ledPad) in scope.PadsOnJoined(other))
            {
                if (IsLed(scope, part)) return (part, ledPad, resistor);
            }
        }

        return null;
    }

    private static bool IsLed(RuleScope scope, Component part) => scope.ClassOf(part) is PartClass.RgbLed or PartClass.Led;
}
