using DocumentFormat.OpenXml.Spreadsheet;
using DrcTool.Reporting.Excel;
using DrcTool.Reporting.Model;
using DrcTool.Reporting.Tests.Csv;
using DrcTool.Reporting.Tests.Support;

namespace DrcTool.Reporting.Tests.Excel;

public class WorkbookWriterTests
{
    private static byte[] Workbook(string? hostile = null) => CsvWriterTests.Bytes(new WorkbookWriter(), SampleRuns.Mixed(hostile));

    [Fact]
    public void Workbook_reads_back_with_overview_summary_matrix_findings_rails_and_a_pin_map_per_board_with_a_module()
    {
        using var book = new WorkbookReader(Workbook());
        book.SheetNames.ShouldBe(["Overview", "Summary", "Board x rule", "Findings", "Rails", "Pins alpha", "Pins gamma", "Unmatched waivers"]);

        var overview = book.Rows("Overview");
        overview[0].ShouldBe(["FAIL: 1 of 3 boards fail, 1 could not be read"]);
        overview.ShouldContain(r => r[0] == "Tool" && r[1] == "DrcTool 1.2.3");
        overview.ShouldContain(r => r[0] == "Boards" && r[1] == "3 checked: 1 passed, 1 failed, 1 unreadable");
        overview.ShouldContain(r => r[0] == "Findings" && r[1] == "1 errors, 1 warnings, 1 notes, 1 waived");
        overview.ShouldContain(r => r[0] == "Date" && r[1].StartsWith("not recorded", StringComparison.Ordinal));
        var alpha = overview.Single(r => r[0] == "alpha");
        alpha[1].ShouldStartWith("DRC010 No 5 V on a SoM signal pin: D7 (contact 36) reaches");
        overview.Single(r => r[0] == "Beta Board")[1].ShouldContain("unbalanced parentheses");

        var summary = book.Rows("Summary");
        summary[0].ShouldBe(["Board", "Result", "Errors", "Warnings", "Notes", "Waived", "Findings", "SoM variant", "Socket", "Format", "File", "Problem"]);
        summary[1].Take(11).ShouldBe(["alpha", "FAIL", "1", "1", "1", "0", "3 findings", "B404X", "J1", "eagle-sch", "boards/alpha/alpha.sch"]);
        summary[2][0].ShouldBe("Beta Board");
        summary[2][1].ShouldBe("UNREADABLE");
        summary[2][11].ShouldContain("unbalanced parentheses");
        summary[3].Take(9).ShouldBe(["gamma", "PASS", "0", "0", "0", "1", "1 finding", "B524", "U1"]);

        var matrix = book.Rows("Board x rule");
        matrix[0].ShouldBe(["Board", "Result", "DRC010 No 5 V on a SoM signal pin", "DRC011 RST needs a pull-up to 3V3", "DRC020 NFC antenna connector"]);
        matrix[1].ShouldBe(["alpha", "FAIL", "1", "1", "1"]);
        matrix[2].ShouldBe(["Beta Board", "UNREADABLE", "", "", ""]);
        matrix[3].ShouldBe(["gamma", "PASS", "", "0", ""]);

        // Errors first, waived last; locations in the board's own file without its folder.
        var findings = book.Rows("Findings");
        findings.Count.ShouldBe(1 + 4);
        findings[1].Take(5).ShouldBe(["alpha", "error", "DRC010", "No 5 V on a SoM signal pin", SampleRuns.FiveVolt("x", 1, SampleRuns.HostileNames[0]).Message]);
        findings[1][5].ShouldBe("D7 (36)");
        findings[1][8].ShouldBe("alpha.sch:42:5");
        findings.Select(r => r[1]).ShouldBe(["Severity", "error", "warning", "note", "warning (waived)"]);
        findings[4][0].ShouldBe("gamma");
        findings[4][10].ShouldBe("RST pulled up on the SoM carrier, see ECO-12");

        var pins = book.Rows("Pins alpha");
        pins[0][0].ShouldBe("alpha: boards/alpha/alpha.sch (B404X, socket J1, eagle-sch)");
        pins[1].ShouldBe(["Contact", "SoM pin", "Pad", "Symbol pin", "Net", "Rail", "Volts", "Parts on the net", "Status", "Rules"]);
        pins.Count.ShouldBe(2 + 67);
        pins.Single(r => r[0] == "10").ShouldBe(["10", "3V3", "", "", "+3V3", "+3V3", "3.3", "R1.2, U2.4", "ok", ""]);

        var rails = book.Rows("Rails");
        rails[1].ShouldBe(["alpha", "+3V3 3.3 V, +5V 5.0 V, " + SampleRuns.HostileNames[0] + " 5.0 V", SampleRuns.HostileNames[0] + ": U4 output", "+3V3 (U3 TPS22918 load switch)"]);
    }

