using DrcTool.Core.Checks.Rules.Support;

namespace DrcTool.Core.Checks.Rules.Signal;

/// <summary>DRC010: no SoM signal contact reaches a rail above 3.6 V, directly, through a pull-up or from a driver.</summary>
public sealed class FiveVoltOnSignalRule : DesignRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.FiveVoltOnSignal, "No rail above {signal.max-volts} V on a SoM signal pin",
        "{pin} on net {net} {how}", "Signal", Severity.Error)
    {
        Reads = ["supply-3v3.typical-volts"],
    };

    public override RuleDescriptor Descriptor => Rule;

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        foreach (var contact in scope.Binding.Contacts)
        {
            if (!contact.Pin.IsSignal || contact.Net is not { } net) continue;
            var label = scope.Label(contact.Contact);
            foreach (var source in OverVoltage.On(scope, net, scope.Parameters.Signal.MaxVolts))
            {
                yield return scope.NewFinding(Descriptor, Message(scope, label, net.Name, source.How), [contact.Contact], net) with
                {
                    Parts = source.Parts,
                    Path = [label, .. source.Path],
                    FixHint = FixHint(source.Kind),
                };
            }
        }
    }

    private static string FixHint(OverVoltageKind kind) => kind switch
    {
        OverVoltageKind.Direct => "Use a level shifter, a MOSFET or a divider; no B-SoM signal pin is 5 V tolerant.",
        OverVoltageKind.PullUp => "Pull up to the SoM's 3V3, or divide the node to 3.3 V or less.",
        _ => "Power the driver from 3.3 V or put a level shifter between it and the SoM.",
    };
}
