using DrcTool.Reporting.GitHub;
using DrcTool.Reporting.Markdown;
using DrcTool.Reporting.Tests.Support;

namespace DrcTool.Reporting.Tests.Text;

public class MarkdownAndAnnotationTests
{
    [Fact]
    public void Markdown_summary_has_a_row_per_design_and_folded_findings()
    {
        var md = MarkdownSummaryWriter.Render(SampleRuns.Mixed());
        md.ShouldStartWith("## DrcTool: ⚠️ unreadable input\n");
        md.ShouldContain("3 designs, 1 error, 1 warning, 1 note (fail level: error)");
        md.ShouldContain("| ❌ fail | boards/alpha/alpha.sch | B404X | 1 | 1 | 1 | 0 |");
        md.ShouldContain("| ⚠️ unreadable | boards/beta/Beta Board.kicad\\_pcb |");
        md.ShouldContain("| ✅ pass | boards/gamma/gamma.brd | B524 | 0 | 0 | 0 | 1 |");
        md.ShouldContain("<details><summary>boards/alpha/alpha.sch: 3 findings</summary>");
        md.ShouldContain("| warning (waived) | DRC011 |");
        md.ShouldContain("| DRC030 | /SIM\\_VCC | test point only |");

        var linked = MarkdownSummaryWriter.Render(SampleRuns.Mixed() with { HelpBaseUri = new Uri("https://example.org/drctool/") });
        linked.ShouldContain("| warning (waived) | [DRC011](https://example.org/drctool/docs/rules/DRC011.md) |");
    }

    [Theory]
    [InlineData("a|b", "a\\|b")]
    [InlineData("<script>", "&lt;script&gt;")]
    [InlineData("[x](http://evil)", "\\[x\\](http://evil)")]
    [InlineData("line1\nline2", "line1<br>line2")]
    public void Markdown_cells_escape_design_text(string text, string expected) =>
        MarkdownText.Cell(text).ShouldBe(expected);

    [Fact]
    public void Annotations_escape_data_and_properties_as_the_actions_toolkit_does()
    {
        GitHubAnnotations.Command("error", "boards/a,b:c.sch", 42, 5, "DRC010 5V: bad, really", "50% on\r\nnext")
            .ShouldBe("::error file=boards/a%2Cb%3Ac.sch,line=42,col=5,title=DRC010 5V%3A bad%2C really::50%25 on%0D%0Anext");
    }

    [Fact]
    public void Annotations_cover_unwaived_findings_unreadable_files_and_stale_waivers()
    {
        var lines = GitHubAnnotations.Lines(SampleRuns.Mixed()).ToList();
        lines.Count.ShouldBe(3 + 1 + 1);
        // Errors first (the unreadable design, then error findings), then warnings, then notices.
        lines[0].ShouldStartWith("::error file=boards/beta/Beta Board.kicad_pcb,line=17,col=3,title=DrcTool%3A unreadable design::");
        lines[1].ShouldStartWith("::error file=boards/alpha/alpha.sch,line=42,col=5,title=DRC010 No 5 V on a SoM signal pin::D7 (contact 36)");
        lines[1].ShouldContain("%0AFix: Pull up");
        lines[2].ShouldStartWith("::warning file=boards/alpha/alpha.sch,line=120,col=3,title=DRC011");
        lines[3].ShouldStartWith("::warning file=boards/drctool.yaml,title=DrcTool%3A unmatched waiver::");
        lines[4].ShouldStartWith("::notice file=boards/alpha/alpha.sch,title=DRC020");
        lines.ShouldAllBe(l => !l.Contains('\n') && !l.Contains('\r'));
    }

    [Fact]
    public void At_most_ten_annotations_per_level_errors_first_and_one_notice_says_how_many_more_and_where()
    {
        // 13 boards with an error, a warning and a note each: 13 of each level.
        var one = SampleRuns.Mixed().Designs[0];
        var designs = Enumerable.Range(1, 13)
            .Select(i => one with { File = $"/repo/boards/b{i}/b{i}.sch", Findings = [SampleRuns.FiveVolt($"/repo/boards/b{i}/b{i}.sch", i), SampleRuns.ResetPullUp($"/repo/boards/b{i}/b{i}.sch"), SampleRuns.NfcNote($"/repo/boards/b{i}/b{i}.sch")] })
            .ToList();
        var run = SampleRuns.Mixed() with { Designs = designs, UnmatchedWaivers = [] };

        var lines = GitHubAnnotations.Lines(run, ["out/drctool.sarif", "summary.md"]).ToList();

        lines.Count(l => l.StartsWith("::error ", StringComparison.Ordinal)).ShouldBe(10);
        lines.Count(l => l.StartsWith("::warning ", StringComparison.Ordinal)).ShouldBe(10);
        lines.Count(l => l.StartsWith("::notice ", StringComparison.Ordinal)).ShouldBe(10, "9 notes and the closing notice");
        lines.Take(10).ShouldAllBe(l => l.StartsWith("::error ", StringComparison.Ordinal));
        lines[0].ShouldContain("file=boards/b1/b1.sch,line=1,");
        lines[^1].ShouldBe("::notice title=DrcTool%3A more findings than GitHub shows::"
            + "10 more not annotated (3 errors, 3 warnings, 4 notes): GitHub shows 10 annotations per level. "
            + "Every finding is in the SARIF report out/drctool.sarif and the summary summary.md.");

        // Without report files it says how to get them.
        GitHubAnnotations.Lines(run).Last().ShouldContain("--report drctool.sarif");
        // Under the limit nothing is left out and no closing notice is added.
        GitHubAnnotations.Lines(SampleRuns.Mixed()).ShouldNotContain(l => l.Contains("more not annotated", StringComparison.Ordinal));
    }

    [Fact]
    public void Annotations_only_under_github_actions()
    {
        GitHubAnnotations.IsActive(n => n == "GITHUB_ACTIONS" ? "true" : null).ShouldBeTrue();
        GitHubAnnotations.IsActive(_ => null).ShouldBeFalse();
    }
}