    [Fact]
    public void Ground_contacts_on_one_net_are_one_row_and_a_board_without_a_module_gets_no_pin_sheet()
    {
        var run = SampleRuns.Mixed();
        var alpha = run.Designs[0];
        var grounds = new[] { 1, 3, 5 };
        var pinMap = alpha.PinMap
            .Select(p => grounds.Contains(p.Contact) ? p with { SomPin = "GND", Net = "GND", IsGround = true, Status = PinStatus.Ok, Pad = p.Contact.ToString(System.Globalization.CultureInfo.InvariantCulture) } : p)
            .ToList();
        var noModule = new DesignReport { File = "/repo/boards/delta/delta.net", Format = "kicad-net", Variant = "B404X" };
        run = run with { Designs = [alpha with { PinMap = pinMap }, noModule] };

        using var book = new WorkbookReader(CsvWriterTests.Bytes(new WorkbookWriter(), run));
        book.SheetNames.ShouldNotContain("Pins delta");
        var pins = book.Rows("Pins alpha");
        pins.Count.ShouldBe(2 + 67 - 2);
        var ground = pins.Single(r => r.Count > 1 && r[1].StartsWith("GND", StringComparison.Ordinal));
        ground[0].ShouldBe("1");
        ground[1].ShouldBe("GND ×3");
        ground[7].ShouldContain("ground contacts 1, 3, 5");
        book.Rows("Summary").Single(r => r[0] == "delta")[8].ShouldBe("not found");
    }

    [Fact]
    public void Board_names_link_to_their_pin_sheets_and_finding_counts_to_their_first_finding()
    {
        using var book = new WorkbookReader(Workbook());
        var links = book.Sheet("Summary").Descendants<Hyperlink>().ToDictionary(h => h.Reference!.Value!, h => h.Location?.Value);
        links["A2"].ShouldBe("'Pins alpha'!A1");
        links.ShouldNotContainKey("A3"); // the unreadable board has no pin sheet
        links["G2"].ShouldBe("'Findings'!A2");
        links["G4"].ShouldBe("'Findings'!A5"); // gamma's only finding is waived: the last row
    }

    [Fact]
    public void Rows_with_wrapped_text_are_tall_enough_for_it()
    {
        var run = SampleRuns.Mixed();
        var longMessage = string.Join(" ", Enumerable.Repeat("the pull-up reaches a rail the SoM does not power", 8));
        var alpha = run.Designs[0];
        run = run with { Designs = [alpha with { Findings = [SampleRuns.FiveVolt(alpha.File, 42) with { Message = longMessage }] }] };

        using var book = new WorkbookReader(CsvWriterTests.Bytes(new WorkbookWriter(), run));
        var sheet = book.Sheet("Findings");
        var width = sheet.Descendants<Column>().Single(c => c.Min!.Value == 5).Width!.Value;
        var row = sheet.Descendants<Row>().Single(r => r.RowIndex!.Value == 2);
        // 400 characters in a column about 50 wide: at least 7 lines of 15 points.
        (longMessage.Length / width).ShouldBeGreaterThan(7);
        row.CustomHeight!.Value.ShouldBeTrue();
        row.Height!.Value.ShouldBeGreaterThanOrEqualTo(15 * Math.Floor(longMessage.Length / width / 1.2));
        row.Height!.Value.ShouldBeLessThanOrEqualTo(15 * Math.Ceiling(longMessage.Length / width * 1.3));
    }

