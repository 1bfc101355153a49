using DrcTool.TestSupport;

namespace DrcTool.Core.Tests.SampleBoards;

/// <summary>
/// The committed violating boards are what the generator makes from the reference board. A board edited by hand, or a
/// reference board that changed, fails here; UPDATE_SAMPLES=1 rewrites them (then review the golden files).
/// </summary>
public class SampleBoardGeneratorTests
{
    internal static string ReferencePath => Path.Combine(RepoPaths.SampleBoards, "reference-board", "reference-board.net");

    public static TheoryData<string> Variants()
    {
        var data = new TheoryData<string>();
        foreach (var v in SampleViolations.All) data.Add(v.Folder);
        return data;
    }

    internal static IEnumerable<(string Path, string Text)> Generate(SampleVariant variant)
    {
        var reference = variant.Module is null ? SampleNetlistFile.Read(ReferencePath) : ModuleCarriers.Make(variant.Module);
        var board = variant.Make(reference.Clone($"DrcTool sample: {variant.Name}: {variant.Change}"));
        var folder = Path.Combine(RepoPaths.SampleBoards, variant.Folder);
        yield return (Path.Combine(folder, variant.Name + ".net"), SampleNetlistFile.Write(board, variant.Name + ".kicad_sch"));
        if (variant.Eagle) yield return (Path.Combine(folder, variant.Name + ".sch"), SampleEagleFile.Write(board));
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Committed_board_is_the_reference_with_its_one_change(string folder)
    {
        var variant = SampleViolations.All.Single(v => v.Folder == folder);
        foreach (var (path, text) in Generate(variant))
        {
            if (Environment.GetEnvironmentVariable("UPDATE_SAMPLES") == "1")
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, text);
                continue;
            }

            File.Exists(path).ShouldBeTrue($"{path} is missing; run the tests with UPDATE_SAMPLES=1 to write it");
            File.ReadAllText(path).ReplaceLineEndings("\n").ShouldBe(text, $"{path} differs from what the generator makes; UPDATE_SAMPLES=1 rewrites it");
        }
    }

    [Fact]
    public void Every_rule_from_DRC010_has_a_violating_variant()
    {
        var ids = SampleViolations.All.Where(v => v.Folder.StartsWith("violations/", StringComparison.Ordinal)).Select(v => v.RuleId).ToList();
        ids.Distinct().Count().ShouldBe(ids.Count);
        foreach (var d in DrcTool.Core.Checks.RuleCatalog.Default.Descriptors) ids.ShouldContain(d.Id);
    }

    [Fact]
    public void Some_boards_are_eagle_schematics()
    {
        SampleViolations.All.Count(v => v.Eagle).ShouldBeGreaterThanOrEqualTo(5);
    }
}
