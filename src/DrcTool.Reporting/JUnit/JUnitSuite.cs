using System.Text;
using DrcTool.Core.Checks;
using DrcTool.Reporting.Model;
using DrcTool.Reporting.Text;

namespace DrcTool.Reporting.JUnit;

/// <summary>One design as a test suite: which test cases it has and which fail. Kept apart from the XML so it can be tested alone.</summary>
internal sealed record JUnitSuite(string Name, string ClassName, IReadOnlyList<(string Name, string Value)> Properties, IReadOnlyList<JUnitCase> Cases)
{
    public int Failures => Cases.Count(c => c.Problem is { IsError: false });

    public int Errors => Cases.Count(c => c.Problem is { IsError: true });

    public int Skipped => Cases.Count(c => c.SkippedBecause is not null);

    public static JUnitSuite From(ReportRun run, DesignReport design)
    {
        var name = ReportPaths.Relative(run.BaseDirectory, design.File);
        // GitLab and Jenkins group by dotted class names; keep the file readable but without the dots of folders.
        var className = "drctool." + name.Replace('/', '.');
        var properties = new List<(string, string)>();
        if (design.Format is not null) properties.Add(("format", design.Format));
        if (design.Variant is not null) properties.Add(("variant", design.Variant));
        if (design.SocketReference is not null) properties.Add(("socket", design.SocketReference));

        if (design.Error is { } error)
        {
            var where = ReportPaths.FileLine(ReportPaths.Relative(run.BaseDirectory, error.File), error.Line, error.Column);
            return new JUnitSuite(name, className, properties,
                [new JUnitCase("read design", new JUnitProblem(true, error.Message, "unreadable", $"{where}: {error.Message}"), string.Empty)]);
        }

        var ruleIds = run.Rules.Select(r => r.Id).ToList();
        foreach (var id in design.Findings.Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal))
        {
            if (!ruleIds.Contains(id)) ruleIds.Add(id);
        }

        var cases = new List<JUnitCase>();
        foreach (var id in ruleIds)
        {
            var findings = design.Findings.Where(f => f.RuleId == id).ToList();
            var failing = design.Failing(run.FailLevel).Where(f => f.RuleId == id).ToList();
            var others = findings.Except(failing).ToList();
            var title = run.FindRule(id)?.Title;
            var caseName = title is null ? id : $"{id} {title}";
            JUnitProblem? problem = null;
            if (failing.Count > 0)
            {
                var worst = failing.Max(f => f.Severity);
                var message = failing.Count == 1 ? failing[0].Message : $"{failing.Count} findings: {failing[0].Message}";
                problem = new JUnitProblem(false, message, SeverityText.Of(worst), Describe(run, design, failing));
            }

            // A rule that did not run has not passed: CI shows it as skipped, with why.
            var skipped = findings.Count == 0 && design.SkippedRules.TryGetValue(id, out var why) ? why : null;
            cases.Add(new JUnitCase(caseName, problem, Describe(run, design, others), skipped));
        }

        return new JUnitSuite(name, className, properties, cases);
    }

    private static string Describe(ReportRun run, DesignReport design, IReadOnlyList<Finding> findings)
    {
        var sb = new StringBuilder();
        foreach (var finding in findings)
        {
            var row = FindingRow.From(run, design, finding);
            sb.Append('[').Append(row.SeverityText).Append(finding.IsSuppressed ? ", waived" : string.Empty).Append("] ")
                .Append(row.Message).Append(" (").Append(row.Location).Append(')').Append('\n');
            if (row.FixHint.Length > 0) sb.Append("  fix: ").Append(row.FixHint).Append('\n');
            if (finding.IsSuppressed) sb.Append("  waived because: ").Append(finding.WaiverReason).Append('\n');
        }

        return sb.ToString();
    }
}

/// <param name="SkippedBecause">Why the rule did not run on the design; null when it ran.</param>
internal sealed record JUnitCase(string Name, JUnitProblem? Problem, string Output, string? SkippedBecause = null);

/// <param name="IsError">An error (the design could not be checked) rather than a failure (the check found something).</param>
internal sealed record JUnitProblem(bool IsError, string Message, string Type, string Details);
