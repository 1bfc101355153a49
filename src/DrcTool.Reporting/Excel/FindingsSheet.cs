using DrcTool.Core.Checks;
using DrcTool.Reporting.Model;
using DrcTool.Reporting.Text;

namespace DrcTool.Reporting.Excel;

/// <summary>
/// Every finding, errors first, then warnings, notes and waived findings; within a severity in board order. A note
/// that says the same thing on several boards is one row naming how many (the matrix shows which): a batch of
/// similar boards otherwise buries its errors under pages of the same two notes.
/// </summary>
internal static class FindingsSheet
{
    /// <summary>A note on at least this many boards becomes one row.</summary>
    public const int FoldNotesFrom = 3;

    public static SheetTable Build(WorkbookLayout layout)
    {
        var run = layout.Run;
        var table = new SheetTable(
            layout.SheetName(WorkbookLayout.Findings),
            ["Board", "Severity", "Rule", "Title", "Message", "Pins", "Nets", "Parts", "Location", "Fix hint", "Waived because"],
            [24, 9, 8, 22, 52, 16, 16, 16, 24, 38, 18])
        {
            PageHeader = $"Findings of {Plural(run.Designs.Count, "board")}",
        };

        var entries = run.Designs
            .SelectMany((design, order) => design.Findings.Select(finding => (Design: design, Order: order, Finding: finding)))
            .OrderBy(e => e.Finding.IsSuppressed)
            .ThenByDescending(e => e.Finding.Severity)
            .ThenBy(e => e.Order)
            .ToList();
        var folded = FoldedNotes(entries.Where(e => !e.Finding.IsSuppressed && e.Finding.Severity == Severity.Note));
        var written = new HashSet<(string, string)>();

        foreach (var (design, _, finding) in entries)
        {
            var key = (finding.RuleId, finding.Message);
            var fold = !finding.IsSuppressed && finding.Severity == Severity.Note && folded.TryGetValue(key, out var boards) ? boards : null;
            if (fold is not null && !written.Add(key))
            {
                continue;
            }

            var sheetRow = table.SheetRow(table.Rows.Count);
            foreach (var board in fold ?? [design])
            {
                layout.NoteFirstFinding(board, sheetRow);
            }

            table.Add(Row(layout, design, finding, fold));
        }

        return table;
    }

    private static XCell[] Row(WorkbookLayout layout, DesignReport design, Finding finding, IReadOnlyList<DesignReport>? fold)
    {
        var run = layout.Run;
        var row = FindingRow.From(run, design, finding);
        var fill = CellFills.For(finding.Severity, finding.IsSuppressed);
        var rule = run.FindRule(row.Rule);
        var board = fold is null
            ? XCell.Jump(layout.Boards.Of(design), layout.PinSheetAnchor(design))
            : XCell.Jump($"{fold.Count} boards (see {WorkbookLayout.Matrix})", WorkbookLayout.Anchor(layout.SheetName(WorkbookLayout.Matrix), 1));
        return
        [
            board,
            XCell.Of(finding.IsSuppressed ? row.SeverityText + " (waived)" : row.SeverityText, fill),
            XCell.Linked(row.Rule, rule is null ? null : HelpLinks.Absolute(run, rule)),
            XCell.Of(row.Title, wrap: true),
            XCell.Of(row.Message, wrap: true),
            XCell.Of(Pins(finding), wrap: true),
            XCell.Of(row.Nets, wrap: true),
            XCell.Of(row.Parts, wrap: true),
            XCell.Of(fold is null ? ShortLocation(run, design, row) : string.Empty, wrap: true),
            XCell.Of(row.FixHint, wrap: true),
            XCell.Of(row.WaiverReason, wrap: true),
        ];
    }

    /// <summary>Notes with the same rule and message on enough boards to fold, with the boards in run order.</summary>
    private static Dictionary<(string, string), IReadOnlyList<DesignReport>> FoldedNotes(
        IEnumerable<(DesignReport Design, int Order, Finding Finding)> notes) =>
        notes
            .GroupBy(e => (e.Finding.RuleId, e.Finding.Message))
            .Select(g => (g.Key, Boards: (IReadOnlyList<DesignReport>)g.Select(e => e.Design).Distinct(ReferenceEqualityComparer.Instance).Cast<DesignReport>().ToList()))
            .Where(g => g.Boards.Count >= FoldNotesFrom)
            .ToDictionary(g => g.Key, g => g.Boards);

    /// <summary>SoM pins with their contacts, e.g. "D7 (36)".</summary>
    private static string Pins(Finding finding) =>
        finding.SomPins.Count == finding.Contacts.Count
            ? string.Join("; ", finding.SomPins.Zip(finding.Contacts, (pin, contact) => $"{pin} ({contact})"))
            : string.Join("; ", finding.SomPins.Concat(finding.Contacts.Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    /// <summary>The location without the board's folder when it is in the board's own file (the Board column says which).</summary>
    private static string ShortLocation(ReportRun run, DesignReport design, FindingRow row) =>
        row.File == ReportPaths.Relative(run.BaseDirectory, design.File)
            ? ReportPaths.FileLine(Path.GetFileName(row.File), row.Line, row.Column)
            : row.Location;

    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";
}
