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

        var findings = Parse(LibreOffice.SheetToCsv(xlsx, 2));
        findings[0].ShouldBe(["Design", "Rule", "Title", "Severity", "Message", "SoM pins", "Contacts", "Nets", "Parts", "Location", "Fix hint", "Help", "Waived because"]);
        var expected = FindingRow.From(run).ToList();
        findings.Count.ShouldBe(1 + expected.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            findings[i + 1][0].ShouldBe(expected[i].Design);
            findings[i + 1][1].ShouldBe(expected[i].Rule);
            findings[i + 1][3].ShouldStartWith(expected[i].SeverityText);
            findings[i + 1][4].ShouldBe(expected[i].Message);
            findings[i + 1][7].ShouldBe(expected[i].Nets);
            findings[i + 1][9].ShouldBe(expected[i].Location);
        }

        // The net named like a formula comes out as its text: had LibreOffice run =HYPERLINK(...), the cell would read "y".
        var pins = Parse(LibreOffice.SheetToCsv(xlsx, 4));
        pins.Single(r => r[0] == "36")[2].ShouldBe(hostile);
        Parse(LibreOffice.SheetToCsv(xlsx, 3)).ShouldContain(r => r[1] == hostile);
    }

    private static List<string[]> Parse(string csvText) => CsvRows.Read(csvText);
}
