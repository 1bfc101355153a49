using DrcTool.Core.Checks.Rules.Support;

namespace DrcTool.Core.Checks.Rules.Reset;

/// <summary>DRC015: a pull-up on MODE (32) goes only to the SoM's 3V3. No pull-up is fine (see the doc page).</summary>
public sealed class ModePullUpRule : DesignRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.ModePullUp, "MODE is pulled up only to the SoM's 3V3",
        "MODE (32) on net {net} is pulled up by {part} to {rail}, not the SoM's 3V3: {path}", "Reset", Severity.Warning)
    {
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
