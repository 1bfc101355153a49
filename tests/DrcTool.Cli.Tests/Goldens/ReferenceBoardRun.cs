using System.Text.RegularExpressions;
using DrcTool.Reporting;
using DrcTool.TestSupport;

namespace DrcTool.Cli.Tests.Goldens;

/// <summary>
/// The reference board checked the way a user checks it: the built drctool in its own process, started in the board's
/// folder (so every report names the board as the user typed it), once with no options for the terminal text and once
/// with --timestamp and a --report of every format. What varies from run to run is masked: the tool's version, the
/// time of the run, the temporary folder the reports go to and where the repository is checked out.
/// </summary>
internal static partial class ReferenceBoardRun
{
    public const string Board = "reference-board.net";

    public static string Folder => Path.Combine(RepoPaths.SampleBoards, "reference-board");

    /// <summary>Each report file the run writes, by the name it is given (the extension picks the format).</summary>
    public static readonly string[] ReportNames =
    [
        "reference-board.json", "reference-board.csv", "reference-board.pins.csv", "reference-board.sarif",
        "reference-board.xml", "reference-board.md", "reference-board.html", "reference-board.xlsx",
    ];

    private static readonly Lazy<Outputs> Run = new(RunTool);

    /// <summary>Standard output of <c>drctool check reference-board.net</c>, masked.</summary>
    public static string Text => Mask(Run.Value.Text);

    /// <summary>A report's bytes as written (masking is the caller's: a workbook is read before it is text).</summary>
    public static byte[] Report(string name) => Run.Value.Reports[name];

    public static string Mask(string text)
    {
        text = text.Replace(Run.Value.OutFolder, "<out>", StringComparison.Ordinal);
        // Where the repository is checked out (SARIF's SRCROOT is an absolute file URI), as a URI and as a path.
        var root = RepoPaths.Root.TrimEnd(Path.DirectorySeparatorChar);
        text = text.Replace(new Uri(root + Path.DirectorySeparatorChar).AbsoluteUri, "file:///<repo>/", StringComparison.Ordinal);
        text = text.Replace(root, "<repo>", StringComparison.Ordinal);
        text = Timestamp().Replace(text, "<timestamp>");
        // The version, not a longer one it is the start of ("1.0.0" in "v1.0.0/" and "1.0.0." but not in "1.0.0.1").
        return Regex.Replace(text, $@"(?<![0-9.]){Regex.Escape(ToolInfo.Version)}(?![0-9]|\.[0-9])", "<version>");
    }

    /// <summary>
    /// SARIF carries each rule's whole page as its help text; the golden names the page instead, so editing a page
    /// does not touch it (RulePagesTests checks the pages, and that SARIF carries them).
    /// </summary>
    public static string MaskRulePages(string sarif) =>
        SarifHelpMarkdown().Replace(sarif, m => $"\"markdown\": \"<the page docs/rules/{m.Groups[1].Value}.md>\"");

    /// <summary>
    /// The HTML report inlines its stylesheet (HtmlStyles.cs); the golden names it instead, so a style change leaves the
    /// golden alone and the repository holds the stylesheet once (the Chromium tests check how it renders).
    /// </summary>
    public static string MaskStylesheet(string html) =>
        StyleElement().Replace(html, "<style>\n<the stylesheet of src/DrcTool.Reporting/Html/HtmlStyles.cs>\n</style>");

    private sealed record Outputs(string Text, IReadOnlyDictionary<string, byte[]> Reports, string OutFolder);

    private static Outputs RunTool()
    {
        var output = Directory.CreateTempSubdirectory("drctool-golden-");
        try
        {
            var plain = Drctool(["check", Board]);
            List<string> arguments = ["check", Board, "--timestamp"];
            foreach (var name in ReportNames.Where(n => !n.EndsWith(".pins.csv", StringComparison.Ordinal)))
            {
                arguments.AddRange(["--report", Path.Combine(output.FullName, name)]);
            }

            Drctool(arguments);
            var reports = ReportNames.ToDictionary(n => n, n => File.ReadAllBytes(Path.Combine(output.FullName, n)), StringComparer.Ordinal);
            return new Outputs(plain, reports, output.FullName);
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    /// <summary>Runs the drctool this test project was built with, through the same dotnet host, in the board's folder.</summary>
    private static string Drctool(IEnumerable<string> arguments)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "drctool.dll");
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } fromSdk ? fromSdk : "dotnet";
        // Variables that change what the tool writes: CI annotations, a fixed time, another help-link base.
        var environment = new Dictionary<string, string?>
        {
            ["GITHUB_ACTIONS"] = null, ["SOURCE_DATE_EPOCH"] = null, ["DRCTOOL_HELP_BASE_URI"] = null, ["NO_COLOR"] = "1",
        };
        var (exit, stdout, stderr) = ExternalTool.Run(host, [tool, .. arguments], Folder, TimeSpan.FromMinutes(3), environment);
        if (exit != 0 || stderr.Length > 0)
        {
            throw new InvalidOperationException($"drctool {string.Join(' ', arguments)} exited {exit}: {stderr}{stdout}");
        }

        return stdout;
    }

    [GeneratedRegex(@"""markdown"": ""# (DRC\d{3}):(?:[^""\\]|\\.)*""")]
    private static partial Regex SarifHelpMarkdown();

    [GeneratedRegex(@"<style>\n.*?</style>", RegexOptions.Singleline)]
    private static partial Regex StyleElement();

    /// <summary>A time as the reports write it: ISO 8601 in JSON ("2026-12-07T08:26:00Z"), "2026-12-07 08:26:00 UTC" elsewhere.</summary>
    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?(Z| UTC)")]
    private static partial Regex Timestamp();
}
