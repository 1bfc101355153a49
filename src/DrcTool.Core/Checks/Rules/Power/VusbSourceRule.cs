using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Checks.Rules.Support;
using DrcTool.Core.Model;

namespace DrcTool.Core.Checks.Rules.Power;

/// <summary>DRC035: VUSB (16) is the MCU's USB detect input: only from a USB VBUS or a 5 V rail.</summary>
public sealed class VusbSourceRule : DesignRule
{
    /// <summary>What <see cref="CheckUsbPower"/> says, in every rule that uses it (DRC035 and DRC036).</summary>
    internal static readonly Dictionary<string, string> UsbPowerMessages = new()
    {
        ["on-3v3"] = "{pin} is on the SoM's 3V3 net {net}: it needs 5 V to enable {what}",
        ["on-vcc"] = "{pin} is on the VCC net {net}: it is a USB detect input, not a supply",
        ["out-of-range"] = "{pin} on net {net} is at {volts} ({source}); it needs {vusb.min-volts} V-{vusb.max-volts} V (absolute maximum {vusb.absolute-max-volts} V)",
        ["no-source"] = "{pin} on net {net} reaches no USB connector and no known 5 V rail",
    };

    public static readonly RuleDescriptor Rule = new(
        RuleIds.VusbSource, "VUSB (16) only from a USB or 5 V source",
        UsbPowerMessages["out-of-range"], "Power", Severity.Error)
    {
        MainKey = "out-of-range",
        Messages = UsbPowerMessages.Where(m => m.Key != "out-of-range").ToDictionary(),
        Reads = ["vusb"],
    };

    public override RuleDescriptor Descriptor => Rule;

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        if (scope.NetAt(Contacts.Vusb) is not { } net) yield break;
        foreach (var finding in CheckUsbPower(scope, Descriptor, Contacts.Vusb, net, "the MCU's USB interface")) yield return finding;
    }

    /// <summary>Shared with DRC036 for CELL VBUS (74): a USB detect input wants 5 V from USB or a 5 V rail.</summary>
    internal static IEnumerable<Finding> CheckUsbPower(RuleScope scope, RuleDescriptor rule, int contact, Net net, string what)
    {
        var label = scope.Label(contact);
        var joined = scope.View.Joined(net);
        if (joined.Intersect(scope.Som3V3Nets).Any())
        {
            yield return scope.NewFinding(rule, Say(scope, rule, "on-3v3", label, net.Name, what), [contact], net) with
            {
                FixHint = $"Feed {label} from the USB connector's VBUS.",
            };
            yield break;
        }

        var vcc = Contacts.Vcc.Select(scope.NetAt).OfType<Net>().ToList();
        if (joined.Intersect(vcc).Any())
        {
            yield return scope.NewFinding(rule, Say(scope, rule, "on-vcc", label, net.Name), [contact], net) with
            {
                FixHint = $"Feed {label} from the USB connector's VBUS.",
            };
            yield break;
        }

        var (minVolts, absoluteMaxVolts) = (scope.Parameters.Vusb.MinVolts, scope.Parameters.Vusb.AbsoluteMaxVolts!.Value);
        var rail = joined.Select(scope.View.RailOf).FirstOrDefault(r => r is not null);
        if (rail is not null && (rail.Volts > absoluteMaxVolts || rail.Volts < minVolts))
        {
            yield return scope.NewFinding(rule,
                Say(scope, rule, "out-of-range", label, net.Name, RuleScope.Volts(rail.Volts), rail.VoltageSource),
                [contact], net) with
            {
                FixHint = $"Feed {label} from the USB connector's VBUS.",
            };
            yield break;
        }

        var fromUsb = joined.SelectMany(scope.PadsOn).Any(p => scope.ClassOf(p.Part) == PartClass.UsbConnector);
        if (!fromUsb && rail is null)
        {
            yield return scope.NewFinding(rule,
                Say(scope, rule, "no-source", label, net.Name), [contact], net, Severity.Warning) with
            {
                Parts = joined.SelectMany(scope.PadsOn).Select(p => p.Part.Reference).Distinct().ToList(),
                FixHint = $"Feed {label} from a USB connector's VBUS or name its 5 V rail (e.g. +5V) so it can be checked.",
            };
        }
    }

    private static RuleMessage Say(RuleScope scope, RuleDescriptor rule, string key, params object[] args) =>
        rule.RenderedWith(scope.Parameters).FormatMessage(key, args);
}
