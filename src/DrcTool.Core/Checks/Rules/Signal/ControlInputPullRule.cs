using DrcTool.Core.Checks.Rules.Support;

namespace DrcTool.Core.Checks.Rules.Signal;

/// <summary>
/// DRC043: a MOSFET gate, transistor base, enable or reset input driven from a SoM pin has a pull resistor. Gen 3 pins
/// stay high-impedance through reset, the bootloader, DFU and safe mode, so without one the load switches at random
/// until firmware runs.
/// </summary>
public sealed class ControlInputPullRule : DesignRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.ControlInputPull, "A gate, enable or reset input driven from a SoM pin has a pull resistor",
        "{pin} on net {net} drives {input} with no pull resistor: the pin floats through reset, bootloader, DFU and safe mode",
        "Signal", Severity.Warning);

    public override RuleDescriptor Descriptor => Rule;

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        foreach (var contact in PinFunctions.InputOutputs(scope))
        {
            var net = contact.Net!;
            if (scope.View.PullPaths(net).Count > 0) continue; // pulled on the pin's own net (or through the series resistor)
            foreach (var load in scope.LoadsOf(contact).Where(scope.Uses.IsControlInput))
            {
                if (load.Via is not null && scope.Design.NetOf(load.Part.Reference, load.Pad) is { } gateNet && scope.View.PullPaths(gateNet).Count > 0) continue;
                var label = scope.Label(contact.Contact);
                var what = load.Class == Knowledge.Parts.PartClass.Transistor ? $"the gate or base of {load.Describe()}" : $"the {load.Function} input {load.Describe()}";
                yield return scope.NewFinding(Descriptor, Message(scope, label, net.Name, what), [contact.Contact], net) with
                {
                    Parts = [$"{load.Part.Reference}.{load.Pad}", .. load.Via is null ? Array.Empty<string>() : [load.Via.Reference]],
                    Path = [label, $"net {net.Name}", .. load.Via is null ? Array.Empty<string>() : [RuleScope.Describe(load.Via)], $"{load.Part.Reference}.{load.Pad}"],
                    FixHint = "Add a pull-down (or pull-up, for an active-low input) of 10-100 kΩ so the load is off until firmware drives the pin.",
                };
            }
        }
    }
}
