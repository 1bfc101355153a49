using DrcTool.Core.Checks;
using DrcTool.Core.Import;
using DrcTool.TestSupport;

namespace DrcTool.Core.Tests.Rules;

/// <summary>
/// Golden files as CSharpier keeps them: every board in sample-boards/ beside its approved findings. On a mismatch the
/// fresh output is written beside it as *.received.txt (gitignored) to diff and, after checking by hand, approve.
/// </summary>
public class SampleBoardGoldenTests
{
    public static TheoryData<string> Boards()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(RepoPaths.SampleBoards, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            foreach (var board in SampleBoardFiles.BoardsIn(folder))
            {
                data.Add(Path.GetRelativePath(RepoPaths.SampleBoards, board).Replace('\\', '/'));
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
    public void Findings_match_the_approved_file(string relative)
    {
        var path = Path.Combine(RepoPaths.SampleBoards, relative);
        var received = FindingsText.Format(CheckBoard(relative));
        var approvedPath = SampleBoardFiles.ApprovedPath(path);
        var receivedPath = SampleBoardFiles.ReceivedPath(path);
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : null;
        if (approved == received)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received);
        approved.ShouldBe(received, $"findings changed for {relative}; review {receivedPath} by hand and rename it to {Path.GetFileName(approvedPath)} if right");
    }
}
