using DrcTool.Core.Checks.Rules.Support;

namespace DrcTool.Core.Checks.Rules;

/// <summary>DRC014: note when RST (34) has no button to GND (or connector to an off-board one).</summary>
public sealed class ResetButtonRule : IDesignRule
{
    public RuleDescriptor Descriptor => BaseBoardRuleDescriptors.ResetButtonRule;

    public IEnumerable<Finding> Check(CheckContext context)
    {
        if (RuleScope.For(context) is not { } scope) yield break;
        var net = scope.NetAt(Contacts.Reset);
        if (net is not null && ButtonToGround.Find(scope, net) is not null) yield break;
        yield return scope.NewFinding(Descriptor,
            net is null ? "RST (34) is not connected: there is no reset button" : $"RST (34) on net {net.Name} has no button to GND",
            [Contacts.Reset], net) with
        {
            FixHint = "A momentary switch from RST to GND is highly recommended.",
        };
    }
}
