using System.Globalization;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DrcTool.Core.Import;
using DrcTool.TestSupport;

namespace DrcTool.Cli.Tests.Batch;

public sealed class BatchCheckTests : IDisposable
{
    private const string Hyperlink = "=HYPERLINK(\"http://x\",\"y\")";
    private readonly string _dir = Directory.CreateTempSubdirectory("drctool-batch-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string relative, string content)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private static CliRun Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.Run(args, new CliEnvironment(output, error, new DesignLoader([new HostileNetReader()])));
        return new CliRun(code, output.ToString(), error.ToString());
    }

    [Fact]
    public void A_batch_with_one_corrupt_file_reports_every_other_design_and_exits_2()
    {
        Write("boards/a/a.net", HostileNetReader.Board(null));
        Write("boards/b/b.net", "(export BROKEN");
        Write("boards/c/c.net", HostileNetReader.Board("/SIM_CLK"));
        Write("boards/d/d.net", HostileNetReader.Board(null));
        var report = Path.Combine(_dir, "out", "report.json");

        var run = Run("check", Path.Combine(_dir, "boards"), "--format", "json", "--report", report, "--report", Path.Combine(_dir, "out", "r.xlsx"));

        run.ExitCode.ShouldBe(2, run.Error);
        run.Error.ShouldContain("b.net:3:7: unbalanced parentheses");
        var designs = run.Json.GetProperty("designs").EnumerateArray().ToList();
        designs.Select(d => Path.GetFileName(d.GetProperty("file").GetString())).ShouldBe(["a.net", "b.net", "c.net", "d.net"]);
        designs[1].GetProperty("error").GetProperty("line").GetInt32().ShouldBe(3);
        designs[2].GetProperty("findings").EnumerateArray().ShouldContain(f => f.GetProperty("rule").GetString() == "DRC003");
        // The report files are written for the whole batch, the unreadable design included.
        JsonDocument.Parse(File.ReadAllText(report)).RootElement.GetProperty("designs").GetArrayLength().ShouldBe(4);
        using var book = SpreadsheetDocument.Open(Path.Combine(_dir, "out", "r.xlsx"), false);
        var summary = SheetRows(book, "Summary");
        summary.Select(r => r[1]).ShouldBe(["Result", "PASS", "UNREADABLE", "FAIL", "PASS"]);
    }

    [Fact]
    public void A_net_named_like_a_formula_gives_a_csv_and_a_workbook_no_spreadsheet_would_run()
    {
        foreach (var (name, hostile) in new[] { ("h", Hyperlink), ("s", "@SUM(A1)"), ("c", "+cmd|' /C calc'!A0") })
        {
            var board = Write($"{name}.net", HostileNetReader.Board(hostile));
            var csv = Path.Combine(_dir, $"{name}.csv");
            var xlsx = Path.Combine(_dir, $"{name}.xlsx");

            var run = Run("check", board, "--report", csv, "--report", xlsx);

            run.ExitCode.ShouldBe(1, run.Error);
            foreach (var file in new[] { csv, Path.Combine(_dir, $"{name}.pins.csv") })
            {
                var cells = CsvCells(file);
                cells.ShouldContain(c => c.Contains(hostile), $"{file} still names the net");
                cells.ShouldAllBe(c => !StartsFormula(c), $"{file}: {string.Join(" | ", cells.Where(StartsFormula))}");
            }

            using var book = SpreadsheetDocument.Open(xlsx, false);
            foreach (var part in book.WorkbookPart!.WorksheetParts)
            {
                part.Worksheet.Descendants<CellFormula>().ShouldBeEmpty();
                part.Worksheet.Descendants<Cell>().ShouldAllBe(c => c.DataType! == CellValues.InlineString || c.DataType! == CellValues.Number);
            }

            SheetRows(book, "Pins " + name).Single(r => r[0] == "71")[4].ShouldBe(hostile);
        }
    }

