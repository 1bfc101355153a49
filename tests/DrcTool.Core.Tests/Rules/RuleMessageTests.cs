using System.Text.RegularExpressions;
using DrcTool.Core.Checks;
using DrcTool.Core.Import;
using DrcTool.TestSupport;

namespace DrcTool.Core.Tests.Rules;

/// <summary>
/// A finding's message is one of its rule's descriptor formats, filled: the descriptor says everything a rule can
/// say (issue 9, item 2). Checked on every finding the sample boards and the real boards in ../shared produce.
/// </summary>
public class RuleMessageTests
{
    [Fact]
    public void Every_sample_board_finding_is_one_of_its_rules_message_formats()
    {
        var boards = ((IEnumerable<object[]>)SampleBoardGoldenTests.Boards()).Select(row => (string)row[0]).Append("reference-board/reference-board.net").ToList();
        boards.Count.ShouldBeGreaterThan(40);
        var checkedFindings = 0;
        foreach (var board in boards)
        {
            foreach (var finding in SampleBoardGoldenTests.CheckBoard(board).Findings)
            {
                ShouldBeAFormatOfItsRule(finding, board);
                checkedFindings++;
            }
        }

        checkedFindings.ShouldBeGreaterThan(100);
    }

    [SharedFact]
    public void Every_real_board_finding_is_one_of_its_rules_message_formats()
    {
        // Every Eagle schematic and board of the real designs (B-SoM, Tracker SoM, Boron, Electron, E-Series).
        var files = Directory.GetFiles(RepoPaths.SharedFile("boards"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".sch", StringComparison.Ordinal) || f.EndsWith(".brd", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        files.Count.ShouldBeGreaterThan(10);
        var findings = 0;
        foreach (var path in files)
        {
            foreach (var finding in DesignChecker.Check(DesignLoader.Default.Load(path), CheckOptions.Default).Findings)
            {
                ShouldBeAFormatOfItsRule(finding, path);
                findings++;
            }
        }

        findings.ShouldBeGreaterThan(20);
    }

    [Fact]
    public void The_format_check_rejects_a_message_no_format_has()
    {
        var finding = new Finding { RuleId = "DRC014", Severity = Severity.Note, Message = "RST (34) is somewhere odd", Location = Model.SourceLocation.Unknown("x.net") };
        Should.Throw<ShouldAssertException>(() => ShouldBeAFormatOfItsRule(finding, "x.net"));
    }

    private static void ShouldBeAFormatOfItsRule(Finding finding, string board)
    {
        var descriptor = RuleCatalog.Default.FindDescriptor(finding.RuleId).ShouldNotBeNull();
        var formats = descriptor.AllMessageFormats.Select(m => m.Value).ToList();
        formats.Any(f => AsPattern(f).IsMatch(finding.Message)).ShouldBeTrue(
            $"{board}: {finding.RuleId} said \"{finding.Message}\", which is none of its formats:\n{string.Join("\n", formats)}");
    }

    /// <summary>The format as a whole-text pattern, each value placeholder standing for any text.</summary>
    private static Regex AsPattern(string format) =>
        new("^" + Regex.Replace(Regex.Escape(format), @"\\\{[A-Za-z0-9]+}", "(.*)") + "$", RegexOptions.Singleline, TimeSpan.FromSeconds(1));
}
