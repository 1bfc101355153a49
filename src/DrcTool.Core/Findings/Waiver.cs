using DrcTool.Core.Model;

namespace DrcTool.Core.Findings;

/// <summary>
/// A decision that one rule's finding on one net or part is accepted, and why. Waived findings are reported as
/// suppressed, not hidden; a waiver that matches nothing is reported too.
/// </summary>
/// <param name="Rule">Rule ID ("DRC015"), or a glob ("DRC0*").</param>
/// <param name="Target">What it applies to: net, part.pad, contact or SoM pin.</param>
/// <param name="Reason">Required: why the finding is acceptable.</param>
/// <param name="Location">Where in drctool.yaml the waiver is written.</param>
public sealed record Waiver(string Rule, Selector Target, string Reason, SourceLocation Location)
{
    public bool Matches(Finding finding) => Glob.IsMatch(Rule, finding.RuleId) && Target.Matches(finding);

    public override string ToString() => $"{Rule} {Target} ({Location})";
}

/// <summary>Findings after waivers: every finding (waived ones carry the reason) and the waivers that matched nothing.</summary>
public sealed record WaiverOutcome(IReadOnlyList<Finding> Findings, IReadOnlyList<Waiver> Unused);

/// <summary>Applies a config's waivers to findings. The first waiver that matches a finding is the one reported.</summary>
public static class WaiverApplier
{
    public static WaiverOutcome Apply(IEnumerable<Finding> findings, IReadOnlyList<Waiver> waivers)
    {
        var used = new bool[waivers.Count];
        var result = new List<Finding>();
        foreach (var finding in findings)
        {
            var applied = finding;
            for (var i = 0; i < waivers.Count; i++)
            {
                if (waivers[i].Matches(finding))
                {
                    used[i] = true;
                    if (applied.WaiverReason is null)
                    {
                        applied = finding with { WaiverReason = waivers[i].Reason };
                    }
                }
            }

            result.Add(applied);
        }

        return new WaiverOutcome(result, waivers.Where((_, i) => !used[i]).ToList());
    }
}
