using System.Text.Json;
using System.Xml.Linq;
using DrcTool.TestSupport;

namespace DrcTool.Cli.Tests;

/// <summary>
/// Every report format written by one `drctool check` run (in-process, or the binary $DRCTOOL_CLI names: CI runs this
/// class against the Native AOT build) and read back: each holds the findings of the JSON report. The workbook is read
/// back by <c>WorkbookMatchesJsonTests</c>, which runs the same way.
/// </summary>
public sealed class ReportRoundTripTests : IDisposable
{
    private static readonly string[] Boards =
    [
        Path.Combine(RepoPaths.SampleBoards, "reference-board", "reference-board.net"),
        Path.Combine(RepoPaths.SampleBoards, "violations", "DRC003-sim-wired"),
        Path.Combine(RepoPaths.SampleBoards, "violations", "DRC013-reset-pull-up"),
        Path.Combine(RepoPaths.SampleBoards, "violations", "DRC001-no-socket"),
    ];

    private static readonly string[] Extensions = ["json", "sarif", "csv", "xml", "md", "xlsx"];

    private readonly string _dir = Directory.CreateTempSubdirectory("drctool-reports-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static CliRun Check(Func<string[], CliRun> run, string folder)
    {
        Directory.CreateDirectory(folder);
        List<string> args = ["check", .. Boards, "--format", "json"];
        foreach (var extension in Extensions)
        {
            args.AddRange(["--report", Path.Combine(folder, $"r.{extension}")]);
        }

        return run([.. args]);
    }

    [Fact]
    public void Every_report_format_is_written_and_holds_the_findings_of_the_json()
    {
        var run = Check(CliRun.Of, _dir);
        run.ExitCode.ShouldBe(1, run.Error);
        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "r.json"))).RootElement;
        run.Output.ShouldBe(File.ReadAllText(Path.Combine(_dir, "r.json")), "standard output and --report x.json are one document");
        var findings = json.GetProperty("designs").EnumerateArray()
            .SelectMany(d => d.GetProperty("findings").EnumerateArray()
                .Select(f => (Rule: f.GetProperty("rule").GetString()!, Severity: f.GetProperty("severity").GetString()!, Line: f.GetProperty("line").GetInt32())))
            .ToList();
        findings.ShouldContain(f => f.Rule == "DRC003" && f.Severity == "error");
        findings.ShouldContain(f => f.Rule == "DRC013" && f.Severity == "error");
        findings.ShouldContain(f => f.Rule == "DRC001");
        var rules = findings.Select(f => f.Rule).Order().ToList();

        var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "r.sarif"))).RootElement;
        sarif.GetProperty("version").GetString().ShouldBe("2.1.0");
        var results = sarif.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        results.Select(r => r.GetProperty("ruleId").GetString()!).Order().ShouldBe(rules);
        results.Select(r => r.GetProperty("level").GetString()!).Order()
            .ShouldBe(findings.Select(f => f.Severity).Order());

        var csv = CsvRows.ReadFile(Path.Combine(_dir, "r.csv"));
        csv[0][1].ShouldBe("rule");
        csv.Skip(1).Select(row => row[1]).Order().ShouldBe(rules);
        csv.Skip(1).Select(row => row[10]).Order().ShouldBe(findings.Select(f => f.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order());
        var pins = CsvRows.ReadFile(Path.Combine(_dir, "r.pins.csv"));
        pins.Count.ShouldBeGreaterThan(3 * 67, "a row per contact for each of the three boards with a socket");

        var junit = XDocument.Load(Path.Combine(_dir, "r.xml"));
        var failed = junit.Descendants("testcase").Where(c => c.Element("failure") is not null)
            .Select(c => (string)c.Attribute("name")!).ToList();
        failed.ShouldContain(name => name.Contains("DRC003", StringComparison.Ordinal));
        failed.ShouldContain(name => name.Contains("DRC013", StringComparison.Ordinal));
        failed.Count.ShouldBe(findings.Where(f => f.Severity == "error").Select(f => f.Rule).Count(), "one failed testcase per design and rule with errors");

        var markdown = File.ReadAllText(Path.Combine(_dir, "r.md"));
        markdown.ShouldStartWith("## ");
        markdown.ShouldContain("❌ fail");
        foreach (var rule in rules.Distinct())
        {
            markdown.ShouldContain(rule);
        }

        using var book = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(Path.Combine(_dir, "r.xlsx"), false);
        book.WorkbookPart!.Workbook.Sheets!.ChildElements.Count.ShouldBeGreaterThanOrEqualTo(3);
    }

    [PublishedCliFact]
    public void The_published_binary_writes_the_same_bytes_as_the_in_process_build()
    {
        var inProcess = Check(CliRun.InProcess, Path.Combine(_dir, "in-process"));
        var published = Check(args => ExternalCli.Run(ExternalCli.Path!, args), Path.Combine(_dir, "published"));
        published.ExitCode.ShouldBe(inProcess.ExitCode, published.Error);
        published.Output.ShouldBe(inProcess.Output);
        foreach (var name in new[] { "r.json", "r.sarif", "r.csv", "r.pins.csv", "r.xml", "r.md" })
        {
            File.ReadAllBytes(Path.Combine(_dir, "published", name))
                .ShouldBe(File.ReadAllBytes(Path.Combine(_dir, "in-process", name)), name);
        }

        var version = ExternalCli.Run(ExternalCli.Path!, ["--version"]);
        version.ExitCode.ShouldBe(0);
        version.Output.Trim().ShouldBe(CliRun.InProcess("--version").Output.Trim(), "the binary is built from this source");
    }
}

/// <summary>A fact that compares the executable $DRCTOOL_CLI names with the in-process CLI; skipped, saying why, without it.</summary>
public sealed class PublishedCliFactAttribute : FactAttribute
{
    public PublishedCliFactAttribute()
    {
        if (ExternalCli.Path is null)
        {
            Skip = "needs DRCTOOL_CLI naming a published drctool (.ci/run sets it to the Native AOT build)";
        }
    }
}
