using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DrcTool.Reporting.Model;
using DrcTool.Reporting.Output;

namespace DrcTool.Reporting.Excel;

/// <summary>
/// The Excel workbook for hardware leads: Summary, Findings, Rails, one pin-map sheet per design, and unmatched waivers.
/// </summary>
/// <remarks>
/// Written with explicit relationship IDs and then re-zipped with fixed timestamps (<see cref="DeterministicZip"/>),
/// so the same run gives the same bytes. Design text only ever goes into inline strings; no cell has a formula.
/// </remarks>
public sealed class WorkbookWriter : IReportWriter
{
    public void Write(ReportRun run, Stream output)
    {
        var sheets = new List<SheetTable> { SummarySheet.Build(run), FindingsSheet.Build(run), RailsSheet.Build(run) };
        foreach (var design in run.Designs.Where(d => d.Error is null))
        {
            sheets.Add(PinMapSheet.Build(run, design));
        }

        if (run.UnmatchedWaivers.Count > 0)
        {
            sheets.Add(WaiversSheet.Build(run));
        }

        using var package = new MemoryStream();
        WritePackage(sheets, package);
        package.Position = 0;
        DeterministicZip.Rewrite(package, output);
    }

    private static void WritePackage(IReadOnlyList<SheetTable> tables, Stream stream)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rIdWorkbook");
        var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles");
        stylesPart.Stylesheet = WorkbookStyles.Build();
        stylesPart.Stylesheet.Save();

        var names = new SheetNames();
        var sheets = new Sheets();
        var definedNames = new DefinedNames();
        for (var i = 0; i < tables.Count; i++)
        {
            var table = tables[i];
            var relationshipId = $"rIdSheet{i + 1}";
            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>(relationshipId);
            worksheetPart.Worksheet = WorksheetBuilder.Build(table, worksheetPart);
            worksheetPart.Worksheet.Save();

            var name = names.Unique(table.Name);
            sheets.Append(new Sheet { Name = name, SheetId = (uint)(i + 1), Id = relationshipId });

            // Excel keeps an autofilter's range in this hidden name; without it some versions "repair" the file.
            var range = WorksheetBuilder.FilterRange(table.Headers.Count, table.Rows.Count + 1).Split(':');
            definedNames.Append(new DefinedName($"'{name.Replace("'", "''")}'!{Absolute(range[0])}:{Absolute(range[1])}")
            {
                Name = "_xlnm._FilterDatabase",
                LocalSheetId = (uint)i,
                Hidden = true,
            });
        }

        workbookPart.Workbook = new Workbook(
            new BookViews(new WorkbookView { ActiveTab = 0 }),
            sheets,
            definedNames,
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
