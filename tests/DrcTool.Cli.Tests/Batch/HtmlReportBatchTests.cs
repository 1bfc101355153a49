using System.Text.Json;
using System.Text.RegularExpressions;
using DrcTool.TestSupport;

namespace DrcTool.Cli.Tests.Batch;

/// <summary>
/// The HTML report of the sample batch (the project's sample boards, and ../shared's real boards where present): a
/// section per board as the JSON has them, a picture for each board with a socket, the same bytes on every run, and a
/// page Chromium paints. The HTML and its screenshot are kept in the test output (artifacts/html-report) for a person.
/// </summary>
public sealed class HtmlReportBatchTests : IDisposable
{
    private static readonly string Artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts", "html-report");

    private readonly string _dir = Directory.CreateTempSubdirectory("drctool-html-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (string Html, JsonElement Json) CheckBatch(string name)
    {
        var html = Path.Combine(_dir, name + ".html");
        var json = Path.Combine(_dir, name + ".json");
        List<string> args = ["check", RepoPaths.SampleBoards, "--report", html, "--report", json];
        if (RepoPaths.SharedAvailable)
        {
            args.Add(RepoPaths.SharedFile("boards"));
        }

        var run = CliRun.Of([.. args]);
        run.ExitCode.ShouldBeOneOf([0, 1, 2], run.Error);
        return (html, JsonDocument.Parse(File.ReadAllText(json)).RootElement.Clone());
    }

    [Fact]
    public void Every_board_gets_a_section_and_every_board_with_a_socket_its_picture_the_same_bytes_each_run()
    {
        var (path, json) = CheckBatch("batch");
        var first = File.ReadAllBytes(path);
        CheckBatch("batch");

        File.ReadAllBytes(path).ShouldBe(first, "the same command gives the same HTML");
        var html = File.ReadAllText(path);
        var designs = json.GetProperty("designs").EnumerateArray().ToList();
        var sections = Regex.Matches(html, "<section class=\"board (pass|fail|unreadable)\" id=\"(b\\d+)\">(.*?)</section>", RegexOptions.Singleline);
        sections.Count.ShouldBe(designs.Count);
        var withSocket = designs.Count(d => d.TryGetProperty("socket", out var socket) && socket.ValueKind == JsonValueKind.Object);
        withSocket.ShouldBeGreaterThan(20);
        var pictures = sections.Where(s => s.Groups[3].Value.Contains("<svg ", StringComparison.Ordinal)).ToList();
        // Every board bound to a module with a layout (the B-SoM's socket, a Boron, an Electron, an E-Series) gets its picture.
        var withLayout = designs.Count(d => d.TryGetProperty("module", out var module) && module.ValueKind == JsonValueKind.Object
            && DrcTool.Reporting.Html.ModuleLayouts.ForModule(module.GetProperty("name").GetString()!) is not null);
        withLayout.ShouldBeGreaterThanOrEqualTo(withSocket);
        pictures.Count.ShouldBe(withLayout);
        var m2Pictures = 0;
        foreach (var picture in pictures)
        {
            var contacts = Regex.Matches(picture.Groups[3].Value, "data-contact=\"(\\d+)\"").Select(m => int.Parse(m.Groups[1].Value)).ToList();
            if (contacts.Max() <= 63 || contacts.Contains(24)) continue; // Boron, Electron, E-Series (pins up to 63) or Tracker SoM (1-95)
            m2Pictures++;
            contacts.Where(c => c <= 75).Order().ShouldBe(Enumerable.Range(1, 75).Where(c => c is < 24 or > 31));
        }

        m2Pictures.ShouldBe(withSocket);

        var failing = designs.Count(d => d.TryGetProperty("summary", out var summary) && summary.GetProperty("errors").GetInt32() > 0);
        sections.Count(s => s.Groups[1].Value == "fail").ShouldBe(failing);
        // The only links off the page are the rule pages of the installed version.
        var rulePages = Reporting.Model.HelpLinks.DefaultBase(Reporting.ToolInfo.Version).AbsoluteUri + "docs/rules/";
        Regex.Matches(html, "href=\"(?!#)([^\"]*)\"").Select(m => m.Groups[1].Value).ShouldAllBe(link => link.StartsWith(rulePages, StringComparison.Ordinal));
    }

    [ChromiumFact]
    public void Chromium_paints_the_sample_batch_and_the_page_is_kept_for_a_person_to_look_at()
    {
        var (html, _) = CheckBatch("sample-batch");
        Directory.CreateDirectory(Artifacts);
        File.Copy(html, Path.Combine(Artifacts, "sample-batch.html"), overwrite: true);

        var png = Chromium.Screenshot(html, 1400, 4000);
        File.WriteAllBytes(Path.Combine(Artifacts, "sample-batch.png"), png);

        var image = PngImage.Decode(png);
        (image.Width, image.Height).ShouldBe((1400, 4000));
        var inked = image.Count(c => c != 0xffffff);
        inked.ShouldBeGreaterThan(image.Width * image.Height / 20, "a rendered report covers more than 5% of the page");
        image.DistinctColours.ShouldBeGreaterThan(50, "text, badges and the status colours");
        image.Count(c => c == 0xcf222e).ShouldBeGreaterThan(500, "the fail verdict and badges are red");
    }
}
