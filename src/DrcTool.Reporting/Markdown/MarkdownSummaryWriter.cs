using System.Text;
using DrcTool.Core.Checks;
using DrcTool.Reporting.Model;
using DrcTool.Reporting.Output;
using DrcTool.Reporting.Text;

namespace DrcTool.Reporting.Markdown;

/// <summary>
/// A short summary for a pull-request comment or $GITHUB_STEP_SUMMARY: one table row per design, then each design's
/// findings folded in a details block. Long runs are cut to stay under GitHub's 65 536-character comment limit.
/// </summary>
public sealed class MarkdownSummaryWriter : IReportWriter
{
    public const int MaxFindingsPerDesign = 50;

    public void Write(ReportRun run, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        writer.Write(Render(run));
    }

    public static string Render(ReportRun run)
    {
        var md = new StringBuilder();
        var errors = run.Designs.Sum(d => d.Count(Severity.Error));
        var warnings = run.Designs.Sum(d => d.Count(Severity.Warning));
        var notes = run.Designs.Sum(d => d.Count(Severity.Note));
        var verdict = run.ExitCode switch { 0 => "✅ pass", 1 => "❌ fail", _ => "⚠️ unreadable input" };
        md.Append("## ").Append(run.ToolName).Append(": ").Append(verdict).Append('\n').Append('\n');
        md.Append(Plural(run.Designs.Count, "design")).Append(", ").Append(Plural(errors, "error")).Append(", ")
            .Append(Plural(warnings, "warning")).Append(", ").Append(Plural(notes, "note"))
            .Append(" (fail level: ").Append(SeverityText.Of(run.FailLevel)).Append(")\n\n");

        md.Append("| Result | Design | Variant | Errors | Warnings | Notes | Waived |\n");
        md.Append("|---|---|---|---:|---:|---:|---:|\n");
        foreach (var design in run.Designs)
        {
            var outcome = design.Outcome(run.FailLevel) switch
            {
                DesignVerdict.Pass => "✅ pass",
                DesignVerdict.Fail => "❌ fail",
                _ => "⚠️ unreadable",
            };
            md.Append("| ").Append(outcome)
                .Append(" | ").Append(MarkdownText.Cell(ReportPaths.Relative(run.BaseDirectory, design.File)))
                .Append(" | ").Append(MarkdownText.Cell(design.Variant))
                .Append(" | ").Append(design.Count(Severity.Error))
                .Append(" | ").Append(design.Count(Severity.Warning))
                .Append(" | ").Append(design.Count(Severity.Note))
                .Append(" | ").Append(design.SuppressedCount).Append(" |\n");
        }

        foreach (var design in run.Designs)
        {
            AppendDetails(run, design, md);
        }

        if (run.UnmatchedWaivers.Count > 0)
        {
            md.Append("\n### Waivers that matched nothing\n\n| Rule | Net or part.pin | Reason |\n|---|---|---|\n");
            foreach (var waiver in run.UnmatchedWaivers)
            {
                md.Append("| ").Append(MarkdownText.Cell(waiver.Rule)).Append(" | ").Append(MarkdownText.Cell(waiver.Target))
                    .Append(" | ").Append(MarkdownText.Cell(waiver.Reason)).Append(" |\n");
            }
        }

        return md.ToString();
    }

    private static void AppendDetails(ReportRun run, DesignReport design, StringBuilder md)
    {
        var file = ReportPaths.Relative(run.BaseDirectory, design.File);
        if (design.Error is { } error)
        {
            md.Append("\n**").Append(MarkdownText.Cell(file)).Append("** could not be read: ")
                .Append(MarkdownText.Cell(error.Message)).Append('\n');
            return;
        }

        if (design.Findings.Count == 0)
        {
            return;
        }

        md.Append("\n<details><summary>").Append(MarkdownText.Cell(file)).Append(": ")
            .Append(Plural(design.Findings.Count, "finding")).Append("</summary>\n\n");
        md.Append("| Severity | Rule | Message | Where |\n|---|---|---|---|\n");
        foreach (var finding in design.Findings.Take(MaxFindingsPerDesign))
        {
            var row = FindingRow.From(run, design, finding);
            md.Append("| ").Append(row.SeverityText).Append(finding.IsSuppressed ? " (waived)" : string.Empty)
                .Append(" | ").Append(RuleCell(run, row.Rule))
                .Append(" | ").Append(MarkdownText.Cell(row.Message))
                .Append(finding.IsSuppressed ? "<br>waived: " + MarkdownText.Cell(finding.WaiverReason) : string.Empty)
                .Append(" | ").Append(MarkdownText.Cell(row.Location)).Append(" |\n");
        }

        if (design.Findings.Count > MaxFindingsPerDesign)
        {
            md.Append("\n… and ").Append(design.Findings.Count - MaxFindingsPerDesign)
                .Append(" more; see the full report.\n");
        }

        md.Append("\n</details>\n");
    }

    /// <summary>The rule ID, linked to its page when the run knows where the pages are published.</summary>
    private static string RuleCell(ReportRun run, string ruleId) =>
        run.FindRule(ruleId) is { } rule && HelpLinks.Absolute(run, rule) is { } uri
            ? $"[{MarkdownText.Cell(ruleId)}]({uri.AbsoluteUri})"
            : MarkdownText.Cell(ruleId);

    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";
}
