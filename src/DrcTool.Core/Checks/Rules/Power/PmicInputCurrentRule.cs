using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Checks.Rules.Support;
using DrcTool.Core.Model;

namespace DrcTool.Core.Checks.Rules.Power;

/// <summary>
/// DRC030: a bq2419x's ILIM resistor sets an input current limit (I = K_ILIM / R) that does not starve the SoM: at
/// least the Device OS default for an LTE-M modem, more for the B5xx's 2G/3G fallback, checked against each variant.
/// </summary>
public sealed class PmicInputCurrentRule : DesignRule
{
    /// <summary>The bq2419x pin whose resistor to ground sets the input current limit.</summary>
    internal const string IlimFunction = "ILIM";

    public static readonly RuleDescriptor Rule = new(
        RuleIds.PmicInputCurrent, "bq2419x ILIM resistor lets enough input current through",
        "{part} ILIM {resistor} gives an input limit of {amps} ({pmic.k-ilim-amp-ohms} A·Ω / R), {shortfall}: {problem}", "Power", Severity.Warning)
    {
        Messages = new Dictionary<string, string>
        {
            ["no-resistor"] = "{part} ({value}) ILIM ({part}.{pad}) has no resistor to GND: the input current limit is undefined",
        },
        Reads = ["pmic.k-ilim-amp-ohms", "pmic.b4xx-min-input-amps", "pmic.b5xx-min-input-amps"],
    };

    public override RuleDescriptor Descriptor => Rule;

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        foreach (var pmic in scope.PartsOfClass(PartClass.Pmic))
        {
            var limit = InputLimit(scope, pmic);
            if (limit is null) continue; // no ILIM pin found
            var (pad, net, resistor, amps) = limit.Value;
            if (resistor is null)
            {
                yield return scope.NewFinding(Descriptor,
                    MessageFor(scope, "no-resistor", pmic.Reference, pmic.Value, pad),
                    [], net) with
                {
                    Parts = [$"{pmic.Reference}.{pad}"],
                    Location = net?.Location ?? pmic.Location,
                    FixHint = "Fit 332 Ω from ILIM to GND (about 1.6 A, as Particle's boards).",
                };
                continue;
            }

            if (amps is not { } a) continue;
            var starved = scope.Variants.Where(v => a < scope.Parameters.Pmic.MinInputAmps(v.IsB5xx())).ToList();
            if (starved.Count == 0) continue;
            var shortfall = string.Join(" and ", starved.GroupBy(v => scope.Parameters.Pmic.MinInputAmps(v.IsB5xx()))
                .Select(g => $"below {Amps(g.Key)} for {RuleScope.Describe(g)}"));
            var problem = starved.Any(v => v.IsB5xx())
                ? RuleDescriptor.FillParameters("{pmic.b4xx-min-input-amps:ma} mA is not enough for a 2G/3G modem without a battery, and the modem's peaks brown the SoM out", scope.Parameters)
                : "without a battery the modem's peaks brown the SoM out";
            yield return scope.NewFinding(Descriptor,
                Message(scope, $"{pmic.Reference} ({pmic.Value})", DescribeIlim(scope, resistor), Amps(a), shortfall, problem),
                [], net) with
            {
                Parts = [$"{pmic.Reference}.{pad}", resistor.Reference],
                Path = [$"{pmic.Reference}.{pad} ILIM", $"net {net!.Name}", DescribeIlim(scope, resistor), "GND"],
                FixHint = "Use about 332 Ω (1.6 A), as Particle's own boards do.",
            };
        }
    }

    /// <summary>The ILIM pad, its net, the resistor from it to ground, and the limit in amps.</summary>
    internal static (string Pad, Net? Net, Component? Resistor, double? Amps)? InputLimit(RuleScope scope, Component pmic)
    {
        var pads = KnownPins.Pads(scope.KnownPads, pmic, PartClass.Pmic, IlimFunction);
        if (pads.Count == 0) return null;
        var net = scope.Design.NetOf(pmic.Reference, pads[0]);
        if (net is null) return (pads[0], null, null, null);
        foreach (var (part, pad) in scope.PadsOnJoined(net))
        {
            if (scope.ClassOf(part) != PartClass.Resistor || scope.OtherNet(part, pad) is not { } other || !scope.IsGround(other)) continue;
            var ohms = scope.View.Ohms(part);
            return (pads[0], net, part, ohms is > 0 ? scope.Parameters.Pmic.KIlimAmpOhms / ohms.Value : null);
        }

        return (pads[0], net, null, null);
    }

    /// <summary>"R8 332 Ω": the resistor with its value in ohms, since "332" alone reads as a part number.</summary>
    internal static string DescribeIlim(RuleScope scope, Component resistor) =>
        scope.View.Ohms(resistor) is { } ohms ? $"{resistor.Reference} {RuleScope.Ohms(ohms)}" : RuleScope.Describe(resistor);

    internal static string Amps(double amps) => amps.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + " A";
}
