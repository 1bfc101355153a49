using DrcTool.Core.Checks.Rules.Power;
using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Checks.Rules.Support;

namespace DrcTool.Core.Checks.Rules.Firmware;

/// <summary>DRC031: every board with a bq2419x gets the note that firmware must enable PMIC_DETECTION.</summary>
public sealed class PmicDetectionRule : DesignRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.PmicDetection, "Firmware must enable SystemPowerFeature::PMIC_DETECTION",
        "{part} ({value}) found: firmware must enable SystemPowerFeature::PMIC_DETECTION, or the PMIC keeps its {pmic.default-input-amps:ma} mA input limit and the board browns out; {limit}", "Firmware", Severity.Note)
    {
        Reads = ["pmic.k-ilim-amp-ohms"],
    };

    public override RuleDescriptor Descriptor => Rule;

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        foreach (var pmic in scope.PartsOfClass(PartClass.Pmic))
        {
            var limit = PmicInputCurrentRule.InputLimit(scope, pmic);
            var ilim = limit is { Resistor: { } r, Amps: { } a }
                ? $"ILIM {PmicInputCurrentRule.DescribeIlim(scope, r)} caps the input at about {PmicInputCurrentRule.Amps(a)}"
                : "the ILIM resistor was not found";
            yield return scope.NewFinding(Descriptor,
                Message(scope, pmic.Reference, pmic.Value, ilim),
                [], null) with
            {
                Parts = limit is { Resistor: { } res } ? [pmic.Reference, res.Reference] : [pmic.Reference],
                Location = pmic.Location,
                FixHint = "In setup(): System.setPowerConfiguration(SystemPowerConfiguration().feature(SystemPowerFeature::PMIC_DETECTION)).",
            };
        }
    }
}
