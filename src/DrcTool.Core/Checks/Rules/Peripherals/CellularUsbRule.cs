using DrcTool.Core.Checks.Rules.Power;
using DrcTool.Core.Checks.Rules.Support;

namespace DrcTool.Core.Checks.Rules.Peripherals;

/// <summary>DRC036: the modem's own USB (44/46/74) goes only to its own USB connector and a 5 V source.</summary>
public sealed class CellularUsbRule : DesignRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.CellularUsb, "Modem USB (44/46/74) only to a USB connector and a 5 V source",
        "{pin} on net {net} goes to {pads}, not to a USB connector", "Peripherals", Severity.Warning)
    {
        Messages = new Dictionary<string, string>(VusbSourceRule.UsbPowerMessages)
        {
            ["one-line"] = "{pin} is wired but {other} is not: USB needs both lines",
            ["shared-connector"] = "{pin} on net {net} shares the USB connector {connector} with the MCU's USB D+/D- (11/13)",
        },
        Reads = ["vusb", "series-termination"],
    };

    public override RuleDescriptor Descriptor => Rule;

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        var data = new[] { Contacts.CellUsbDPlus, Contacts.CellUsbDMinus };
        var wired = data.Where(c => scope.NetAt(c) is { } n && scope.PadsOnJoined(n).Count > 0).ToList();
        if (wired.Count == 1)
        {
            var other = data.First(c => c != wired[0]);
            yield return scope.NewFinding(Descriptor, MessageFor(scope, "one-line", scope.Label(wired[0]), scope.Label(other)), [wired[0], other], scope.NetAt(wired[0]));
        }

        foreach (var contact in wired)
        {
            var net = scope.NetAt(contact)!;
            var label = scope.Label(contact);
            if (!UsbDataRule.ReachesUsbConnector(scope, contact))
            {
                yield return scope.NewFinding(Descriptor,
                    Message(scope, label, net.Name, string.Join(", ", scope.PadsOnJoined(net).Select(p => $"{p.Part.Reference}.{p.Pad}").Distinct())),
                    [contact], net) with
                {
                    Parts = scope.PadsOnJoined(net).Select(p => $"{p.Part.Reference}.{p.Pad}").Distinct().ToList(),
                    FixHint = "The modem's USB is for diagnostics only: leave it open or give it its own USB connector.",
                };
                continue;
            }

            var reach = scope.SeriesReach(net);
            var mcuLines = new[] { Contacts.UsbDPlus, Contacts.UsbDMinus }.Select(scope.NetAt).Where(n => n is not null).SelectMany(n => scope.SeriesReach(n!)).ToList();
            var sharedConnector = reach.SelectMany(scope.PadsOn).Where(p => scope.ClassOf(p.Part) == DrcTool.Core.Knowledge.Parts.PartClass.UsbConnector)
                .Select(p => p.Part).FirstOrDefault(usb => mcuLines.SelectMany(scope.PadsOn).Any(q => q.Part.Reference == usb.Reference));
            if (sharedConnector is not null)
            {
                yield return scope.NewFinding(Descriptor,
                    MessageFor(scope, "shared-connector", label, net.Name, sharedConnector.Reference),
                    [contact], net) with
                {
                    Parts = [sharedConnector.Reference],
                    FixHint = "Give the modem's USB its own connector (as the eval board's \"Cellular-USB\"), or leave it open.",
                };
            }
        }

        if (scope.NetAt(Contacts.CellVbus) is { } vbus && scope.PadsOnJoined(vbus).Count > 0)
        {
            foreach (var finding in VusbSourceRule.CheckUsbPower(scope, Descriptor, Contacts.CellVbus, vbus, "the modem's USB interface"))
                yield return finding;
        }
    }
}
