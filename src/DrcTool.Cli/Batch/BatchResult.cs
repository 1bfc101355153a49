using DrcTool.Core.Checks;
using DrcTool.Core.Run;
using DrcTool.Reporting.Model;

namespace DrcTool.Cli.Batch;

/// <summary>A <see cref="CheckRun"/>'s result with the report model the writers take, in input order.</summary>
public sealed record BatchResult(
    IReadOnlyList<DesignOutcome> Outcomes,
    IReadOnlyList<DesignReport> Reports,
    IReadOnlyList<UnmatchedWaiver> UnmatchedWaivers,
    Severity FailLevel)
{
    public static BatchResult From(CheckRunResult run) => new(
        run.Outcomes,
        // An unreadable design is reported under the input's path, even when the error is in its config file.
        run.Outcomes.Select((o, i) => o.IsReadable ? ReportMapper.Map(o) : ReportMapper.Map(o) with { File = run.Inputs[i].Path }).ToList(),
        run.UnusedWaivers.Select(u => new UnmatchedWaiver(u.Waiver.Rule, u.Waiver.Target.ToString() ?? string.Empty, u.Waiver.Reason, u.ConfigFile)).ToList(),
        run.FailLevel);
}
