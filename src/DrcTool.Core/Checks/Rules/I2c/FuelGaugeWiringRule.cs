using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Checks.Rules.Support;

namespace DrcTool.Core.Checks.Rules.I2c;

/// <summary>DRC032: a MAX1704x has SDA on D0 (22), SCL on D1 (20) and ALRT on A6 (45).</summary>
public sealed class FuelGaugeWiringRule : DesignRule
{
    internal static readonly ExpectedPin[] Pins =
        [new("SDA", Contacts.D0Sda), new("SCL", Contacts.D1Scl), new("ALRT", Contacts.A6, "ALERT")];

    public static readonly RuleDescriptor Rule = new(
        RuleIds.FuelGaugeWiring, "MAX1704x on D0/D1 with ALRT on A6 (45)",
        ExpectedPins.MessageFormat, "I2C", Severity.Error)
    {
        Reads = ["series-termination"],
    };

    public override RuleDescriptor Descriptor => Rule;

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        return scope.PartsOfClass(PartClass.FuelGauge).SelectMany(gauge => ExpectedPins.Check(scope, Descriptor, gauge, PartClass.FuelGauge, Pins,
            "Put the gauge on Wire (SDA D0/22, SCL D1/20) with ALRT on A6 (45), shared with the PMIC's INT."));
    }
}