    [Fact]
    public void Every_sheet_has_a_frozen_header_column_widths_and_prints_landscape_one_page_wide()
    {
        using var book = new WorkbookReader(Workbook());
        var definedNames = book.Workbook.Workbook.DefinedNames!.Elements<DefinedName>().ToList();
        for (var i = 0; i < book.SheetNames.Count; i++)
        {
            var name = book.SheetNames[i];
            var sheet = book.Sheet(name);
            var headerRow = name.StartsWith("Pins", StringComparison.Ordinal) || name == "Overview" ? 2 : 1;
            var pane = sheet.Descendants<Pane>().Single();
            pane.State!.Value.ShouldBe(PaneStateValues.Frozen);
            pane.VerticalSplit!.Value.ShouldBe(headerRow);
            pane.TopLeftCell!.Value.ShouldBe($"A{headerRow + 1}");
            if (name != "Overview")
            {
                sheet.Descendants<AutoFilter>().Single().Reference!.Value!.ShouldStartWith($"A{headerRow}:");
            }

            sheet.Descendants<Column>().ShouldNotBeEmpty();
            sheet.Descendants<Column>().ShouldAllBe(c => c.Width! >= 4 && c.Width! <= 110);
            var setup = sheet.Descendants<PageSetup>().Single();
            setup.Orientation!.Value.ShouldBe(OrientationValues.Landscape);
            (setup.FitToWidth!.Value, setup.FitToHeight!.Value).ShouldBe((1u, 0u));
            definedNames.Single(d => d.Name == "_xlnm.Print_Titles" && d.LocalSheetId! == (uint)i).Text
                .ShouldBe($"'{name}'!$1:${headerRow}");
        }

        book.Sheet("Pins alpha").Descendants<OddHeader>().Single().Text.ShouldBe("&L&A&C&\"Calibri,Bold\"alpha&RDrcTool");
    }

    [Fact]
    public void Severity_and_status_cells_are_coloured()
    {
        using var book = new WorkbookReader(Workbook());
        var findingRows = book.Sheet("Findings").Descendants<Row>().Skip(1).ToList();
        book.FillColour(findingRows[0].Elements<Cell>().ElementAt(1)).ShouldBe("FFFFC7CE"); // error
        book.FillColour(findingRows[1].Elements<Cell>().ElementAt(1)).ShouldBe("FFFFEB9C"); // warning
        book.FillColour(findingRows[2].Elements<Cell>().ElementAt(1)).ShouldBe("FFDDEBF7"); // note
        book.FillColour(findingRows[3].Elements<Cell>().ElementAt(1)).ShouldBe("FFEDEDED"); // waived

        var matrix = book.Sheet("Board x rule").Descendants<Row>().ElementAt(1).Elements<Cell>().ToList();
        book.FillColour(matrix[2]).ShouldBe("FFFFC7CE");
        book.FillColour(matrix[3]).ShouldBe("FFFFEB9C");

        var pinRows = book.Sheet("Pins alpha").Descendants<Row>().Skip(2).ToList();
        var rst = pinRows.Single(r => WorkbookReader.Text(r.Elements<Cell>().First()) == "34");
        book.FillColour(rst.Elements<Cell>().ElementAt(8)).ShouldBe("FFFFEB9C");
        var unconnected = pinRows.Single(r => WorkbookReader.Text(r.Elements<Cell>().First()) == "1");
        book.FillColour(unconnected.Elements<Cell>().ElementAt(8)).ShouldBe("FFF2F2F2");
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

        book.Rows("Pins alpha").Single(r => r[0] == "36")[4].ShouldBe(hostile);
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
        var cell = book.Sheet("Pins alpha").Descendants<Row>().Single(r => WorkbookReader.Text(r.Elements<Cell>().First()) == "36")
            .Elements<Cell>().ElementAt(4);
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
        var links = sheet.Descendants<Hyperlink>().Where(h => h.Id is not null).ToList();
        links.Count.ShouldBe(4);
        links[0].Reference!.Value.ShouldBe("C2");
        var part = sheet.WorksheetPart!;
        part.HyperlinkRelationships.Single(r => r.Id == links[0].Id).Uri.ShouldBe(new Uri("https://example.org/drctool/docs/rules/DRC010.md"));
        sheet.Descendants<CellFormula>().ShouldBeEmpty();
        CsvWriterTests.Bytes(new WorkbookWriter(), run).ShouldBe(bytes);
    }
}
