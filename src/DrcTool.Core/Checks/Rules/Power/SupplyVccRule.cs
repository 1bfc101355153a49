using DrcTool.Core.Checks.Rules.Support;
using DrcTool.Core.Model;

namespace DrcTool.Core.Checks.Rules.Power;

/// <summary>
/// DRC020: VCC (2/4/6/8) is connected and within 3.6 V and the maximum of each variant checked (the one given, else
/// every variant the socket takes): an error below the minimum, above an absolute maximum or above every variant's
/// recommended maximum; a warning above only some variants' recommended maximum.
/// </summary>
public sealed class SupplyVccRule : DesignRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.SupplyVcc, "VCC (2/4/6/8) within {vcc.min-volts} V and the variant's maximum",
        "VCC ({contacts}) on net {net} is {volts} ({why}), {problem}; {limits}",
        "Power", Severity.Error)
    {
        Messages = new Dictionary<string, string>
        {
            ["not-connected"] = "VCC (2/4/6/8) is not connected: the cellular modem has no supply",
            ["stray"] = "VCC contacts {contacts} are not on {net} with the other VCC contacts",
        },
        Reads = ["vcc", "battery"],
    };

    public override RuleDescriptor Descriptor => Rule;

    /// <summary>Recommended and absolute maximum of a variant, from its module family's datasheet table (vcc.* parameters).</summary>
    internal static (double Max, double AbsoluteMax) Limits(RuleScope scope, SomVariant variant) => scope.Parameters.Vcc.For(variant.IsB5xx());

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        var nets = Contacts.Vcc.Select(c => (Contact: c, Net: scope.NetAt(c))).ToList();
        if (nets.All(n => n.Net is null))
        {
            yield return scope.NewFinding(Descriptor, MessageFor(scope, "not-connected"), Contacts.Vcc, null) with
            {
                FixHint = "Feed VCC from a LiPo (through a PMIC) or a 3.8 V regulator able to deliver 2 A peaks.",
            };
            yield break;
        }

        var first = nets.First(n => n.Net is not null).Net!;
        var joined = scope.View.Joined(first);
        var stray = nets.Where(n => n.Net is null || !joined.Contains(n.Net)).ToList();
        if (stray.Count > 0)
        {
            yield return scope.NewFinding(Descriptor,
                MessageFor(scope, "stray", string.Join(", ", stray.Select(s => s.Contact)), first.Name),
                stray.Select(s => s.Contact), first) with
            {
                FixHint = "Tie all four VCC contacts to one supply net.",
            };
        }

        var (volts, why) = VoltageOf(scope, joined);
        if (volts is not { } v) yield break;
        if (Judge(scope, v) is not { } verdict) yield break;
        var contacts = nets.Where(n => n.Net is not null).Select(n => n.Contact).ToList();
        yield return scope.NewFinding(Descriptor,
            Message(scope, string.Join("/", contacts), first.Name, RuleScope.Volts(v), why, verdict.Problem, LimitsText(scope)),
            contacts, first, verdict.Severity) with
        {
            FixHint = v < scope.Parameters.Vcc.MinVolts
                ? "Raise VCC to 3.7-3.9 V: the modem browns out below 3.6 V in transmit peaks."
                : "Feed VCC from a 3.8 V regulator or a single LiPo cell.",
        };
    }

    /// <summary>
    /// Below the minimum, above the recommended maximum of every variant (5 V: no modem is specified for it) or above
    /// an absolute maximum is an error; above only some variants' recommended maximum (4.3 V on a B4xx) a warning.
    /// Each names the variants it concerns.
    /// </summary>
    private static (Severity Severity, string Problem)? Judge(RuleScope scope, double volts)
    {
        var vcc = scope.Parameters.Vcc;
        if (volts < vcc.MinVolts)
        {
            return (Severity.Error, $"below the {RuleScope.Volts(vcc.MinVolts)} minimum of every variant");
        }

        var overMax = scope.Variants.Where(v => volts > Limits(scope, v).Max).ToList();
        if (overMax.Count == 0) return null;
        var overAbsolute = scope.Variants.Where(v => volts > Limits(scope, v).AbsoluteMax).ToList();
        var aboveEvery = volts > Math.Max(vcc.B4xxMaxVolts, vcc.B5xxMaxVolts);
        var problem = aboveEvery
            ? "above the recommended maximum of every variant"
            : $"above the recommended maximum of {RuleScope.Describe(overMax)}";
        if (overAbsolute.Count > 0)
        {
            problem += $" and the absolute maximum of {RuleScope.Describe(overAbsolute)}";
        }

        return (aboveEvery || overAbsolute.Count > 0 ? Severity.Error : Severity.Warning, problem);
    }

    /// <summary>"B404X, B404, B402 need 3.6-4.2 V (absolute maximum 6.0 V); B524, B523, B504 need 3.6-4.3 V (...)".</summary>
    private static string LimitsText(RuleScope scope)
    {
        var min = scope.Parameters.Vcc.MinVolts.ToString("0.0##", System.Globalization.CultureInfo.InvariantCulture);
        var groups = scope.Variants.GroupBy(v => Limits(scope, v))
            .Select(g => $"{RuleScope.Describe(g)} {(g.Count() == 1 ? "needs" : "need")} {min}-{RuleScope.Volts(g.Key.Max)} (absolute maximum {RuleScope.Volts(g.Key.AbsoluteMax)})");
        return string.Join("; ", groups);
    }

    private static (double? Volts, string Why) VoltageOf(RuleScope scope, IReadOnlyList<Net> joined)
    {
        foreach (var net in joined)
        {
            if (Supply3V3Rule.BatteryName().IsMatch(net.Name)) return (scope.Parameters.BatteryFullVolts, $"battery net {net.Name}, taken at full charge");
        }

        var rail = joined.Select(scope.View.RailOf).FirstOrDefault(r => r is not null);
        return rail is null ? (null, "") : (rail.Volts, rail.VoltageSource);
    }
}
