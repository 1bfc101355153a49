using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Checks.Rules.Support;
using DrcTool.Core.Model;

namespace DrcTool.Core.Checks.Rules.I2c;

/// <summary>DRC029: with a PMIC or fuel gauge on D0/D1, those lines carry no LED, button or transistor gate.</summary>
public sealed class I2cPinsAsGpioRule : DesignRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.I2cPinsAsGpio, "D0/D1 not also used as plain GPIO when the PMIC or gauge is on them",
        "{pin} on net {net} carries {devices} and also {load} {part}.{pad} ({value}){via}", "I2C", Severity.Error)
    {
        Reads = ["series-termination"],
    };

    public override RuleDescriptor Descriptor => Rule;

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        foreach (var contact in new[] { Contacts.D0Sda, Contacts.D1Scl })
        {
            if (scope.NetAt(contact) is not { } net) continue;
            var devices = I2cPullUpsRule.DevicesOn(scope, contact)
                .Where(r => scope.Design.FindComponent(r) is { } c && scope.ClassOf(c) is PartClass.Pmic or PartClass.FuelGauge)
                .Distinct().ToList();
            if (devices.Count == 0) continue;
            foreach (var (part, pad, via) in GpioLoads(scope, net))
            {
                var partClass = scope.ClassOf(part);
                var label = scope.Label(contact);
                yield return scope.NewFinding(Descriptor,
                    Message(scope, label, net.Name, string.Join(", ", devices), DescribeClass(partClass), part.Reference, pad, part.Value,
                        via is null ? "" : $" through {RuleScope.Describe(via)}"),
                    [contact], net) with
                {
                    Parts = [.. devices, $"{part.Reference}.{pad}", .. via is null ? Array.Empty<string>() : [via.Reference]],
                    Path = [label, $"net {net.Name}", .. via is null ? Array.Empty<string>() : [RuleScope.Describe(via)], $"{part.Reference}.{pad}"],
                    FixHint = "Move the LED, button or transistor to another pin; D0/D1 are the PMIC's I2C bus.",
                };
            }
        }
    }

    private static IEnumerable<(Component Part, string Pad, Component? Via)> GpioLoads(RuleScope scope, Net net)
    {
        foreach (var (part, pad) in scope.PadsOnJoined(net))
        {
            if (IsGpioLoad(scope.ClassOf(part))) yield return (part, pad, null);
            if (scope.ClassOf(part) != PartClass.Resistor || scope.OtherNet(part, pad) is not { } other) continue;
            if (scope.View.RailOf(other) is not null || scope.ContactsOn(other).Count > 0) continue; // a pull-up, or another SoM line
            foreach (var (load, loadPad) in scope.PadsOnJoined(other))
            {
                if (IsGpioLoad(scope.ClassOf(load))) yield return (load, loadPad, part);
            }
        }
    }

    private static bool IsGpioLoad(PartClass partClass) => partClass is PartClass.Led or PartClass.RgbLed or PartClass.Switch or PartClass.Transistor;

    private static string DescribeClass(PartClass partClass) => partClass switch
    {
        PartClass.Led or PartClass.RgbLed => "the LED",
        PartClass.Switch => "the button",
        _ => "the transistor",
    };
}
