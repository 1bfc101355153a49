using System.Text;
using DrcTool.Reporting.Output;
using DrcTool.TestSupport;

namespace DrcTool.Cli.Tests.Goldens;

/// <summary>
/// One golden per output format for the reference board, beside it in sample-boards/reference-board/:
/// reference-board.net.approved.txt is the terminal text, reference-board.net.approved.json the JSON report, and so on
/// (the workbook as the text of its cells). On a mismatch the output is written beside it as *.received.* to read and
/// accept (docs/golden-files.md). Each approved file was checked by hand against the board.
/// </summary>
public class ReferenceBoardGoldenTests
{
    /// <summary>Format, and the approved file's name after "reference-board.net".</summary>
    public static TheoryData<string, string> Formats() => new()
    {
        { "text", ".approved.txt" },
        { "reference-board.json", ".approved.json" },
        { "reference-board.csv", ".approved.csv" },
        { "reference-board.pins.csv", ".pins.approved.csv" },
        { "reference-board.sarif", ".approved.sarif" },
        { "reference-board.xml", ".junit.approved.xml" },
        { "reference-board.md", ".approved.md" },
        { "reference-board.html", ".approved.html" },
        { "reference-board.xlsx", ".xlsx.approved.txt" },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Output_matches_its_approved_file(string output, string approvedSuffix)
    {
        var received = output switch
        {
            "text" => ReferenceBoardRun.Text,
            "reference-board.sarif" => ReferenceBoardRun.MaskRulePages(ReferenceBoardRun.Mask(Utf8(ReferenceBoardRun.Report(output)))),
            "reference-board.html" => ReferenceBoardRun.MaskStylesheet(ReferenceBoardRun.Mask(Utf8(ReferenceBoardRun.Report(output)))),
            "reference-board.xlsx" => ReferenceBoardRun.Mask(WorkbookCells.Text(ReferenceBoardRun.Report(output))),
            _ => ReferenceBoardRun.Mask(Utf8(ReferenceBoardRun.Report(output))),
        };

        Approval.Verify(received, Path.Combine(ReferenceBoardRun.Folder, ReferenceBoardRun.Board + approvedSuffix));
    }

    /// <summary>The bytes as text, a byte-order mark kept as the character it is (the CSV report starts with one).</summary>
    private static string Utf8(byte[] bytes) => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(bytes);

    [Fact]
    public void Every_report_format_has_a_golden()
    {
        var covered = ReferenceBoardRun.ReportNames.Select(ReportFormats.FromPath).ToHashSet();
        foreach (var format in Enum.GetValues<ReportFormat>())
        {
            covered.ShouldContain(format, $"the {format} report has no golden: add it to ReferenceBoardRun.ReportNames and Formats()");
        }

        Formats().Select(row => (string)row[0]).Where(o => o != "text").ShouldBe(ReferenceBoardRun.ReportNames, ignoreOrder: true);
    }
}
