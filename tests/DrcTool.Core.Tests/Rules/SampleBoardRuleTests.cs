using DrcTool.Core.Checks;
using DrcTool.Core.Tests.SampleBoards;

namespace DrcTool.Core.Tests.Rules;

/// <summary>A rule counts when a board that breaks it is caught and a board that keeps it is not.</summary>
public class SampleBoardRuleTests
{
    private const string Reference = "reference-board/reference-board.net";

    public static TheoryData<string> Violations()
    {
        var data = new TheoryData<string>();
        foreach (var v in SampleViolations.All.Where(v => v.Folder.StartsWith("violations/", StringComparison.Ordinal))) data.Add(v.Folder);
        return data;
    }

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var d in RuleCatalog.Default.Descriptors) data.Add(d.Id);
        return data;
    }

    /// <summary>The findings of the board the variant changes: the reference board, or its module's carrier.</summary>
    private static CheckResult Base(SampleVariant variant) => variant.Module is null
        ? SampleBoardGoldenTests.CheckBoard(Reference)
        : DesignChecker.Check(RuleBehaviourTests.Load(ModuleCarriers.Make(variant.Module).Clone($"DrcTool sample: {variant.Name}: {variant.Change}")), CheckOptions.Default);

    private static string Key(Finding f) => $"{f.RuleId} {f.Severity} {f.Message}";

    [Fact]
    public void The_reference_board_has_no_errors_and_no_warnings()
    {
        var findings = SampleBoardGoldenTests.CheckBoard(Reference).Findings;
        findings.Where(f => f.Severity != Severity.Note).Select(Key).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Violations))]
    public void The_violating_board_trips_its_rule_and_only_what_its_change_implies(string folder)
    {
        var variant = SampleViolations.All.Single(v => v.Folder == folder);
        var before = Base(variant).Findings.Select(Key).ToHashSet();
        foreach (var board in SampleBoardFiles.BoardsIn(Path.Combine(DrcTool.TestSupport.RepoPaths.SampleBoards, folder)))
        {
            var relative = Path.GetRelativePath(DrcTool.TestSupport.RepoPaths.SampleBoards, board);
            var findings = SampleBoardGoldenTests.CheckBoard(relative).Findings;
            findings.ShouldContain(f => f.RuleId == variant.RuleId, $"{relative} does not trip {variant.RuleId}");
            var allowed = new HashSet<string>([variant.RuleId, .. variant.AlsoFires ?? []]);
            findings.Where(f => !before.Contains(Key(f)) && !allowed.Contains(f.RuleId)).Select(Key)
                .ShouldBeEmpty($"{relative}: the one change should trip {string.Join(", ", allowed)} only");
        }
    }

    public static TheoryData<string> Carriers() => new(ModuleCarriers.Names);

    [Theory]
    [MemberData(nameof(Carriers))]
    public void Each_module_carrier_has_no_errors_and_no_warnings(string module)
    {
        var result = DesignChecker.Check(RuleBehaviourTests.Load(ModuleCarriers.Make(module)), CheckOptions.Default);
        result.Binding.ShouldNotBeNull().Module.Id.ShouldBe(module);
        result.Findings.Where(f => f.Severity != Severity.Note).Select(Key).ShouldBeEmpty();
    }

    [Fact]
    public void Every_compliant_board_keeps_its_rule()
    {
        foreach (var v in SampleViolations.All.Where(v => v.Folder.StartsWith("compliant/", StringComparison.Ordinal)))
        {
            var board = Path.Combine(v.Folder, v.Name + ".net");
            SampleBoardGoldenTests.CheckBoard(board).Findings.ShouldNotContain(f => f.RuleId == v.RuleId, $"{v.RuleId} fires on its compliant board {board}");
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_is_silent_on_the_reference_board_or_on_its_compliant_board(string id)
    {
        if (!SampleBoardGoldenTests.CheckBoard(Reference).Findings.Any(f => f.RuleId == id)) return;
        var compliant = SampleViolations.All.Where(v => v.RuleId == id && v.Folder.StartsWith("compliant/", StringComparison.Ordinal)).ToList();
        compliant.ShouldNotBeEmpty($"{id} fires on the reference board ({SampleBoardGoldenTests.CheckBoard(Reference).Findings.First(f => f.RuleId == id).Message}) and has no compliant board");
        foreach (var v in compliant)
        {
            var board = Path.Combine(v.Folder, v.Name + ".net");
            SampleBoardGoldenTests.CheckBoard(board).Findings.ShouldNotContain(f => f.RuleId == id, $"{id} fires on its compliant board {board}");
        }
    }

    [Theory]
    [MemberData(nameof(Violations))]
    public void KiCad_and_Eagle_copies_of_a_board_give_the_same_findings(string folder)
    {
        var variant = SampleViolations.All.Single(v => v.Folder == folder);
        if (!variant.Eagle) return;
        static IEnumerable<string> Comparable(CheckResult r) => r.Findings.Select(f => $"{Key(f)} [{string.Join(",", f.Contacts)}] [{string.Join(",", f.Nets)}] [{string.Join(",", f.Parts)}]");
        var kicad = SampleBoardGoldenTests.CheckBoard(Path.Combine(folder, variant.Name + ".net"));
        var eagle = SampleBoardGoldenTests.CheckBoard(Path.Combine(folder, variant.Name + ".sch"));
        Comparable(eagle).ShouldBe(Comparable(kicad));
    }
}
