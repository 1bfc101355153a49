using DrcTool.Core.Import;
using DrcTool.TestSupport;

namespace DrcTool.Core.Tests.Run;

/// <summary>The pipeline for a set of inputs, in Core: config per design, load, check, waive, fail level.</summary>
public class CheckRunTests
{
    private static string Reference => Path.Combine(RepoPaths.SampleBoards, "reference-board", "reference-board.net");

    private static string Violation(string folder) =>
        Directory.GetFiles(Path.Combine(RepoPaths.SampleBoards, "violations", folder), "*.net").Single();

    [Fact]
    public void Checks_every_input_in_order_and_keeps_going_past_one_that_cannot_be_read()
    {
        var inputs = new List<BatchInput> { new(Violation("DRC013-reset-pull-up")), new("missing.net", "no such file"), new(Reference) };

        var result = new CheckRun(DesignLoader.Default, new ConfigCache()).Run(inputs, new CheckSettings { MaxParallel = 2 });

        result.Outcomes.Select(o => o.IsReadable).ShouldBe([true, false, true]);
        result.Outcomes[0].Result!.Findings.ShouldContain(f => f.RuleId == "DRC013");
        result.Outcomes[1].ReadError!.Message.ShouldContain("no such file");
        result.Outcomes[2].Result!.Findings.ShouldNotContain(f => f.Severity == Severity.Error);
        result.FailLevel.ShouldBe(Severity.Error);
    }

    [Fact]
    public void Applies_the_configs_waivers_and_fail_level_and_reports_a_waiver_that_matched_nothing()
    {
        var folder = Directory.CreateTempSubdirectory("drctool-checkrun-");
        try
        {
            var board = Path.Combine(folder.FullName, "board.net");
            File.Copy(Violation("DRC013-reset-pull-up"), board);
            File.WriteAllText(Path.Combine(folder.FullName, "drctool.yaml"),
                "fail-on: warning\nwaivers:\n  - rule: DRC013\n    net: '*'\n    reason: pulled up on the carrier\n"
                + "  - rule: DRC022\n    net: '*'\n    reason: nothing is reserved here\n");

            var result = new CheckRun(DesignLoader.Default, new ConfigCache()).Run([new BatchInput(board)], new CheckSettings());

            var drc013 = result.Outcomes.ShouldHaveSingleItem().Result!.Findings.Where(f => f.RuleId == "DRC013").ToList();
            drc013.ShouldNotBeEmpty();
            drc013.ShouldAllBe(f => f.IsSuppressed);
            result.FailLevel.ShouldBe(Severity.Warning);
            result.UnusedWaivers.ShouldHaveSingleItem().Waiver.Rule.ShouldBe("DRC022");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
