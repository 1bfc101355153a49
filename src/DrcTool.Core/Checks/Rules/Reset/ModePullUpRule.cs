using DrcTool.Core.Checks.Rules.Support;

namespace DrcTool.Core.Checks.Rules.Reset;

/// <summary>DRC015: a pull-up on MODE (32) goes only to the SoM's 3V3. No pull-up is fine (see the doc page).</summary>
public sealed class ModePullUpRule : DesignRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.ModePullUp, "MODE is pulled up only to the SoM's 3V3",
        "MODE (32) on net {net} is pulled up by {resistors} to {rail}, not the SoM's 3V3", "Reset", Severity.Warning)
    {
        Messages = new Dictionary<string, string>
        {
            ["out-of-range"] = "MODE (32) on net {net} is pulled up by {resistors} ({ohms}), outside the {mode-pull-up.min-ohms:ohms}-{mode-pull-up.max-ohms:ohms} the datasheet asks for",
        },
        Reads = ["mode-pull-up"],
    };

    public override RuleDescriptor Descriptor => Rule;

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        if (scope.NetAt(Contacts.Mode) is not { } net) yield break;
        var (minOhms, maxOhms) = (scope.Parameters.ModePullUp.MinOhms, scope.Parameters.ModePullUp.MaxOhms);
        foreach (var path in scope.View.PullPaths(net))
        {
            if (!path.IsPullUp) continue;
            if (scope.IsSom3V3(path.TargetNet))
            {
                if (path.Ohms is { } ohms && (ohms < minOhms || ohms > maxOhms))
                {
                    yield return scope.NewFinding(Descriptor,
                        MessageFor(scope, "out-of-range", net.Name, string.Join(", ", path.Resistors.Select(RuleScope.Describe)), RuleScope.Ohms(ohms)),
                        [Contacts.Mode], net) with
                    {
                        Parts = path.Resistors.Select(r => r.Reference).ToList(),
                        Path = ["MODE (32)", .. path.Steps],
                        FixHint = RuleDescriptor.FillParameters("Use {mode-pull-up.min-ohms:k}-{mode-pull-up.max-ohms:ohms}, or leave the pull-up out.", scope.Parameters),
                    };
                }

                continue;
            }

            yield return scope.NewFinding(Descriptor,
                Message(scope, net.Name, string.Join(", ", path.Resistors.Select(RuleScope.Describe)), RuleScope.Describe(path.Target)),
                [Contacts.Mode], net) with
            {
                Parts = path.Resistors.Select(r => r.Reference).ToList(),
                Path = ["MODE (32)", .. path.Steps],
                FixHint = "Pull MODE up to the SoM's 3V3, or leave the pull-up out (Device OS enables the internal one).",
            };
        }
    }
}
