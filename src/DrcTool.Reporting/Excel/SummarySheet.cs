using DrcTool.Core.Checks;
using DrcTool.Reporting.Model;
using DrcTool.Reporting.Text;

namespace DrcTool.Reporting.Excel;

/// <summary>One row per design: file, format, SoM variant, socket, counts by severity, and pass/fail.</summary>
internal static class SummarySheet
{
    public static SheetTable Build(ReportRun run)
    {
        var table = new SheetTable(
            "Summary",
            ["Design", "Format", "SoM variant", "Socket", "Errors", "Warnings", "Notes", "Waived", "Result", "Problem"],
            [60, 18, 12, 10, 10, 10, 10, 10, 12, 80]);
        foreach (var design in run.Designs)
        {
            var outcome = design.Outcome(run.FailLevel);
            table.Add(
                ReportPaths.Relative(run.BaseDirectory, design.File),
                design.Format ?? string.Empty,
                design.Variant ?? string.Empty,
                design.SocketReference ?? (design.Error is null ? "not found" : string.Empty),
                XCell.Of(design.Count(Severity.Error), design.Count(Severity.Error) > 0 ? CellFill.Error : CellFill.None),
                XCell.Of(design.Count(Severity.Warning), design.Count(Severity.Warning) > 0 ? CellFill.Warning : CellFill.None),
                XCell.Of(design.Count(Severity.Note), design.Count(Severity.Note) > 0 ? CellFill.Note : CellFill.None),
                XCell.Of(design.SuppressedCount, design.SuppressedCount > 0 ? CellFill.Suppressed : CellFill.None),
                XCell.Of(OutcomeText(outcome), CellFills.For(outcome)),
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
}
