using DocumentFormat.OpenXml.Spreadsheet;
using DrcTool.Reporting.Excel;
using DrcTool.Reporting.Tests.Csv;
using DrcTool.Reporting.Tests.Support;

namespace DrcTool.Reporting.Tests.Excel;

public class WorkbookWriterTests
{
    private static byte[] Workbook(string? hostile = null) => CsvWriterTests.Bytes(new WorkbookWriter(), SampleRuns.Mixed(hostile));

    [Fact]
    public void Workbook_reads_back_with_summary_findings_rails_and_a_pin_map_per_readable_design()
    {
        using var book = new WorkbookReader(Workbook());
        book.SheetNames.ShouldBe(["Summary", "Findings", "Rails", "Pins alpha.sch", "Pins gamma.brd", "Unmatched waivers"]);

        var summary = book.Rows("Summary");
        summary[0].ShouldBe(["Design", "Format", "SoM variant", "Socket", "Errors", "Warnings", "Notes", "Waived", "Result", "Problem"]);
        summary[1].Take(9).ShouldBe(["boards/alpha/alpha.sch", "EagleSchematic", "B404X", "J1", "1", "1", "1", "0", "FAIL"]);
        summary[2][0].ShouldBe("boards/beta/Beta Board.kicad_pcb");
        summary[2][8].ShouldBe("UNREADABLE");
        summary[2][9].ShouldContain("unbalanced parentheses");
        summary[3].Take(9).ShouldBe(["boards/gamma/gamma.brd", "EagleBoard", "B524", "U1", "0", "0", "0", "1", "PASS"]);

        var findings = book.Rows("Findings");
        findings.Count.ShouldBe(1 + 4);
        findings[1].Take(5).ShouldBe(["boards/alpha/alpha.sch", "DRC010", "No 5 V on a SoM signal pin", "error",
            SampleRuns.FiveVolt("x", 1, SampleRuns.HostileNames[0]).Message]);
        findings[1][9].ShouldBe("boards/alpha/alpha.sch:42:5");
        findings[4][3].ShouldBe("warning (waived)");
        findings[4][12].ShouldBe("RST pulled up on the SoM carrier, see ECO-12");

        var pins = book.Rows("Pins alpha.sch");
        pins.Count.ShouldBe(1 + 67);
        pins.Single(r => r[0] == "10").ShouldBe(["10", "3V3", "+3V3", "+3V3", "3.3", "R1.2, U2.4", "ok", ""]);

        var rails = book.Rows("Rails");
        rails[1].ShouldBe(["boards/alpha/alpha.sch", "+3V3", "3.3", "net name '+3V3'", "yes", "U3 TPS22918 load switch"]);
    }

    [Fact]
    public void Every_sheet_has_a_frozen_filtered_header_and_column_widths()
    {
        using var book = new WorkbookReader(Workbook());
        foreach (var name in book.SheetNames)
        {
            var sheet = book.Sheet(name);
            var pane = sheet.Descendants<Pane>().Single();
            pane.State!.Value.ShouldBe(PaneStateValues.Frozen);
            pane.VerticalSplit!.Value.ShouldBe(1);
            pane.TopLeftCell!.Value.ShouldBe("A2");
            sheet.Descendants<AutoFilter>().Single().Reference!.Value!.ShouldStartWith("A1:");
            sheet.Descendants<Column>().ShouldNotBeEmpty();
            sheet.Descendants<Column>().ShouldAllBe(c => c.Width! >= 6 && c.Width! <= 80);
        }

        book.Workbook.Workbook.DefinedNames!.Elements<DefinedName>().Count(d => d.Name == "_xlnm._FilterDatabase")
            .ShouldBe(book.SheetNames.Count);
    }

