using DrcTool.Core.Checks;
using DrcTool.Reporting.Model;
using DrcTool.Reporting.Terminal;
using DrcTool.Reporting.Tests.Support;

namespace DrcTool.Reporting.Tests.Terminal;

public class CheckTextTests
{
    private static string Text(ReportRun run, Severity minimum = Severity.Note, IReadOnlyList<string>? written = null, bool colour = false)
    {
        var output = new StringWriter();
        var console = TerminalConsole.For(output, colour, width: 100_000);
        CheckText.Write(console, run, minimum);
        CheckText.WriteClosing(console, run, written ?? []);
        return output.ToString().ReplaceLineEndings("\n");
    }

    /// <summary>Four boards with the same note, one of them also failing.</summary>
    private static ReportRun Batch()
    {
        var alpha = SampleRuns.Mixed().Designs[0];
        var designs = Enumerable.Range(1, 4).Select(i =>
        {
            var file = $"/repo/boards/b{i}/b{i}.sch";
            IReadOnlyList<Finding> findings = i == 2
                ? [SampleRuns.FiveVolt(file, 42), SampleRuns.ResetPullUp(file), SampleRuns.NfcNote(file)]
                : [SampleRuns.NfcNote(file)];
            return alpha with { File = file, Findings = findings };
        }).ToList();
        return SampleRuns.Mixed() with { Designs = designs, UnmatchedWaivers = [] };
    }

    [Fact]
    public void Findings_are_grouped_per_board_with_paths_relative_to_the_working_directory()
    {
        var text = Text(Batch());
        text.ShouldContain("boards/b2/b2.sch: 1 error, 1 warning, 1 note (socket J1, B404X) FAIL\n"
                           + "  boards/b2/b2.sch:42:5: error DRC010: D7 (contact 36) reaches +5V (5.00 V) through R4 10k: the B-SoM has no 5 V tolerant pin\n"
                           + "      fix: Pull up to the SoM's 3V3 instead, or add a level shifter.\n"
                           + "  boards/b2/b2.sch:120:3: warning DRC011:");
        text.ShouldNotContain("/repo/");
        TerminalPaths.Display("/repo", "/elsewhere/x.sch").ShouldBe("/elsewhere/x.sch", "outside the working directory the path stays as given");
    }

    [Fact]
    public void A_note_repeated_on_many_boards_is_one_line_with_its_count()
    {
        var text = Text(Batch());
        text.Split('\n').Count(l => l.Contains("NFC1/NFC2 (17/19) are not wired", StringComparison.Ordinal)).ShouldBe(1);
        text.ShouldContain("note DRC020 on 4 boards: NFC1/NFC2 (17/19) are not wired: the NFC tag cannot work\n");
        // The board lines still count it.
        text.ShouldContain("boards/b1/b1.sch: 0 errors, 0 warnings, 1 note (socket J1, B404X) pass\n");

        // Two boards are not many: each keeps its own line.
        var two = Batch() with { Designs = Batch().Designs.Take(2).ToList() };
        Text(two).Split('\n').Count(l => l.Contains("DRC020: NFC1/NFC2", StringComparison.Ordinal)).ShouldBe(2);
    }

    [Fact]
    public void The_closing_line_names_the_verdict_the_failing_boards_the_totals_and_the_reports_written()
    {
        var text = Text(Batch(), written: ["/repo/out/report.xlsx", "/repo/out/report.md"]);
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].ShouldBe(
            "FAIL: 1 of 4 boards fails on errors (b2); 1 error, 1 warning, 4 notes, 0 waived; reports written: out/report.xlsx, out/report.md");

        var clean = Batch() with { Designs = [.. Batch().Designs.Where(d => d.File.Contains("b1", StringComparison.Ordinal))] };
        Text(clean).ShouldEndWith("PASS: the board passes; 0 errors, 0 warnings, 1 note, 0 waived; no report written (--report FILE.xlsx|.html|.md|.sarif|...)\n");

        Text(SampleRuns.Mixed()).ShouldContain("FAIL: 1 of 3 boards fails on errors (alpha); 1 could not be read (Beta Board);");
    }

    [Fact]
    public void Severity_shows_findings_at_or_above_it_and_counts_keep_the_rest()
    {
        var text = Text(Batch(), Severity.Error);
        text.ShouldContain("error DRC010");
        text.ShouldNotContain("warning DRC011");
        text.ShouldNotContain("DRC020");
        text.ShouldContain("boards/b2/b2.sch: 1 error, 1 warning, 1 note");

        var warnings = Text(Batch(), Severity.Warning);
        warnings.ShouldContain("warning DRC011");
        warnings.ShouldNotContain("note DRC020");
    }

    [Fact]
    public void Colour_only_when_asked_and_design_text_is_never_markup()
    {
        Text(Batch()).ShouldNotContain("\u001b[");
        var coloured = Text(Batch(), colour: true);
        coloured.ShouldContain("\u001b[");
        coloured.ShouldContain("DRC010");

        // Brackets in a net name print as they are (Spectre markup would eat "[A0]" or throw on "[/]").
        var alpha = Batch().Designs[1];
        var hostile = Batch() with { Designs = [alpha with { Findings = [SampleRuns.FiveVolt(alpha.File, 1, "[/][A0]")] }] };
        Text(hostile).ShouldContain("reaches [/][A0] (5.00 V)");
        TerminalConsole.WantsColour(new StringWriter(), _ => null).ShouldBeFalse("a writer that is not the terminal gets no colour");
    }
}
