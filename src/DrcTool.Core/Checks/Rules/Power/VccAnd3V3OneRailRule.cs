using DrcTool.Core.Checks.Rules.Support;
using DrcTool.Core.Model;

namespace DrcTool.Core.Checks.Rules;

/// <summary>DRC021: VCC and 3V3 are not one rail (joined nets count as one).</summary>
public sealed class VccAnd3V3OneRailRule : IDesignRule
{
    public RuleDescriptor Descriptor => BaseBoardRuleDescriptors.VccAnd3V3OneRailRule;

    public IEnumerable<Finding> Check(CheckContext context)
    {
        if (RuleScope.For(context) is not { } scope) yield break;
        var som3V3 = scope.Som3V3Nets;
        var shared = Contacts.Vcc.Where(c => scope.NetAt(c) is { } net && som3V3.Contains(net)).ToList();
        if (shared.Count == 0) yield break;
        var net = scope.NetAt(shared[0])!;
        var rail = scope.View.RailOf(net);
        yield return scope.NewFinding(Descriptor,
            $"VCC ({string.Join("/", shared)}) and 3V3 (10/12) are one rail, net {net.Name}{(rail is null ? "" : $" at {RuleScope.Volts(rail.Volts)}")}: the modem needs 3.6-4.2 V, the MCU 3.0-3.6 V",
            [.. shared, .. Contacts.Supply3V3], net) with
        {
            Path = [.. shared.Select(c => $"VCC ({c})"), $"net {net.Name}", "3V3 (10/12)"],
            FixHint = "Use two regulators: 3.3 V for 3V3 and 3.7-3.9 V (or the LiPo) for VCC.",
        };
    }
}
