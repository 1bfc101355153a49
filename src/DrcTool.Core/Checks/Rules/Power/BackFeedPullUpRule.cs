using DrcTool.Core.Checks.Rules.Support;

namespace DrcTool.Core.Checks.Rules.Power;

/// <summary>
/// DRC012: when 3V3 is always on, pull-ups on SoM signals go to the SoM's own 3V3 and not to another rail. RST and
/// MODE are left to DRC013/DRC015, rails above 3.6 V to DRC010, so each mistake is reported once.
/// </summary>
public sealed class BackFeedPullUpRule : DesignRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.BackFeedPullUp, "Pull-ups on SoM signals go to the SoM's own 3V3",
        "{pin} on net {net} is pulled up by {resistors} to {rail}, not the SoM's 3V3: back-feed risk when the rails do not rise and fall together",
        "Power", Severity.Warning)
    {
        Reads = ["signal.max-volts"],
    };

    public override RuleDescriptor Descriptor => Rule;

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        if (scope.Som3V3Nets.Select(scope.View.RailOf).Any(r => r is { CanBeCut: true })) yield break; // DRC011's case
        foreach (var contact in scope.Binding.Contacts)
        {
            if (!contact.Pin.IsSignal || contact.Net is not { } net) continue;
            if (contact.Contact == Contacts.Reset || contact.Contact == Contacts.Mode) continue;
            var label = scope.Label(contact.Contact);
            foreach (var path in scope.View.PullPaths(net))
            {
                if (!path.IsPullUp || path.Target.MaxVolts > scope.Parameters.Signal.MaxVolts || scope.IsSom3V3(path.TargetNet)) continue;
                yield return scope.NewFinding(Descriptor,
                    Message(scope, label, net.Name, string.Join(", ", path.Resistors.Select(RuleScope.Describe)), RuleScope.Describe(path.Target)),
                    [contact.Contact], net) with
                {
                    Parts = path.Resistors.Select(r => r.Reference).ToList(),
                    Path = [label, .. path.Steps],
                    FixHint = "Pull up to the net on the SoM's 3V3 contacts (10/12).",
                };
            }
        }
    }
}
