using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Checks.Rules.Support;

namespace DrcTool.Core.Checks.Rules.I2c;

/// <summary>DRC027: a bq2419x has INT on A6 (45), where Device OS takes the power-management interrupt.</summary>
public sealed class PmicInterruptRule : DesignRule
{
    internal static readonly ExpectedPin[] Pins = [new("INT", Contacts.A6)];

    public static readonly RuleDescriptor Rule = new(
        RuleIds.PmicInterrupt, "bq2419x INT on A6 (45)",
        ExpectedPins.MessageFormat, "I2C", Severity.Error)
    {
        Reads = ["series-termination"],
    };

    public override RuleDescriptor Descriptor => Rule;

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        return scope.PartsOfClass(PartClass.Pmic).SelectMany(pmic => ExpectedPins.Check(scope, Descriptor, pmic, PartClass.Pmic,
            Pins, "Wire the PMIC's INT to A6 (45), with a 10 kΩ pull-up to 3V3."));
    }
}
