using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DrcTool.Reporting.Model;
using DrcTool.Reporting.Output;

namespace DrcTool.Reporting.Excel;

/// <summary>
/// The Excel workbook for hardware leads: an Overview to read first, the Summary (a row per board), the board × rule
/// matrix, the Findings (errors first), the Rails, a pin sheet per board with a module, and unmatched waivers. Every
/// sheet prints landscape, one page wide, with its header rows repeated.
/// </summary>
/// <remarks>
/// Written with explicit relationship IDs and then re-zipped with fixed timestamps (<see cref="DeterministicZip"/>),
/// so the same run gives the same bytes. Design text only ever goes into inline strings; no cell has a formula.
/// </remarks>
public sealed class WorkbookWriter : IReportWriter
{
    public void Write(ReportRun run, Stream output)
    {
        var layout = new WorkbookLayout(run);

        // The Findings sheet is laid out first: the Overview and the Summary link to its rows.
        var findings = FindingsSheet.Build(layout);
        var sheets = new List<SheetTable>
        {
            OverviewSheet.Build(layout),
            SummarySheet.Build(layout),
            MatrixSheet.Build(layout),
            findings,
            RailsSheet.Build(layout),
        };
        foreach (var design in run.Designs.Where(d => layout.PinSheet(d) is not null))
        {
            sheets.Add(PinMapSheet.Build(layout, design));
        }

        if (run.UnmatchedWaivers.Count > 0)
        {
            sheets.Add(WaiversSheet.Build(run));
        }

        WriteTables(sheets, output);
    }

    /// <summary>Writes sheets as a deterministic workbook (also the migration plan's workbook).</summary>
    public static void WriteTables(IReadOnlyList<SheetTable> sheets, Stream output)
    {
        using var package = new MemoryStream();
        WritePackage(sheets, package);
        package.Position = 0;
        DeterministicZip.Rewrite(package, output);
    }

    private static void WritePackage(IReadOnlyList<SheetTable> tables, Stream stream)
    {
        using var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rIdWorkbook");
        var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles");
        var styles = new WorkbookStyles();

        var names = new SheetNames();
        var sheets = new Sheets();
        var definedNames = new List<DefinedName>();
        for (var i = 0; i < tables.Count; i++)
        {
            var table = tables[i];
            var relationshipId = $"rIdSheet{i + 1}";
            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>(relationshipId);
            worksheetPart.Worksheet = WorksheetBuilder.Build(table, worksheetPart, styles);
            worksheetPart.Worksheet.Save();

            var name = names.Unique(table.Name);
            sheets.Append(new Sheet { Name = name, SheetId = (uint)(i + 1), Id = relationshipId });
            var quoted = $"'{name.Replace("'", "''")}'";
            if (table.Filtered)
            {
                // Excel keeps an autofilter's range in this hidden name; without it some versions "repair" the file.
                var range = WorksheetBuilder.FilterRange(table).Split(':');
                definedNames.Add(new DefinedName($"{quoted}!{Absolute(range[0])}:{Absolute(range[1])}")
                {
                    Name = "_xlnm._FilterDatabase",
                    LocalSheetId = (uint)i,
                    Hidden = true,
                });
            }

            definedNames.Add(PrintLayout.PrintTitles(quoted, (uint)i, table.HeaderRow));
        }

        stylesPart.Stylesheet = styles.Build();
        stylesPart.Stylesheet.Save();

        workbookPart.Workbook = new Workbook(
            new BookViews(new WorkbookView { ActiveTab = 0 }),
            sheets,
            new DefinedNames(definedNames),
            new CalculationProperties { CalculationId = 0, FullCalculationOnLoad = false });
        workbookPart.Workbook.Save();
    }

    private static string Absolute(string cell)
    {
        var split = 0;
        while (split < cell.Length && char.IsAsciiLetter(cell[split]))
        {
            split++;
        }

        return $"${cell[..split]}${cell[split..]}";
    }
}
