using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DrcTool.TestSupport;
using Xunit.Abstractions;

namespace DrcTool.Cli.Tests.Batch;

/// <summary>
/// The workbook of the sample batch (every board in sample-boards/ checked at once) printed to PDF by LibreOffice, as
/// a lead would print it: no sheet runs over two pages. Pages are told apart by the page header, which starts with
/// the sheet's name. The pages are left as PNG in TestResults/workbook for a person to look at.
/// </summary>
public sealed class WorkbookPrintTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("drctool-print-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [PrintFact]
    public void Every_sheet_of_the_sample_batch_prints_on_at_most_two_pages()
    {
        var xlsx = Path.Combine(_dir, "sample-batch.xlsx");
        var run = CliRun.Of("check", RepoPaths.SampleBoards, "--report", xlsx);
        run.ExitCode.ShouldBe(1, run.Error);

        var sheets = SheetNames(xlsx);
        sheets.Count.ShouldBeGreaterThan(30, "a sheet per board with a module, and the run's sheets");
        var pdf = Path.Combine(TestOutput.Folder("workbook"), "sample-batch.pdf");
        LibreOffice.ToPdf(xlsx, pdf);
        var pages = Poppler.PageTexts(pdf);
        var images = Poppler.ToPngs(pdf, TestOutput.Folder("workbook"), "page");
        output.WriteLine($"{pages.Count} pages for {sheets.Count} sheets; images in {Path.GetDirectoryName(images[0])}");

        var perSheet = pages.Select(page => SheetOf(page, sheets)).GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        foreach (var (sheet, count) in perSheet.OrderByDescending(p => p.Value))
        {
            output.WriteLine($"{count,3}  {sheet}");
        }

        perSheet.Keys.ShouldBe(sheets, ignoreOrder: true, "every sheet prints, and every page's header names its sheet");
        // The batch-wide Findings list holds a row per finding (notes repeated on many boards folded into one) and grows
        // with every sample board a new rule brings: it may take a page per 20 of its rows. Every other sheet: two pages.
        var findingRows = SheetRowCount(xlsx, "Findings");
        output.WriteLine($"Findings: {findingRows} rows");
        perSheet.Where(p => p.Value > (p.Key == "Findings" ? Math.Max(2, (findingRows + 19) / 20) : 2)).ShouldBeEmpty();
        images.Count.ShouldBe(pages.Count);
    }

    [Fact]
    public void Every_sheet_prints_landscape_one_page_wide_with_its_header_rows_repeated()
    {
        var xlsx = Path.Combine(_dir, "sample-batch.xlsx");
        CliRun.Of("check", RepoPaths.SampleBoards, "--report", xlsx).ExitCode.ShouldBe(1);
        using var book = SpreadsheetDocument.Open(xlsx, false);
        var workbook = book.WorkbookPart!;
        var titles = workbook.Workbook.DefinedNames!.Elements<DefinedName>().Where(d => d.Name == "_xlnm.Print_Titles").ToList();
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        titles.Select(t => t.LocalSheetId!.Value).ShouldBe(Enumerable.Range(0, sheets.Count).Select(i => (uint)i));
        foreach (var sheet in sheets)
        {
            var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
            var setup = worksheet.GetFirstChild<PageSetup>()!;
            setup.Orientation!.Value.ShouldBe(OrientationValues.Landscape, sheet.Name);
            setup.FitToWidth!.Value.ShouldBe(1u);
            setup.FitToHeight!.Value.ShouldBe(0u);
            worksheet.GetFirstChild<SheetProperties>()!.PageSetupProperties!.FitToPage!.Value.ShouldBeTrue();
            worksheet.GetFirstChild<HeaderFooter>()!.OddHeader!.Text.ShouldStartWith("&L&A");
        }

        // A pin sheet: the title row names the design, its page header names the board, ground is one row.
        var pins = sheets.Single(s => s.Name == "Pins reference-board");
        var pinSheet = ((WorksheetPart)workbook.GetPartById(pins.Id!)).Worksheet;
        var rows = pinSheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(Text).ToList()).ToList();
        rows[0][0].ShouldStartWith("reference-board: ");
        rows[0][0].ShouldContain("sample-boards/reference-board/reference-board.kicad_sch (B404X, socket J1");
        rows[1].ShouldBe(["Contact", "SoM pin", "Pad", "Symbol pin", "Net", "Rail", "Volts", "Parts on the net", "Status", "Rules"]);
        rows.Count(r => r.Count > 1 && r[1].StartsWith("GND", StringComparison.Ordinal)).ShouldBe(1);
        pinSheet.GetFirstChild<HeaderFooter>()!.OddHeader!.Text.ShouldContain("reference-board");

        // The board with no module has no pin sheet.
        sheets.ShouldNotContain(s => s.Name!.Value!.Contains("DRC001", StringComparison.Ordinal));
    }

    private static string Text(Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? string.Empty;

    private static int SheetRowCount(string xlsx, string sheetName)
    {
        using var book = SpreadsheetDocument.Open(xlsx, false);
        var sheet = book.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        return ((WorksheetPart)book.WorkbookPart.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().Count();
    }

    private static List<string> SheetNames(string xlsx)
    {
        using var book = SpreadsheetDocument.Open(xlsx, false);
        return book.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
    }

    /// <summary>The sheet a printed page belongs to: its header line starts with the sheet name (the longest that fits, as one name can start another).</summary>
    private static string SheetOf(string page, IReadOnlyList<string> sheets)
    {
        var header = page.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? string.Empty;
        return sheets.Where(s => header.StartsWith(s + " ", StringComparison.Ordinal) || header == s)
            .OrderByDescending(s => s.Length)
            .FirstOrDefault() ?? $"(page without a sheet header: {header})";
    }
}
