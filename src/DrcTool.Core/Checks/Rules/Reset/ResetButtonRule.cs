using DrcTool.Core.Checks.Rules.Support;

namespace DrcTool.Core.Checks.Rules.Reset;

/// <summary>DRC014: note when RST (34) has no button to GND (or connector to an off-board one).</summary>
public sealed class ResetButtonRule : DesignRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.ResetButton, "A reset button on RST",
        "RST (34) on net {net} has no button to GND", "Reset", Severity.Note)
    {
        Messages = new Dictionary<string, string> { ["not-connected"] = "RST (34) is not connected: there is no reset button" },
    };

    public override RuleDescriptor Descriptor => Rule;

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        var net = scope.NetAt(Contacts.Reset);
        if (net is not null && ButtonToGround.Find(scope, net) is not null) yield break;
        yield return scope.NewFinding(Descriptor,
            net is null ? MessageFor(scope, "not-connected") : Message(scope, net.Name),
            [Contacts.Reset], net) with
        {
            FixHint = "A momentary switch from RST to GND is highly recommended.",
        };
    }
}
