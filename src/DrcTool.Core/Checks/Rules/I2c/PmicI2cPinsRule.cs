using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Checks.Rules.Support;

namespace DrcTool.Core.Checks.Rules.I2c;

/// <summary>DRC026: a bq2419x has SDA on D0 (22) and SCL on D1 (20): not swapped, not on Wire1 (D2/D3).</summary>
public sealed class PmicI2cPinsRule : DesignRule
{
    internal static readonly ExpectedPin[] Bus = [new("SDA", Contacts.D0Sda), new("SCL", Contacts.D1Scl)];

    public static readonly RuleDescriptor Rule = new(
        RuleIds.PmicI2cPins, "bq2419x SDA on D0 (22), SCL on D1 (20)",
        ExpectedPins.MessageFormat, "I2C", Severity.Error)
    {
        Reads = ["series-termination"],
    };

    public override RuleDescriptor Descriptor => Rule;

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        return scope.PartsOfClass(PartClass.Pmic).SelectMany(pmic => ExpectedPins.Check(scope, Descriptor, pmic, PartClass.Pmic, Bus,
            "Put the PMIC on Wire: SDA to D0 (22), SCL to D1 (20); Device OS looks for it there with PMIC_DETECTION."));
    }
}
