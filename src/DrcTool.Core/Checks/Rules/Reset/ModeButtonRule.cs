using DrcTool.Core.Checks.Rules.Support;

namespace DrcTool.Core.Checks.Rules.Reset;

/// <summary>DRC016: note when MODE (32) has no button to GND (or connector to an off-board one).</summary>
public sealed class ModeButtonRule : DesignRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.ModeButton, "A MODE button on MODE",
        "MODE (32) on net {net} has no button to GND", "Reset", Severity.Note)
    {
        Messages = new Dictionary<string, string> { ["not-connected"] = "MODE (32) is not connected: there is no MODE button" },
    };

    public override RuleDescriptor Descriptor => Rule;

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        var net = scope.NetAt(Contacts.Mode);
        if (net is not null && ButtonToGround.Find(scope, net) is not null) yield break;
        yield return scope.NewFinding(Descriptor,
            net is null ? MessageFor(scope, "not-connected") : Message(scope, net.Name),
            [Contacts.Mode], net) with
        {
            FixHint = "A momentary switch from MODE to GND lets users enter listening and DFU mode.",
        };
    }
}
