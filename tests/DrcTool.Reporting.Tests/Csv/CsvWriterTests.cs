using System.Globalization;
using System.Text;
using DrcTool.Reporting.Csv;
using DrcTool.Reporting.Model;
using DrcTool.Reporting.Output;
using DrcTool.Reporting.Tests.Support;
using DrcTool.TestSupport;


namespace DrcTool.Reporting.Tests.Csv;

public class CsvWriterTests
{
    [Fact]
    public void Findings_csv_has_one_row_per_finding_with_relative_paths()
    {
        var rows = ReadBack(new FindingsCsvWriter(), SampleRuns.Mixed());

        rows[0].ShouldBe(FindingRow.Headers);
        rows.Count.ShouldBe(1 + 4);
        var fiveVolt = rows[1];
        fiveVolt[0].ShouldBe("boards/alpha/alpha.sch");
        fiveVolt[1].ShouldBe("DRC010");
        fiveVolt[3].ShouldBe("error");
        fiveVolt[9].ShouldBe("boards/alpha/alpha.sch");
        fiveVolt[10].ShouldBe("42");
        fiveVolt[12].ShouldBe("Pull up to the SoM's 3V3 instead, or add a level shifter.");
        var waived = rows[4];
        waived[0].ShouldBe("boards/gamma/gamma.brd");
        waived[14].ShouldBe("RST pulled up on the SoM carrier, see ECO-12");
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void No_cell_starts_a_formula(string hostile)
    {
        var run = SampleRuns.Mixed(hostile);
        foreach (var writer in new IReportWriter[] { new FindingsCsvWriter(), new PinMapCsvWriter() })
        {
            var cells = ReadBack(writer, run).SelectMany(r => r).ToList();
            cells.ShouldContain(c => c.Contains(hostile.Trim()), "the hostile name is still reported");
            foreach (var cell in cells)
            {
                SpreadsheetFormula.WouldRun(cell).ShouldBeFalse($"cell {cell} would run as a formula");
            }

            if (writer is PinMapCsvWriter)
            {
                cells.ShouldContain("'" + hostile, "the net cell keeps the whole name, behind one quote");
            }
        }
    }

    public static TheoryData<string> Hostile() => new(SampleRuns.HostileNames);

    [Fact]
    public void Rail_names_stay_as_they_are()
    {
        var cells = ReadBack(new PinMapCsvWriter(), SampleRuns.Mixed()).SelectMany(r => r).ToList();
        cells.ShouldContain("+3V3");
        cells.ShouldNotContain("'+3V3");
    }

    [Fact]
    public void Pin_map_csv_lists_every_contact_of_every_readable_design()
    {
        var rows = ReadBack(new PinMapCsvWriter(), SampleRuns.Mixed());
        rows.Count.ShouldBe(1 + 67 + 67);
        var rst = rows.Single(r => r[0] == "boards/alpha/alpha.sch" && r[1] == "34");
        rst[2].ShouldBe("RST");
        rst[3].ShouldBe("/RESET");
        rst[7].ShouldBe("warning");
        rows.Single(r => r[0] == "boards/alpha/alpha.sch" && r[1] == "10")[5].ShouldBe("3.3");
    }

    [Fact]
    public void Same_run_gives_byte_identical_csv()
    {
        foreach (var writer in new IReportWriter[] { new FindingsCsvWriter(), new PinMapCsvWriter() })
        {
            Bytes(writer, SampleRuns.Mixed()).ShouldBe(Bytes(writer, SampleRuns.Mixed()));
        }
    }

    internal static byte[] Bytes(IReportWriter writer, ReportRun run)
    {
        using var stream = new MemoryStream();
        writer.Write(run, stream);
        return stream.ToArray();
    }

    internal static List<string[]> ReadBack(IReportWriter writer, ReportRun run)
    {
        var bytes = Bytes(writer, run);
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF }, "UTF-8 with a BOM, so Excel reads µ and Ω");
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8);
        return CsvRows.Read(reader);
    }
}
