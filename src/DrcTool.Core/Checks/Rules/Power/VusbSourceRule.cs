using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Checks.Rules.Support;
using DrcTool.Core.Model;

namespace DrcTool.Core.Checks.Rules.Power;

/// <summary>DRC035: VUSB (16) is the MCU's USB detect input: only from a USB VBUS or a 5 V rail.</summary>
public sealed class VusbSourceRule : DesignRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.VusbSource, "VUSB (16) only from a USB or 5 V source",
        "VUSB (16) on net {net}: {problem}", "Power", Severity.Error)
    {
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
            yield return scope.NewFinding(rule, $"{label} is on the SoM's 3V3 net {net.Name}: it needs 5 V to enable {what}", [contact], net) with
            {
                FixHint = $"Feed {label} from the USB connector's VBUS.",
            };
            yield break;
        }

        var vcc = Contacts.Vcc.Select(scope.NetAt).OfType<Net>().ToList();
        if (joined.Intersect(vcc).Any())
        {
            yield return scope.NewFinding(rule, $"{label} is on the VCC net {net.Name}: it is a USB detect input, not a supply", [contact], net) with
            {
                FixHint = $"Feed {label} from the USB connector's VBUS.",
            };
            yield break;
        }

        var (minVolts, maxVolts, absoluteMaxVolts) = (scope.Parameters.Vusb.MinVolts, scope.Parameters.Vusb.MaxVolts, scope.Parameters.Vusb.AbsoluteMaxVolts!.Value);
        var rail = joined.Select(scope.View.RailOf).FirstOrDefault(r => r is not null);
        if (rail is not null && (rail.Volts > absoluteMaxVolts || rail.Volts < minVolts))
        {
            yield return scope.NewFinding(rule,
                $"{label} on net {net.Name} is at {RuleScope.Volts(rail.Volts)} ({rail.VoltageSource}); it needs {RuleScope.Volts(minVolts)}-{RuleScope.Volts(maxVolts)} (absolute maximum {RuleScope.Volts(absoluteMaxVolts)})",
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
                $"{label} on net {net.Name} reaches no USB connector and no known 5 V rail", [contact], net, Severity.Warning) with
            {
                Parts = joined.SelectMany(scope.PadsOn).Select(p => p.Part.Reference).Distinct().ToList(),
                FixHint = $"Feed {label} from a USB connector's VBUS or name its 5 V rail (e.g. +5V) so it can be checked.",
            };
        }
    }
}
