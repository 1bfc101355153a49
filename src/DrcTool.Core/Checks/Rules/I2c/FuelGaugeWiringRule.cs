using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Checks.Rules.Support;

namespace DrcTool.Core.Checks.Rules;

/// <summary>DRC032: a MAX1704x has SDA on D0 (22), SCL on D1 (20) and ALRT on A6 (45).</summary>
public sealed class FuelGaugeWiringRule : IDesignRule
{
    private static readonly ExpectedPin[] Pins =
        [new("SDA", Contacts.D0Sda), new("SCL", Contacts.D1Scl), new("ALRT", Contacts.A6, "ALERT")];

    public RuleDescriptor Descriptor => BaseBoardRuleDescriptors.FuelGaugeWiringRule;

    public IEnumerable<Finding> Check(CheckContext context)
    {
        if (RuleScope.For(context) is not { } scope) return [];
        return scope.PartsOfClass(PartClass.FuelGauge).SelectMany(gauge => ExpectedPins.Check(scope, Descriptor, gauge, PartClass.FuelGauge, Pins,
            "Put the gauge on Wire (SDA D0/22, SCL D1/20) with ALRT on A6 (45), shared with the PMIC's INT."));
    }
}
