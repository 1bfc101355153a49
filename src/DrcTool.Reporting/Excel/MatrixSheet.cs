using DrcTool.Core.Checks;
using DrcTool.Reporting.Model;

namespace DrcTool.Reporting.Excel;

/// <summary>
/// The board × rule matrix: a row per board, a column per rule that found something in the run, and in each cell
/// the number of findings, coloured by their worst severity (grey when all are waived). Which boards fail on what,
/// at a glance.
/// </summary>
internal static class MatrixSheet
{
    /// <summary>Rotated headers are cut to this many characters, so the header row stays a third of a page.</summary>
    private const int HeaderLength = 40;

    public static SheetTable Build(WorkbookLayout layout)
    {
        var run = layout.Run;
        var rules = run.Designs.SelectMany(d => d.Findings).Select(f => f.RuleId).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).ToList();
        var headers = new List<string> { "Board", "Result" };
        headers.AddRange(rules.Select(id => Header(id, run.FindRule(id)?.Title)));
        var widths = new List<double> { 28, 12 };
        widths.AddRange(rules.Select(_ => 4.5));

        var table = new SheetTable(layout.SheetName(WorkbookLayout.Matrix), headers, widths)
        {
            PageHeader = "Findings per board and rule",
            RotatedHeaders = true,
        };
        foreach (var design in run.Designs)
        {
            var outcome = design.Outcome(run.FailLevel);
            var cells = new List<XCell>
            {
                XCell.Jump(layout.Boards.Of(design), layout.PinSheetAnchor(design)),
                XCell.Of(SummarySheet.OutcomeText(outcome), CellFills.For(outcome)),
            };
            foreach (var rule in rules)
            {
                cells.Add(Cell(design.Findings.Where(f => f.RuleId == rule).ToList()));
            }

            table.Add([.. cells]);
        }

        return table;
    }

    private static XCell Cell(IReadOnlyList<Finding> findings)
    {
        var active = findings.Where(f => !f.IsSuppressed).ToList();
        if (active.Count > 0)
        {
            return XCell.Of(active.Count, CellFills.For(active.Max(f => f.Severity), suppressed: false));
        }

        return findings.Count > 0 ? XCell.Of(0, CellFill.Suppressed) : XCell.Of(string.Empty);
    }

    private static string Header(string id, string? title)
    {
        var text = string.IsNullOrEmpty(title) ? id : $"{id} {title}";
        return text.Length <= HeaderLength ? text : text[..(HeaderLength - 1)].TrimEnd() + "…";
    }
}
