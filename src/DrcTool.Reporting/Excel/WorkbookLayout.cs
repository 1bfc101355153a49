using DrcTool.Reporting.Model;

namespace DrcTool.Reporting.Excel;

/// <summary>
/// The workbook's sheets and names decided before any is written, so a sheet can link to another: the short board
/// names, each board's pin sheet (boards with no module get none) and the fixed sheets, in print order.
/// </summary>
internal sealed class WorkbookLayout
{
    public const string Overview = "Overview";
    public const string Summary = "Summary";
    public const string Matrix = "Board x rule";
    public const string Findings = "Findings";
    public const string Rails = "Rails";
    public const string Waivers = "Unmatched waivers";

    private readonly Dictionary<DesignReport, string> _pinSheets = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, string> _fixed = new(StringComparer.Ordinal);
    private readonly Dictionary<DesignReport, int> _firstFinding = new(ReferenceEqualityComparer.Instance);

    public WorkbookLayout(ReportRun run)
    {
        Run = run;
        Boards = new BoardNames(run.Designs);
        var names = new SheetNames();
        foreach (var sheet in new[] { Overview, Summary, Matrix, Findings, Rails })
        {
            _fixed[sheet] = names.Unique(sheet);
        }

        foreach (var design in run.Designs.Where(d => d.Error is null && d.PinMap.Count > 0))
        {
            _pinSheets[design] = names.Unique("Pins " + Boards.Of(design));
        }

        _fixed[Waivers] = names.Unique(Waivers);
    }

    public ReportRun Run { get; }

    public BoardNames Boards { get; }

    public string SheetName(string fixedSheet) => _fixed[fixedSheet];

    public string? PinSheet(DesignReport design) => _pinSheets.GetValueOrDefault(design);

    /// <summary>Where a click on the board's name goes: its pin sheet, when it has one.</summary>
    public string? PinSheetAnchor(DesignReport design) => PinSheet(design) is { } name ? Anchor(name, 1) : null;

    /// <summary>The Findings row that holds the board's first (most severe) finding, once the Findings sheet is laid out.</summary>
    public string? FindingsAnchor(DesignReport design) =>
        _firstFinding.TryGetValue(design, out var row) ? Anchor(SheetName(Findings), row) : null;

    public void NoteFirstFinding(DesignReport design, int sheetRow) => _firstFinding.TryAdd(design, sheetRow);

    /// <summary>A hyperlink location: the sheet name quoted as formulas quote it, and a cell.</summary>
    public static string Anchor(string sheet, int row, string column = "A") => $"'{sheet.Replace("'", "''")}'!{column}{row}";
}
