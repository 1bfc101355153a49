using DrcTool.Core.Checks.Rules.Support;

namespace DrcTool.Core.Checks.Rules;

/// <summary>DRC015: a pull-up on MODE (32) goes only to the SoM's 3V3. No pull-up is fine (see the doc page).</summary>
public sealed class ModePullUpRule : IDesignRule
{
    public RuleDescriptor Descriptor => BaseBoardRuleDescriptors.ModePullUpRule;

    public IEnumerable<Finding> Check(CheckContext context)
    {
        if (RuleScope.For(context) is not { } scope || scope.NetAt(Contacts.Mode) is not { } net) yield break;
        var (minOhms, maxOhms) = (scope.Parameter("mode-pull-up.min-ohms"), scope.Parameter("mode-pull-up.max-ohms"));
        foreach (var path in scope.View.PullPaths(net))
        {
            if (!path.IsPullUp) continue;
            if (scope.IsSom3V3(path.TargetNet))
            {
                if (path.Ohms is { } ohms && (ohms < minOhms || ohms > maxOhms))
                {
                    yield return scope.NewFinding(Descriptor,
                        $"MODE (32) on net {net.Name} is pulled up by {string.Join(", ", path.Resistors.Select(RuleScope.Describe))} ({RuleScope.Ohms(ohms)}), outside the {RuleScope.Ohms(minOhms)}-{RuleScope.Ohms(maxOhms)} the datasheet asks for",
                        [Contacts.Mode], net) with
                    {
                        Parts = path.Resistors.Select(r => r.Reference).ToList(),
                        Path = ["MODE (32)", .. path.Steps],
                        FixHint = "Use 2.2-10 kΩ, or leave the pull-up out.",
                    };
                }

                continue;
            }

            yield return scope.NewFinding(Descriptor,
                $"MODE (32) on net {net.Name} is pulled up by {string.Join(", ", path.Resistors.Select(RuleScope.Describe))} to {RuleScope.Describe(path.Target)}, not the SoM's 3V3",
                [Contacts.Mode], net) with
            {
                Parts = path.Resistors.Select(r => r.Reference).ToList(),
                Path = ["MODE (32)", .. path.Steps],
                FixHint = "Pull MODE up to the SoM's 3V3, or leave the pull-up out (Device OS enables the internal one).",
            };
        }
    }
}
