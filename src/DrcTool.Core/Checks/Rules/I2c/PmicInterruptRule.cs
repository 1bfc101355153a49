using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Checks.Rules.Support;

namespace DrcTool.Core.Checks.Rules;

/// <summary>DRC027: a bq2419x has INT on A6 (45), where Device OS takes the power-management interrupt.</summary>
public sealed class PmicInterruptRule : IDesignRule
{
    public RuleDescriptor Descriptor => BaseBoardRuleDescriptors.PmicInterruptRule;

    public IEnumerable<Finding> Check(CheckContext context)
    {
        if (RuleScope.For(context) is not { } scope) return [];
        return scope.PartsOfClass(PartClass.Pmic).SelectMany(pmic => ExpectedPins.Check(scope, Descriptor, pmic, PartClass.Pmic,
            [new ExpectedPin("INT", Contacts.A6)], "Wire the PMIC's INT to A6 (45), with a 10 kΩ pull-up to 3V3."));
    }
}
