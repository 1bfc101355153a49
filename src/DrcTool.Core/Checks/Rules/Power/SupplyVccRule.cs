using DrcTool.Core.Binding;
using DrcTool.Core.Checks.Rules.Support;
using DrcTool.Core.Model;

namespace DrcTool.Core.Checks.Rules.Power;

/// <summary>DRC020: VCC (2/4/6/8) is connected and within 3.6 V and the variant's maximum (error above absolute maximum).</summary>
public sealed class SupplyVccRule : DesignRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.SupplyVcc, "VCC (2/4/6/8) within {vcc.min-volts} V and the variant's maximum",
        "VCC ({contacts}) on net {net} is {volts} V ({why}); {variant} needs {min}-{max} V, absolute maximum {absmax} V",
        "Power", Severity.Error)
    {
        Reads = ["vcc", "battery"],
    };

    public override RuleDescriptor Descriptor => Rule;

    /// <summary>Recommended and absolute maximum per module family, from each module's own datasheet table (vcc.* parameters).</summary>
    internal static (double Max, double AbsoluteMax) Limits(RuleScope scope) => scope.Parameters.Vcc.For(scope.Variant.IsB5xx());

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        var nets = Contacts.Vcc.Select(c => (Contact: c, Net: scope.NetAt(c))).ToList();
        if (nets.All(n => n.Net is null))
        {
            yield return scope.NewFinding(Descriptor, "VCC (2/4/6/8) is not connected: the cellular modem has no supply", Contacts.Vcc, null) with
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
                $"VCC contacts {string.Join(", ", stray.Select(s => s.Contact))} are not on {first.Name} with the other VCC contacts",
                stray.Select(s => s.Contact), first) with
            {
                FixHint = "Tie all four VCC contacts to one supply net.",
            };
        }

        var (max, absMax) = Limits(scope);
        var minVolts = scope.Parameters.Vcc.MinVolts;
        var (volts, why) = VoltageOf(scope, joined);
        if (volts is not { } v) yield break;
        var range = $"{scope.Variant} needs {RuleScope.Volts(minVolts)}-{RuleScope.Volts(max)}, absolute maximum {RuleScope.Volts(absMax)}";
        var contacts = nets.Where(n => n.Net is not null).Select(n => n.Contact).ToList();
        if (v > absMax)
        {
            yield return scope.NewFinding(Descriptor, $"VCC ({string.Join("/", contacts)}) on net {first.Name} is {RuleScope.Volts(v)} ({why}), above the absolute maximum; {range}", contacts, first) with
            {
                FixHint = "Feed VCC from a 3.8 V regulator or a single LiPo cell.",
            };
        }
        else if (v > max || v < minVolts)
        {
            yield return scope.NewFinding(Descriptor, $"VCC ({string.Join("/", contacts)}) on net {first.Name} is {RuleScope.Volts(v)} ({why}), outside the recommended range; {range}", contacts, first, Severity.Warning) with
            {
                FixHint = v < minVolts ? "Raise VCC to 3.7-3.9 V: the modem browns out below 3.6 V in transmit peaks." : "Keep VCC at or below the recommended maximum.",
            };
        }
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
