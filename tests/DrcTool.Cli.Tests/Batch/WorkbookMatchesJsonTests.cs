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

    /// <summary>
    /// Every JSON finding is a row of the Findings sheet (board, rule, severity, message, location), or counted in a
    /// folded row ("N boards") of a note repeated on many boards; errors come first; nothing else is there.
    /// </summary>
    private static void ShouldMatch(List<string[]> rows, JsonElement json)
    {
        var expected = JsonFindings(json);
        expected.Count.ShouldBeGreaterThan(0, "the batch must have findings for the comparison to mean anything");
        rows[0][..5].ShouldBe(["Board", "Severity", "Rule", "Title", "Message"]);
        var data = rows.Skip(1).ToList();
        var uses = new int[data.Count];
        foreach (var e in expected)
        {
            var index = data.FindIndex(row => Matches(row, e) && uses[data.IndexOf(row)] < Capacity(row));
            index.ShouldBeGreaterThanOrEqualTo(0, $"no Findings row for {e.Rule} on {e.Design}: {e.Message}");
            uses[index]++;
        }

        for (var i = 0; i < data.Count; i++)
        {
            uses[i].ShouldBe(Capacity(data[i]), $"row {i + 2} of Findings: {string.Join(" | ", data[i][..5])}");
        }

        // Errors first, then warnings, then notes; waived ones last.
        var order = data.Select(r => r[1] switch
        {
            "error" => 0,
            "warning" => 1,
            "note" => 2,
            _ => 3,
        }).ToList();
        order.ShouldBe(order.Order().ToList());
    }

    private static readonly System.Text.RegularExpressions.Regex Folded = new(@"^(\d+) boards");

    private static int Capacity(string[] row) => Folded.Match(row[0]) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 1;

    private static bool Matches(string[] row, (string Design, string Rule, string Severity, string Message, string File, int Line) e)
    {
        if (row[2] != e.Rule || !row[1].StartsWith(e.Severity, StringComparison.Ordinal) || row[4] != e.Message)
        {
            return false;
        }

        if (Folded.IsMatch(row[0]))
        {
            return true;
        }

        var board = row[0].Split(" #")[0];
        var sameBoard = board == Path.GetFileNameWithoutExtension(e.Design) || e.Design.Replace('\\', '/').EndsWith("/" + board, StringComparison.Ordinal);
        return sameBoard && (e.Line <= 0 || row[8].Contains($"{Path.GetFileName(e.File)}:{e.Line}", StringComparison.Ordinal));
    }

    [Fact]
    public void The_workbook_read_back_with_OpenXml_holds_the_json_findings()
    {
        var (xlsx, json) = CheckBatch();
        using var book = SpreadsheetDocument.Open(xlsx, false);
        var sheets = book.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        sheets.Select(s => s.Name!.Value).ShouldContain("Pins reference-board");
        var findings = (WorksheetPart)book.WorkbookPart.GetPartById(sheets.Single(s => s.Name == "Findings").Id!);
        var rows = findings.Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty).ToArray())
            .ToList();
        ShouldMatch(rows, json);

        var summary = (WorksheetPart)book.WorkbookPart.GetPartById(sheets.Single(s => s.Name == "Summary").Id!);
        summary.Worksheet.Descendants<Row>().Count().ShouldBe(1 + json.GetProperty("designs").GetArrayLength());
        var pins = (WorksheetPart)book.WorkbookPart.GetPartById(sheets.Single(s => s.Name == "Pins reference-board").Id!);
        // Title, header, and the 67 contacts with the ground contacts folded into one row.
        pins.Worksheet.Descendants<Row>().Count().ShouldBeGreaterThanOrEqualTo(2 + 67 - 20);
    }

    [LibreOfficeFact]
    public void LibreOffice_opens_the_workbook_and_its_findings_match_the_json()
    {
        var (xlsx, json) = CheckBatch();
        var csv = LibreOffice.SheetToCsv(xlsx, 4);
        ShouldMatch(CsvRows.Read(csv), json);
        // The Rails sheet opens too, with the reference board's 3V3 rail.
        LibreOffice.SheetToCsv(xlsx, 5).ShouldContain("reference-board");
    }
}
