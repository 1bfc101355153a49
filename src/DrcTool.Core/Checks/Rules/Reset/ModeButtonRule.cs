using DrcTool.Core.Checks.Rules.Support;

namespace DrcTool.Core.Checks.Rules;

/// <summary>DRC016: note when MODE (32) has no button to GND (or connector to an off-board one).</summary>
public sealed class ModeButtonRule : IDesignRule
{
    public RuleDescriptor Descriptor => BaseBoardRuleDescriptors.ModeButtonRule;

    public IEnumerable<Finding> Check(CheckContext context)
    {
        if (RuleScope.For(context) is not { } scope) yield break;
        var net = scope.NetAt(Contacts.Mode);
        if (net is not null && ButtonToGround.Find(scope, net) is not null) yield break;
        yield return scope.NewFinding(Descriptor,
            net is null ? "MODE (32) is not connected: there is no MODE button" : $"MODE (32) on net {net.Name} has no button to GND",
            [Contacts.Mode], net) with
        {
            FixHint = "A momentary switch from MODE to GND lets users enter listening and DFU mode.",
        };
    }
}