    [Fact]
    public void Severity_and_status_cells_are_coloured()
    {
        using var book = new WorkbookReader(Workbook());
        var findingRows = book.Sheet("Findings").Descendants<Row>().Skip(1).ToList();
        book.FillColour(findingRows[0].Elements<Cell>().ElementAt(3)).ShouldBe("FFFFC7CE"); // error
        book.FillColour(findingRows[1].Elements<Cell>().ElementAt(3)).ShouldBe("FFFFEB9C"); // warning
        book.FillColour(findingRows[2].Elements<Cell>().ElementAt(3)).ShouldBe("FFDDEBF7"); // note
        book.FillColour(findingRows[3].Elements<Cell>().ElementAt(3)).ShouldBe("FFEDEDED"); // waived

        var pinRows = book.Sheet("Pins alpha.sch").Descendants<Row>().Skip(1).ToList();
        var rst = pinRows.Single(r => WorkbookReader.Text(r.Elements<Cell>().First()) == "34");
        book.FillColour(rst.Elements<Cell>().ElementAt(6)).ShouldBe("FFFFEB9C");
        var unconnected = pinRows.Single(r => WorkbookReader.Text(r.Elements<Cell>().First()) == "1");
        book.FillColour(unconnected.Elements<Cell>().ElementAt(6)).ShouldBe("FFF2F2F2");
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Design_text_is_never_a_formula(string hostile)
    {
        using var book = new WorkbookReader(Workbook(hostile));
        foreach (var name in book.SheetNames)
        {
            var sheet = book.Sheet(name);
            sheet.Descendants<CellFormula>().ShouldBeEmpty();
            foreach (var cell in sheet.Descendants<Cell>())
            {
                cell.DataType!.Value.ShouldBeOneOf(CellValues.InlineString, CellValues.Number);
                var text = WorkbookReader.Text(cell);
                if (SpreadsheetFormula.WouldRun(text))
                {
                    // Text that looks like a formula also gets the quote prefix, so it stays text when edited.
                    book.Format(cell).QuotePrefix!.Value.ShouldBeTrue($"{name}!{cell.CellReference}: {text}");
                }
            }
        }

        book.Rows("Pins alpha.sch").Single(r => r[0] == "36")[2].ShouldBe(hostile);
    }

    public static TheoryData<string> Hostile() => new(SampleRuns.HostileNames);

    [Fact]
    public void Same_run_gives_a_byte_identical_workbook()
    {
        var first = Workbook();
        Thread.Sleep(2100); // zip timestamps have 2-second resolution
        var second = Workbook();
        using (var a = new System.IO.Compression.ZipArchive(new MemoryStream(first)))
        using (var b = new System.IO.Compression.ZipArchive(new MemoryStream(second)))
        {
            a.Entries.Select(e => e.FullName).ShouldBe(b.Entries.Select(e => e.FullName));
            foreach (var entry in a.Entries)
            {
                using var x = new StreamReader(entry.Open());
                using var y = new StreamReader(b.GetEntry(entry.FullName)!.Open());
                y.ReadToEnd().ShouldBe(x.ReadToEnd(), entry.FullName);
            }
        }

        (second.AsSpan().SequenceEqual(first)).ShouldBeTrue("same entries, same bytes");
    }

    [Fact]
    public void Control_characters_and_excel_escapes_survive_the_round_trip()
    {
        var run = SampleRuns.Mixed("NET\u0001_x0041_");
        using var book = new WorkbookReader(CsvWriterTests.Bytes(new WorkbookWriter(), run));
        var cell = book.Sheet("Pins alpha.sch").Descendants<Row>().Single(r => WorkbookReader.Text(r.Elements<Cell>().First()) == "36")
            .Elements<Cell>().ElementAt(2);
        // Stored escaped, as Excel expects: it shows "NET\u0001_x0041_" and not "NET\u0001A".
        WorkbookReader.Text(cell).ShouldBe("NET_x0001__x005F_x0041_");
    }

    [Fact]
    public void Help_links_are_real_hyperlinks_when_the_pages_are_published()
    {
        var run = SampleRuns.Mixed() with { HelpBaseUri = new Uri("https://example.org/drctool/") };
        var bytes = CsvWriterTests.Bytes(new WorkbookWriter(), run);
        using var book = new WorkbookReader(bytes);
        var sheet = book.Sheet("Findings");
        var links = sheet.Descendants<Hyperlink>().ToList();
        links.Count.ShouldBe(4);
        links[0].Reference!.Value.ShouldBe("L2");
        var part = sheet.WorksheetPart!;
        part.HyperlinkRelationships.Single(r => r.Id == links[0].Id).Uri.ShouldBe(new Uri("https://example.org/drctool/docs/rules/DRC010.md"));
        sheet.Descendants<CellFormula>().ShouldBeEmpty();
        CsvWriterTests.Bytes(new WorkbookWriter(), run).ShouldBe(bytes);
    }
}
