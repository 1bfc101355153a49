using DrcTool.Core.Binding;
using DrcTool.Core.Checks.Rules.Support;

namespace DrcTool.Core.Checks.Rules.Signal;

/// <summary>DRC038: a pin the board reads as a voltage (a divider's midpoint, an analog output, a thermistor) has an ADC.</summary>
public sealed class AnalogWithoutAdcRule : DesignRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.AnalogWithoutAdc, "Analog inputs only on the pins with an ADC (A0-A7)",
        "{pin} on net {net} is read as an analog voltage ({evidence}), but it has no ADC: only {adcPins} have one",
        "Signal", Severity.Warning);

    public override RuleDescriptor Descriptor => Rule;

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        foreach (var contact in PinFunctions.InputOutputs(scope))
        {
            if (PinFunctions.HasAdc(contact.Pin)) continue;
            var net = contact.Net!;
            var (evidence, parts) = Evidence(scope, contact);
            if (evidence is null) continue;
            var label = scope.Label(contact.Contact);
            yield return scope.NewFinding(Descriptor, Message(scope, label, net.Name, evidence, PinFunctions.AdcPins(scope)), [contact.Contact], net) with
            {
                Parts = parts,
                Path = [label, $"net {net.Name}", .. parts],
                FixHint = "Move the analog signal to a free A0-A7 pin, or use an external ADC on I2C/SPI.",
            };
        }
    }

    /// <summary>Why the pin is taken for an analog input, and the parts that say so; null when nothing does.</summary>
    internal static (string? Evidence, IReadOnlyList<string> Parts) Evidence(RuleScope scope, BoundContact contact)
    {
        var net = contact.Net!;
        var source = scope.LoadsOf(contact).FirstOrDefault(scope.Uses.IsAnalogSource);
        if (source is not null)
        {
            var what = source.Class == Knowledge.Parts.PartClass.Resistor ? "a thermistor or potentiometer" : "an analog output";
            return ($"{what}: {source.Describe()}", [source.Part.Reference]);
        }

        var divider = scope.Picture.DividersOn(net).FirstOrDefault(d => d.Lower.OtherRail is { IsGround: true });
        if (divider is not null)
        {
            return ($"the midpoint of divider {divider.Upper.Link.Label} / {divider.Lower.Link.Label} from {divider.Upper.OtherGroup.Name}, "
                + RuleScope.Volts(Math.Round(divider.TapVolts, 2)), [divider.Upper.Link.Component.Reference, divider.Lower.Link.Component.Reference]);
        }

        return scope.Uses.IsAnalogNetName(net.Name) ? ("the net's name says so", []) : (null, []);
    }
}