    [Fact]
    public void Fail_on_sets_the_level_that_fails_the_run()
    {
        var board = Write("w.net", "(export (version \"E\") SWAPPED)");
        var lenient = Run("check", board);
        lenient.ExitCode.ShouldBe(0, lenient.Output);
        lenient.Output.ShouldContain("0 errors, 2 warnings");
        Run("check", board, "--fail-on", "warning").ExitCode.ShouldBe(1);
        Run("check", board, "--fail-on", "note").ExitCode.ShouldBe(1);
        Run("check", board, "--fail-on", "fatal").ExitCode.ShouldBe(2);
    }

    [Fact]
    public void Waivers_from_drctool_yaml_suppress_findings_and_unmatched_ones_are_reported()
    {
        var board = Write("repo/b1/b1.net", HostileNetReader.Board("/SIM_CLK"));
        Write("repo/b1/drctool.yaml", """
            waivers:
              - rule: DRC003
                net: /SIM_CLK
                reason: SIM pads go to a test point on this prototype
              - rule: DRC010
                net: /NOPE
                reason: left over from rev A
            """);
        var sarif = Path.Combine(_dir, "out.sarif");

        var run = Run("check", board, "--format", "json", "--report", sarif);

        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        var finding = run.Json.GetProperty("designs")[0].GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == "DRC003");
        finding.GetProperty("suppressed").GetBoolean().ShouldBeTrue();
        finding.GetProperty("waiverReason").GetString().ShouldBe("SIM pads go to a test point on this prototype");
        run.Error.ShouldContain("waiver for DRC010 on");
        run.Error.ShouldContain("matched no finding");
        var result = JsonDocument.Parse(File.ReadAllText(sarif)).RootElement.GetProperty("runs")[0].GetProperty("results")
            .EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "DRC003");
        result.GetProperty("suppressions")[0].GetProperty("justification").GetString().ShouldBe("SIM pads go to a test point on this prototype");
    }

    [Fact]
    public void A_report_never_overwrites_an_input_and_an_unknown_extension_is_a_usage_error()
    {
        var board = Write("keep.net", HostileNetReader.Board(null));
        var sameAsInput = Run("check", board, "--report", Path.Combine(_dir, "keep.net"));
        sameAsInput.ExitCode.ShouldBe(2);
        File.ReadAllText(board).ShouldBe(HostileNetReader.Board(null));

        var unknown = Run("check", board, "--report", Path.Combine(_dir, "r.txt"));
        unknown.ExitCode.ShouldBe(2);
        unknown.Error.ShouldContain("unknown report format");
    }

    [Fact]
    public void Globs_and_folders_are_accepted_and_a_path_that_matches_nothing_is_an_error()
    {
        Write("g/one.net", HostileNetReader.Board(null));
        Write("g/sub/two.net", HostileNetReader.Board(null));
        var glob = Run("check", Path.Combine(_dir, "g", "**", "*.net"), "--format", "json");
        glob.ExitCode.ShouldBe(0, glob.Error);
        glob.Json.GetProperty("designs").GetArrayLength().ShouldBe(2);

        var none = Run("check", Path.Combine(_dir, "g", "*.kicad_pcb"), Path.Combine(_dir, "g", "one.net"));
        none.ExitCode.ShouldBe(2);
        none.Error.ShouldContain("matches no KiCad or Eagle design");
    }

    private static bool StartsFormula(string cell) =>
        System.Text.RegularExpressions.Regex.IsMatch(cell, @"^(\s*[=@]|[\t\r\n]|\s*[+\-].*[^A-Za-z0-9_.])", System.Text.RegularExpressions.RegexOptions.Singleline);

    private static List<string> CsvCells(string file) => CsvRows.ReadFile(file).SelectMany(row => row).ToList();

    private static List<List<string>> SheetRows(SpreadsheetDocument book, string name)
    {
        var sheet = book.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        var part = (WorksheetPart)book.WorkbookPart.GetPartById(sheet.Id!);
        return part.Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty).ToList())
            .ToList();
    }
}
