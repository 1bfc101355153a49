using System.CommandLine;
using DrcTool.Cli.Commands;
using DrcTool.Core.Import;

namespace DrcTool.Cli.Tests.Batch;

public sealed class BatchOutputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("drctool-out-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Board(string name, string? net)
    {
        var path = Path.Combine(_dir, "boards", name, name + ".net");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, HostileNetReader.Board(net));
        return path;
    }

    private static (int Code, string Output, string Error) Check(Func<string, string?> environment, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var command = new CheckCommand(new CliEnvironment(output, error, new DesignLoader([new HostileNetReader()]))) { Environment = environment };
        var code = command.Command.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Under_GitHub_Actions_findings_become_workflow_annotations()
    {
        var board = Board("sim", "/SIM_CLK");
        var (code, output, _) = Check(n => n == "GITHUB_ACTIONS" ? "true" : null, board);
        code.ShouldBe(1);
        var annotation = output.Split('\n').Single(l => l.StartsWith("::error ", StringComparison.Ordinal) && l.Contains("DRC003"));
        annotation.ShouldContain("file=");
        annotation.ShouldContain(",line=901,col=5,title=DRC003");

        Check(_ => null, board).Output.ShouldNotContain("::error");
        // With --format json the annotations go to stderr, so standard output stays one JSON document.
        var json = Check(n => n == "GITHUB_ACTIONS" ? "true" : null, board, "--format", "json");
        json.Output.ShouldNotContain("::error");
        json.Error.ShouldContain("::error ");
    }

    [Fact]
    public void Reports_carry_a_time_only_when_asked_for_with_timestamp_or_SOURCE_DATE_EPOCH()
    {
        var board = Board("sim", "/SIM_CLK");
        var xlsx = Path.Combine(_dir, "r.xlsx");
        string Timestamp(Func<string, string?> environment, params string[] extra)
        {
            var (_, output, _) = Check(environment, [board, "--format", "json", "--report", xlsx, .. extra]);
            using var json = System.Text.Json.JsonDocument.Parse(output);
            return json.RootElement.GetProperty("timestamp").ToString();
        }

        Timestamp(_ => null).ShouldBe(string.Empty, "null: nothing asked for");
        Timestamp(n => n == "SOURCE_DATE_EPOCH" ? "1765090800" : null).ShouldBe("2025-12-07T07:00:00Z");
        OverviewDate().ShouldBe("2025-12-07 07:00:00 UTC");
        var now = DateTimeOffset.Parse(Timestamp(_ => null, "--timestamp"), System.Globalization.CultureInfo.InvariantCulture);
        (DateTimeOffset.UtcNow - now).Duration().ShouldBeLessThan(TimeSpan.FromMinutes(5));

        string OverviewDate()
        {
            using var book = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(xlsx, false);
            var first = book.WorkbookPart!.WorksheetParts.First(p => p.Uri.OriginalString.EndsWith("sheet1.xml", StringComparison.Ordinal));
            var date = first.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>()
                .Select(r => r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InnerText).ToList())
                .Single(r => r[0] == "Date");
            return date[1];
        }
    }

    [Fact]
    public void Severity_limits_the_findings_listed_and_json_says_which_are_included()
    {
        var board = Board("sim", "/SIM_CLK");
        var (_, all, _) = Check(_ => null, board, "--format", "json");
        var (code, errors, _) = Check(_ => null, board, "--format", "json", "--severity", "error");
        code.ShouldBe(1, "the exit code still counts every finding");
        using var a = System.Text.Json.JsonDocument.Parse(all);
        using var e = System.Text.Json.JsonDocument.Parse(errors);
        var severities = e.RootElement.GetProperty("severities").EnumerateArray().Select(x => x.GetString()).ToList();
        severities.ShouldBe(["error"]);
        var listed = e.RootElement.GetProperty("designs")[0].GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("severity").GetString()).ToList();
        listed.ShouldNotBeEmpty();
        listed.ShouldAllBe(s => s == "error");
        a.RootElement.GetProperty("designs")[0].GetProperty("findings").GetArrayLength().ShouldBeGreaterThan(listed.Count);
    }

    [Fact]
    public void A_parallel_batch_gives_byte_identical_reports_run_after_run()
    {
        for (var i = 0; i < 6; i++)
        {
            Board($"b{i}", i % 2 == 0 ? "/SIM_CLK" : null);
        }

        byte[][] Reports(string tag)
        {
            var paths = new[] { "r.json", "r.csv", "r.pins.csv", "r.sarif", "r.xml", "r.md", "r.xlsx" }
                .Select(p => Path.Combine(_dir, tag, p)).ToArray();
            var args = new List<string> { Path.Combine(_dir, "boards") };
            foreach (var p in paths.Where(p => !p.EndsWith(".pins.csv", StringComparison.Ordinal)))
            {
                args.Add("--report");
                args.Add(p);
            }

            Check(_ => null, [.. args]).Code.ShouldBe(1);
            return paths.Select(File.ReadAllBytes).ToArray();
        }

        // The same paths both times: the workbook's overview names the command line, report paths included.
        var first = Reports("one");
        var second = Reports("one");
        for (var i = 0; i < first.Length; i++)
        {
            second[i].ShouldBe(first[i], $"report {i}");
        }
    }
}
