using DrcTool.TestSupport;
using Markdig;

namespace DrcTool.Cli.Tests.Batch;

/// <summary>
/// The Markdown summary of the sample batch rendered as GitHub renders a job summary (Markdown to HTML, then a
/// browser), and left as a PNG in TestResults/markdown for a person to look at.
/// </summary>
public sealed class MarkdownSummaryImageTests : IDisposable
{
    private const string GitHubLikeStyle =
        "body{font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5;margin:24px;max-width:1180px;color:#1f2328}"
        + "table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid #d1d9e0;padding:4px 10px}th{background:#f6f8fa}"
        + "code{background:#eff1f3;padding:1px 4px;border-radius:4px}details{margin:4px 0}h2{border-bottom:1px solid #d1d9e0}";

    private readonly string _dir = Directory.CreateTempSubdirectory("drctool-md-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [ChromiumFact]
    public void The_sample_batch_summary_renders_and_is_left_as_an_image()
    {
        var md = Path.Combine(_dir, "summary.md");
        CliRun.Of("check", RepoPaths.SampleBoards, "--report", md).ExitCode.ShouldBe(1);
        var markdown = File.ReadAllText(md);
        markdown.ShouldContain("| ❌ fail |");

        var pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
        var html = Path.Combine(_dir, "summary.html");
        File.WriteAllText(html, $"<!doctype html><meta charset=\"utf-8\"><style>{GitHubLikeStyle}</style><body>{Markdown.ToHtml(markdown, pipeline)}</body>");
        File.ReadAllText(html).ShouldContain("<table>");

        var png = Chromium.Screenshot(html, 1240, 1600);
        var folder = TestOutput.Folder("markdown");
        File.WriteAllBytes(Path.Combine(folder, "sample-batch-summary.png"), png);
        File.Copy(md, Path.Combine(folder, "sample-batch-summary.md"), overwrite: true);

        var image = PngImage.Decode(png);
        image.DistinctColours.ShouldBeGreaterThan(10, "the summary renders as more than a blank page");
    }
}
