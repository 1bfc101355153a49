using System.Text.RegularExpressions;
using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Checks.Rules.Support;
using DrcTool.Core.Model;

namespace DrcTool.Core.Checks.Rules.Power;

/// <summary>
/// DRC019: 3V3 (10/12) is the SoM's input: fed, within supply-3v3 (3.0-3.6 V shipped), and not from a battery or VUSB. Jumpers count as
/// closed unless the config opens them (SomUSB2's SJ1 — see the doc page). VCC on the same rail is DRC021.
/// </summary>
public sealed partial class Supply3V3Rule : DesignRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.Supply3V3, "3V3 (10/12) is fed from a {supply-3v3.min-volts}-{supply-3v3.max-volts} V source",
        "3V3 (10/12) on net {net} is at {volts} ({source}), outside {supply-3v3.min-volts} V-{supply-3v3.max-volts} V", "Power", Severity.Error)
    {
        Messages = new Dictionary<string, string>
        {
            ["not-connected"] = "3V3 (10/12) is not connected: the SoM has no supply for its MCU",
            ["contact-open"] = "3V3 contact {contact} is not connected; both 10 and 12 carry the supply",
            ["split"] = "3V3 contacts 10 and 12 are on different nets ({nets})",
            ["from-vusb"] = "3V3 (10/12) on net {net} is fed from VUSB (16) through net {usb}",
            ["from-battery"] = "3V3 (10/12) on net {net} is fed from the battery net {battery} (up to {battery.full-volts} V while charging)",
            ["not-fed"] = "3V3 (10/12) on net {net} is not fed: no regulator, load switch, PMIC or connector supplies it",
        },
        Reads = ["supply-3v3", "battery"],
    };

    public override RuleDescriptor Descriptor => Rule;

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        var nets = Contacts.Supply3V3.Select(c => (Contact: c, Net: scope.NetAt(c))).ToList();
        if (nets.All(n => n.Net is null))
        {
            yield return scope.NewFinding(Descriptor, MessageFor(scope, "not-connected"), Contacts.Supply3V3, null) with
            {
                FixHint = "Feed 3V3 from a 3.3 V regulator of at least 150 mA (500 mA recommended).",
            };
            yield break;
        }

        foreach (var (contact, net) in nets.Where(n => n.Net is null))
        {
            yield return scope.NewFinding(Descriptor, MessageFor(scope, "contact-open", contact), [contact], null);
        }

        var net3V3 = nets.First(n => n.Net is not null).Net!;
        var joined = scope.View.Joined(net3V3);
        if (nets.Any(n => n.Net is { } other && !joined.Contains(other)))
        {
            yield return scope.NewFinding(Descriptor,
                MessageFor(scope, "split", string.Join(", ", nets.Select(n => n.Net?.Name ?? "none"))), Contacts.Supply3V3, net3V3);
        }

        var vccNets = Contacts.Vcc.Select(scope.NetAt).OfType<Net>().SelectMany(scope.View.Joined).ToList();
        var vusbNet = scope.NetAt(Contacts.Vusb);
        var wrongSource = false;
        if (vusbNet is not null && joined.Intersect(scope.View.Joined(vusbNet)).FirstOrDefault() is { } usb)
        {
            yield return scope.NewFinding(Descriptor, MessageFor(scope, "from-vusb", net3V3.Name, usb.Name), Contacts.Supply3V3, net3V3) with
            {
                Path = ["3V3 (10/12)", .. joined.Select(n => $"net {n.Name}")],
                FixHint = "Feed 3V3 from a 3.3 V regulator, never straight from USB 5 V.",
            };
            wrongSource = true;
        }

        if (joined.FirstOrDefault(n => BatteryName().IsMatch(n.Name) && !vccNets.Contains(n)) is { } battery)
        {
            yield return scope.NewFinding(Descriptor, MessageFor(scope, "from-battery", net3V3.Name, battery.Name), Contacts.Supply3V3, net3V3) with
            {
                FixHint = "Put a 3.3 V regulator between the battery and 3V3.",
            };
            wrongSource = true;
        }

        var (minVolts, maxVolts) = (scope.Parameters.Supply3V3.MinVolts, scope.Parameters.Supply3V3.MaxVolts);
        var rail = joined.Select(scope.View.RailOf).FirstOrDefault(r => r is not null);
        if (!wrongSource && rail is not null && (rail.Volts < minVolts || rail.Volts > maxVolts) && !vccNets.Intersect(joined).Any())
        {
            yield return scope.NewFinding(Descriptor,
                Message(scope, net3V3.Name, RuleScope.Volts(rail.Volts), rail.VoltageSource),
                Contacts.Supply3V3, net3V3) with
            {
                FixHint = "Feed 3V3 from a 3.3 V regulator.",
            };
        }

        if (!IsFed(scope, joined))
        {
            yield return scope.NewFinding(Descriptor,
                MessageFor(scope, "not-fed", net3V3.Name),
                Contacts.Supply3V3, net3V3) with
            {
                Parts = scope.PadsOnJoined(net3V3).Select(p => p.Part.Reference).Distinct().ToList(),
                FixHint = "The B-SoM's 3V3 is an input: add a 3.3 V regulator (150 mA minimum, 500 mA recommended).",
            };
        }
    }

    /// <summary>A source on the rail itself, or behind the inductor of a switching regulator.</summary>
    private static bool IsFed(RuleScope scope, IReadOnlyList<Net> joined)
    {
        foreach (var net in joined)
        {
            foreach (var (part, pad) in scope.PadsOn(net))
            {
                var partClass = scope.ClassOf(part);
                if (IsSource(partClass)) return true;
                if (partClass is PartClass.Inductor or PartClass.Diode && scope.OtherNet(part, pad) is { } other
                    && scope.PadsOn(other).Any(p => IsSource(scope.ClassOf(p.Part))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsSource(PartClass partClass) =>
        partClass is PartClass.Regulator or PartClass.LoadSwitch or PartClass.Pmic or PartClass.Connector or PartClass.UsbConnector;

    [GeneratedRegex(@"^[+]?(V_?BAT+|BAT+|BATT?[-_+]?|LI[-_+]?(PO)?|LIPO|VBATT)([-_+]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex BatteryName();
}
