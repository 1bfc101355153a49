using DrcTool.Core.Checks;
using DrcTool.Core.Import;
using DrcTool.TestSupport;

namespace DrcTool.Core.Tests.Rules;

/// <summary>
/// Golden files as CSharpier keeps them, one per behaviour: every rule sample board (violations/DRCnnn-*,
/// compliant/DRCnnn-*) beside an approved file holding only its own rule's findings and the IDs of the other rules it
/// may also fire. Another rule firing, or a listed one no longer firing, fails the test, so the list stays true. On a
/// mismatch the output is written beside it as *.received.txt (gitignored) to read and accept (docs/golden-files.md).
/// The reference board's goldens, one per report format, are in the CLI tests (ReferenceBoardGoldenTests).
/// </summary>
public class SampleBoardGoldenTests
{
    public static TheoryData<string> Boards()
    {
        var data = new TheoryData<string>();
        foreach (var kind in SampleBoardFiles.RuleFolders)
        {
            var root = Path.Combine(RepoPaths.SampleBoards, kind);
            if (!Directory.Exists(root)) continue;
            foreach (var folder in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
            {
                foreach (var board in SampleBoardFiles.BoardsIn(folder))
                {
                    data.Add(Path.GetRelativePath(RepoPaths.SampleBoards, board).Replace('\\', '/'));
                }
            }
        }

        return data;
    }

    internal static CheckResult CheckBoard(string relative)
    {
        var path = Path.Combine(RepoPaths.SampleBoards, relative);
        var design = DesignLoader.Default.Load(path);
        return DesignChecker.Check(design, CheckOptions.Default);
    }

    [Theory]
    [MemberData(nameof(Boards))]
    public void Findings_of_the_boards_rule_match_the_approved_file(string relative)
    {
        var path = Path.Combine(RepoPaths.SampleBoards, relative);
        var compliant = relative.StartsWith("compliant/", StringComparison.Ordinal);
        var rule = SampleBoardFiles.RuleOf(Path.GetDirectoryName(relative)!);
        var result = CheckBoard(relative);
        var approvedPath = SampleBoardFiles.ApprovedPath(path);

        var fires = result.Findings.Any(f => f.RuleId == rule);
        var ruleProblem = (compliant, fires) switch
        {
            (true, true) => $"{rule} fires on its compliant board.",
            (false, false) => $"{rule} does not fire on the board built to break it.",
            _ => null,
        };
        var listProblem = File.Exists(approvedPath) && FocusedFindings.MayAlsoFire(File.ReadAllText(approvedPath)) is { } listed
            ? FocusedFindings.ListChanges(listed, FocusedFindings.OthersFiring(result, rule))
            : null;

        Approval.Verify(FocusedFindings.Format(result, rule, compliant), approvedPath, string.Join("\n", new[] { ruleProblem, listProblem }.Where(p => p is { Length: > 0 })));
        ruleProblem.ShouldBeNull($"{relative} matches its approved file, but the approved file accepts a wrong result");
    }
}
