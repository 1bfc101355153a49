using System.Globalization;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DrcTool.TestSupport;

namespace DrcTool.Cli.Tests.Batch;

/// <summary>
/// The workbook from a batch of real boards (the project's sample boards, and ../shared's boards where present) says
/// what the JSON says: read back with OpenXml, and opened in LibreOffice as CI does.
/// </summary>
public sealed class WorkbookMatchesJsonTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("drctool-wb-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (string Xlsx, JsonElement Json) CheckBatch()
    {
        var xlsx = Path.Combine(_dir, "report.xlsx");
        var json = Path.Combine(_dir, "report.json");
        List<string> args = ["check", RepoPaths.SampleBoards, "--report", xlsx, "--report", json];
        if (RepoPaths.SharedAvailable)
        {
            args.Add(RepoPaths.SharedFile("boards"));
        }

        var run = CliRun.Of([.. args]);
        run.ExitCode.ShouldBeOneOf([0, 1], run.Error);
        return (xlsx, JsonDocument.Parse(File.ReadAllText(json)).RootElement.Clone());
    }

    /// <summary>The JSON's findings as (design, rule, severity, message, file, line), in report order.</summary>
    private static List<(string Design, string Rule, string Severity, string Message, string File, int Line)> JsonFindings(JsonElement json) =>
        json.GetProperty("designs").EnumerateArray()
            .SelectMany(d => d.GetProperty("findings").EnumerateArray().Select(f => (
                Path.GetFullPath(d.GetProperty("file").GetString()!),
                f.GetProperty("rule").GetString()!,
                f.GetProperty("severity").GetString()!,
                f.GetProperty("message").GetString()!,
                Path.GetFullPath(f.GetProperty("file").GetString()!),
                f.GetProperty("line").GetInt32())))
            .ToList();

    private static void ShouldMatch(List<string[]> rows, JsonElement json)
    {
        var expected = JsonFindings(json);
        expected.Count.ShouldBeGreaterThan(0, "the batch must have findings for the comparison to mean anything");
        rows[0][..5].ShouldBe(["Design", "Rule", "Title", "Severity", "Message"]);
        rows.Count.ShouldBe(1 + expected.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var row = rows[i + 1];
            var e = expected[i];
            Path.GetFullPath(row[0]).ShouldBe(e.Design);
            row[1].ShouldBe(e.Rule);
            row[3].ShouldStartWith(e.Severity);
            row[4].ShouldBe(e.Message);
            var location = row[9];
            if (e.Line > 0)
            {
                location.ShouldStartWith($"{Path.GetRelativePath(Directory.GetCurrentDirectory(), e.File).Replace('\\', '/')}:{e.Line}");
            }
        }
    }

    [Fact]
    public void The_workbook_read_back_with_OpenXml_holds_the_json_findings()
    {
        var (xlsx, json) = CheckBatch();
        using var book = SpreadsheetDocument.Open(xlsx, false);
        var sheets = book.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        sheets.Select(s => s.Name!.Value).ShouldContain("Pins reference-board.kicad_sch");
        var findings = (WorksheetPart)book.WorkbookPart.GetPartById(sheets.Single(s => s.Name == "Findings").Id!);
        var rows = findings.Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty).ToArray())
            .ToList();
        ShouldMatch(rows, json);

        var summary = (WorksheetPart)book.WorkbookPart.GetPartById(sheets.Single(s => s.Name == "Summary").Id!);
        summary.Worksheet.Descendants<Row>().Count().ShouldBe(1 + json.GetProperty("designs").GetArrayLength());
        var pins = (WorksheetPart)book.WorkbookPart.GetPartById(sheets.Single(s => s.Name == "Pins reference-board.kicad_sch").Id!);
        pins.Worksheet.Descendants<Row>().Count().ShouldBeGreaterThanOrEqualTo(1 + 67);
    }

    [LibreOfficeFact]
    public void LibreOffice_opens_the_workbook_and_its_findings_match_the_json()
    {
        var (xlsx, json) = CheckBatch();
        var csv = LibreOffice.SheetToCsv(xlsx, 2);
        ShouldMatch(CsvRows.Read(csv), json);
        // The Rails sheet opens too, with the reference board's 3V3 rail.
        LibreOffice.SheetToCsv(xlsx, 3).ShouldContain("reference-board.kicad_sch");
    }
}
