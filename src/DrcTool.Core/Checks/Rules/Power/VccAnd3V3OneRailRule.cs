using DrcTool.Core.Checks.Rules.Support;
using DrcTool.Core.Model;

namespace DrcTool.Core.Checks.Rules.Power;

/// <summary>DRC021: VCC and 3V3 are not one rail (joined nets count as one).</summary>
public sealed class VccAnd3V3OneRailRule : DesignRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.VccAnd3V3OneRail, "VCC and 3V3 are separate rails",
        "VCC ({contacts}) and 3V3 (10/12) are one rail, net {net}{volts}: the modem needs {vcc.min-volts}-{vcc.b4xx-max-volts} V, the MCU {supply-3v3.min-volts}-{supply-3v3.max-volts} V",
        "Power", Severity.Error);

    public override RuleDescriptor Descriptor => Rule;

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        var som3V3 = scope.Som3V3Nets;
        var shared = Contacts.Vcc.Where(c => scope.NetAt(c) is { } net && som3V3.Contains(net)).ToList();
        if (shared.Count == 0) yield break;
        var net = scope.NetAt(shared[0])!;
        var rail = scope.View.RailOf(net);
        yield return scope.NewFinding(Descriptor,
            Message(scope, string.Join("/", shared), net.Name, rail is null ? "" : $" at {RuleScope.Volts(rail.Volts)}"),
            [.. shared, .. Contacts.Supply3V3], net) with
        {
            Path = [.. shared.Select(c => $"VCC ({c})"), $"net {net.Name}", "3V3 (10/12)"],
            FixHint = "Use two regulators: 3.3 V for 3V3 and 3.7-3.9 V (or the LiPo) for VCC.",
        };
    }
}
