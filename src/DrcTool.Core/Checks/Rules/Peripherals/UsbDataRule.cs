using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Checks.Rules.Support;

namespace DrcTool.Core.Checks.Rules.Peripherals;

/// <summary>DRC034: USB D+/D- (11/13) reach a USB connector, recommended for programming and troubleshooting.</summary>
public sealed class UsbDataRule : DesignRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.UsbData, "USB D+/D- (11/13) reach a USB connector",
        "{pin} ({contact}) on net {net}: {problem}", "Peripherals", Severity.Note)
    {
        Reads = ["series-termination"],
    };

    public override RuleDescriptor Descriptor => Rule;

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        var lines = new[] { Contacts.UsbDPlus, Contacts.UsbDMinus };
        var missing = lines.Where(c => !ReachesUsbConnector(scope, c)).ToList();
        if (missing.Count == 0) yield break;
        var text = missing.Count == 2
            ? lines.All(c => scope.NetAt(c) is null) ? "USB D+ (11) and D- (13) are not connected" : "USB D+ (11) and D- (13) reach no USB connector"
            : $"{scope.Label(missing[0])} on net {scope.NetAt(missing[0])?.Name ?? "none"} does not reach the USB connector";
        yield return scope.NewFinding(Descriptor, $"{text}: a USB connector is recommended for programming and troubleshooting", missing, scope.NetAt(missing[0])) with
        {
            FixHint = "Add a USB connector on D+/D- (11/13) with VBUS to VUSB (16).",
        };
    }

    internal static bool ReachesUsbConnector(RuleScope scope, int contact) =>
        scope.NetAt(contact) is { } net && scope.SeriesReach(net).SelectMany(scope.PadsOn).Any(p => scope.ClassOf(p.Part) == PartClass.UsbConnector);
}
