using System.Globalization;
using DrcTool.Core.Checks;
using DrcTool.Reporting.Model;
using DrcTool.Reporting.Text;

namespace DrcTool.Reporting.Excel;

/// <summary>
/// The sheet a lead reads first: what was run (date, version, command line, fail level, configuration files), how
/// many boards passed, failed or could not be read, the totals by severity, and each failing board with why it fails.
/// </summary>
internal static class OverviewSheet
{
    public static SheetTable Build(WorkbookLayout layout)
    {
        var run = layout.Run;
        var verdicts = run.Designs.Select(d => d.Outcome(run.FailLevel)).ToList();
        var failed = verdicts.Count(v => v == DesignVerdict.Fail);
        var unreadable = verdicts.Count(v => v == DesignVerdict.Unreadable);
        var table = new SheetTable(layout.SheetName(WorkbookLayout.Overview), ["Item", "Value"], [34, 110])
        {
            Title = Verdict(run.Designs.Count, failed, unreadable),
            PageHeader = "DrcTool check",
            Filtered = false,
        };

        table.Add(XCell.Bold("Date"), run.Timestamp is { } at
            ? at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)
            : "not recorded (--timestamp or SOURCE_DATE_EPOCH adds it; without it the same input gives the same file)");
        table.Add(XCell.Bold("Tool"), $"{run.ToolName} {run.ToolVersion}");
        table.Add(XCell.Bold("Command line"), XCell.Of(run.CommandLine ?? string.Empty, wrap: true));
        table.Add(XCell.Bold("Fails on"), $"{SeverityText.Of(run.FailLevel)} and above");
        table.Add(XCell.Bold("Configuration files"), XCell.Of(
            run.ConfigFiles.Count == 0 ? "none (built-in defaults)" : string.Join("\n", run.ConfigFiles.Select(f => ReportPaths.Relative(run.BaseDirectory, f))),
            wrap: true));
        table.Add(XCell.Bold("Boards"), XCell.Of(
            $"{run.Designs.Count} checked: {run.Designs.Count - failed - unreadable} passed, {failed} failed, {unreadable} unreadable",
            failed + unreadable > 0 ? CellFill.Error : CellFill.Ok));
        table.Add(XCell.Bold("Findings"), Totals(run));

        var problems = run.Designs.Where(d => d.Outcome(run.FailLevel) != DesignVerdict.Pass).ToList();
        if (problems.Count > 0)
        {
            table.Add(XCell.Bold("Failing boards", CellFill.Header), XCell.Bold("Why (see Findings and the board's pin sheet)", CellFill.Header));
            foreach (var design in problems)
            {
                var verdict = design.Outcome(run.FailLevel);
                table.Add(
                    XCell.Jump(layout.Boards.Of(design), layout.PinSheetAnchor(design) ?? layout.FindingsAnchor(design), CellFills.For(verdict)),
                    XCell.Of(Why(run, design), wrap: true));
            }
        }

        return table;
    }

    private static string Verdict(int boards, int failed, int unreadable) =>
        failed + unreadable == 0
            ? $"PASS: all {boards} boards pass"
            : $"FAIL: {failed} of {boards} boards fail" + (unreadable > 0 ? $", {unreadable} could not be read" : string.Empty);

    private static string Totals(ReportRun run)
    {
        int Sum(Severity s) => run.Designs.Sum(d => d.Count(s));
        return $"{Sum(Severity.Error)} errors, {Sum(Severity.Warning)} warnings, {Sum(Severity.Note)} notes, {run.Designs.Sum(d => d.SuppressedCount)} waived";
    }

    /// <summary>The failing findings, one line each (rule, title, the message), or the read error.</summary>
    private static string Why(ReportRun run, DesignReport design)
    {
        if (design.Error is { } error)
        {
            return "not checked: " + error.Message;
        }

        var lines = design.Failing(run.FailLevel)
            .OrderByDescending(f => f.Severity)
            .Select(f => $"{f.RuleId} {run.FindRule(f.RuleId)?.Title}: {f.Message}")
            .ToList();
        return lines.Count <= 4 ? string.Join("\n", lines) : string.Join("\n", lines.Take(3).Append($"and {lines.Count - 3} more"));
    }
}
