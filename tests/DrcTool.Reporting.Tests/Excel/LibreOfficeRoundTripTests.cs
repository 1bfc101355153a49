using System.Globalization;
using DrcTool.Reporting.Excel;
using DrcTool.Reporting.Model;
using DrcTool.Reporting.Tests.Csv;
using DrcTool.Reporting.Tests.Support;
using DrcTool.TestSupport;

namespace DrcTool.Reporting.Tests.Excel;

/// <summary>Opens the workbook in LibreOffice, as CI does, and checks what a spreadsheet shows.</summary>
public sealed class LibreOfficeRoundTripTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("drctool-lo-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [LibreOfficeFact]
    public void LibreOffice_shows_the_findings_the_model_holds_and_runs_no_formula()
    {
        var hostile = SampleRuns.HostileNames[0];
        var run = SampleRuns.Mixed(hostile);
        var xlsx = Path.Combine(_folder, "report.xlsx");
        File.WriteAllBytes(xlsx, CsvWriterTests.Bytes(new WorkbookWriter(), run));

        var findings = Parse(LibreOffice.SheetToCsv(xlsx, 4));
        findings[0].ShouldBe(["Board", "Severity", "Rule", "Title", "Message", "Pins", "Nets", "Parts", "Location", "Fix hint", "Waived because"]);
        // The sample run's findings happen to be in severity order already (error, warning, note, waived).
        var expected = FindingRow.From(run).ToList();
        findings.Count.ShouldBe(1 + expected.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            findings[i + 1][0].ShouldBe(Path.GetFileNameWithoutExtension(expected[i].Design));
            findings[i + 1][1].ShouldStartWith(expected[i].SeverityText);
            findings[i + 1][2].ShouldBe(expected[i].Rule);
            findings[i + 1][4].ShouldBe(expected[i].Message);
            findings[i + 1][6].ShouldBe(expected[i].Nets);
            findings[i + 1][8].ShouldBe(Path.GetFileName(expected[i].Location));
        }

        // The net named like a formula comes out as its text: had LibreOffice run =HYPERLINK(...), the cell would read "y".
        var pins = Parse(LibreOffice.SheetToCsv(xlsx, 6));
        pins.Single(r => r[0] == "36")[4].ShouldBe(hostile);
        Parse(LibreOffice.SheetToCsv(xlsx, 5)).ShouldContain(r => r[1].Contains(hostile));
    }

    private static List<string[]> Parse(string csvText) => CsvRows.Read(csvText);
}
