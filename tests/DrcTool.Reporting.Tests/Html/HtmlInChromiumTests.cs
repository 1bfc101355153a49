using DrcTool.Reporting.Html;
using DrcTool.Reporting.Tests.Support;
using DrcTool.TestSupport;

namespace DrcTool.Reporting.Tests.Html;

/// <summary>The mixed run's HTML rendered by headless Chromium: the picture is painted, and a finding marks its contacts.</summary>
public sealed class HtmlInChromiumTests : IDisposable
{
    /// <summary>The outline a targeted finding puts on its contacts (HtmlStyles and BoardSection); used nowhere else on the page.</summary>
    private const int HighlightColour = 0x8250df;

    private readonly string _folder = Directory.CreateTempSubdirectory("drctool-html-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [ChromiumFact]
    public void The_picture_is_painted_in_the_status_colours_and_a_targeted_finding_outlines_its_contacts_without_script()
    {
        var html = Path.Combine(_folder, "report.html");
        File.WriteAllText(html, HtmlReportWriterTests.Html(SampleRuns.Mixed()));

        // Tall enough that the target needs no scrolling (headless Chromium paints nothing after a jump).
        var plain = PngImage.Decode(Chromium.Screenshot(html, 1400, 3600));
        var targeted = PngImage.Decode(Chromium.Screenshot(html, 1400, 3600, fragment: "b1-f1"));

        plain.Count(c => c == Rgb(StatusStyle.Error.Fill)).ShouldBeGreaterThan(200, "contact 36 and the fail badges are red");
        plain.Count(c => c == Rgb(StatusStyle.Warning.Fill)).ShouldBeGreaterThan(200, "contact 34 is amber");
        plain.Count(c => c == Rgb(StatusStyle.Ok.Fill)).ShouldBeGreaterThan(200, "contact 10 is green");
        plain.Count(c => c == HighlightColour).ShouldBe(0);
        targeted.Count(c => c == HighlightColour).ShouldBeGreaterThan(50, "#b1-f1 outlines contact 36");
    }

    private static int Rgb(string hex) => Convert.ToInt32(hex.TrimStart('#'), 16);
}
