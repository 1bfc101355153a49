using DrcTool.Core.Checks;
using DrcTool.Reporting.Model;
using DrcTool.Reporting.Text;

namespace DrcTool.Reporting.Excel;

/// <summary>
/// One row per board: its short name (a link to its pin sheet), the result, counts by severity (the count of findings
/// a link to the first of them), the module, socket and format, the file, and why an unreadable board was not checked.
/// </summary>
internal static class SummarySheet
{
    public static SheetTable Build(WorkbookLayout layout)
    {
        var run = layout.Run;
        var table = new SheetTable(
            layout.SheetName(WorkbookLayout.Summary),
            ["Board", "Result", "Errors", "Warnings", "Notes", "Waived", "Findings", "SoM variant", "Socket", "Format", "File", "Problem"],
            [28, 12, 8, 10, 8, 8, 12, 10, 8, 16, 64, 40])
        {
            PageHeader = $"{run.Designs.Count} boards",
        };
        foreach (var design in run.Designs)
        {
            var outcome = design.Outcome(run.FailLevel);
            var total = design.Findings.Count;
            table.Add(
                XCell.Jump(layout.Boards.Of(design), layout.PinSheetAnchor(design)),
                XCell.Of(OutcomeText(outcome), CellFills.For(outcome)),
                Count(design.Count(Severity.Error), CellFill.Error),
                Count(design.Count(Severity.Warning), CellFill.Warning),
                Count(design.Count(Severity.Note), CellFill.Note),
                Count(design.SuppressedCount, CellFill.Suppressed),
                total == 0 ? XCell.Of(string.Empty) : XCell.Jump(total == 1 ? "1 finding" : $"{total} findings", layout.FindingsAnchor(design)),
                design.Variant ?? string.Empty,
                design.SocketReference ?? (design.Error is null ? "not found" : string.Empty),
                design.Format ?? string.Empty,
                XCell.Of(ReportPaths.Relative(run.BaseDirectory, design.File), wrap: true),
                XCell.Of(design.Error?.Message, wrap: true));
        }

        return table;
    }

    public static string OutcomeText(DesignVerdict outcome) => outcome switch
    {
        DesignVerdict.Pass => "PASS",
        DesignVerdict.Fail => "FAIL",
        _ => "UNREADABLE",
    };

    private static XCell Count(int count, CellFill fill) => XCell.Of(count, count > 0 ? fill : CellFill.None);
}
