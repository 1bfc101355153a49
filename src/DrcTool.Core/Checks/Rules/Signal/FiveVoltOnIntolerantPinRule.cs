using DrcTool.Core.Checks.Rules.Support;

namespace DrcTool.Core.Checks.Rules.Signal;

/// <summary>
/// DRC044: no rail above 3.6 V reaches a pin the module's pinout marks not 5 V tolerant: on the Electron and E-Series
/// the DAC, A3 (and the Electron's D7), on the Boron and the Tracker SoM (Gen 3, nRF52840) every I/O pin.
/// </summary>
public sealed class FiveVoltOnIntolerantPinRule : DesignRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.FiveVoltOnIntolerantPin, "No rail above {signal.max-volts} V on a module pin that is not 5 V tolerant",
        "{pin} on net {net} {how}; the {module}'s {name} is not 5 V tolerant", "Signal", Severity.Error)
    {
        Reads = ["supply-3v3.typical-volts"],
    };

    public override RuleDescriptor Descriptor => Rule;

    /// <summary>The B-SoM has DRC010, which holds every signal pin to the same limit.</summary>
    public override IReadOnlyList<string> Modules => ["electron", "e-series", "boron", "tracker-som"];

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        var module = scope.Binding.Module.Name;
        var anyTolerant = scope.Binding.Contacts.Any(c => c.Pin.IsSignal && c.Pin.FiveVoltTolerant == true);
        foreach (var contact in scope.Binding.Contacts)
        {
            // Only what the pinout says: a pin whose tolerance the sources leave open (null) is not judged.
            if (!contact.Pin.IsSignal || contact.Pin.FiveVoltTolerant != false || contact.Net is not { } net) continue;
            var label = scope.Label(contact.Contact);
            foreach (var source in OverVoltage.On(scope, net, scope.Parameters.Signal.MaxVolts))
            {
                yield return scope.NewFinding(Descriptor, Message(scope, label, net.Name, source.How, module, contact.Pin.Name), [contact.Contact], net) with
                {
                    Parts = source.Parts,
                    Path = [label, .. source.Path],
                    FixHint = source.Kind == OverVoltageKind.Driver
                        ? "Power the driver from 3.3 V or put a level shifter between it and the module."
                        : anyTolerant
                            ? "Move the 5 V signal to a 5 V tolerant pin, or bring it to 3.3 V with a divider, a MOSFET or a level shifter."
                            : $"No {module} I/O pin is 5 V tolerant: bring the signal to 3.3 V with a divider, a MOSFET or a level shifter.",
                };
            }
        }
    }
}
