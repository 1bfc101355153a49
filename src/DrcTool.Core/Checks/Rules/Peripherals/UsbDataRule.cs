using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Checks.Rules.Support;

namespace DrcTool.Core.Checks.Rules.Peripherals;

/// <summary>DRC034: USB D+/D- (11/13) reach a USB connector, recommended for programming and troubleshooting.</summary>
public sealed class UsbDataRule : DesignRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.UsbData, "USB D+/D- (11/13) reach a USB connector",
        "{pin} on net {net} does not reach the USB connector: a USB connector is recommended for programming and troubleshooting",
        "Peripherals", Severity.Note)
    {
        Messages = new Dictionary<string, string>
        {
            ["not-connected"] = "USB D+ (11) and D- (13) are not connected: a USB connector is recommended for programming and troubleshooting",
            ["no-connector"] = "USB D+ (11) and D- (13) reach no USB connector: a USB connector is recommended for programming and troubleshooting",
        },
        Reads = ["series-termination"],
    };

    public override RuleDescriptor Descriptor => Rule;

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        var lines = new[] { Contacts.UsbDPlus, Contacts.UsbDMinus };
        var missing = lines.Where(c => !ReachesUsbConnector(scope, c)).ToList();
        if (missing.Count == 0) yield break;
        var message = missing.Count == 2
            ? MessageFor(scope, lines.All(c => scope.NetAt(c) is null) ? "not-connected" : "no-connector")
            : Message(scope, scope.Label(missing[0]), scope.NetAt(missing[0])?.Name ?? "none");
        yield return scope.NewFinding(Descriptor, message, missing, scope.NetAt(missing[0])) with
        {
            FixHint = "Add a USB connector on D+/D- (11/13) with VBUS to VUSB (16).",
        };
    }

    internal static bool ReachesUsbConnector(RuleScope scope, int contact) =>
        scope.NetAt(contact) is { } net && scope.SeriesReach(net).SelectMany(scope.PadsOn).Any(p => scope.ClassOf(p.Part) == PartClass.UsbConnector);
}
