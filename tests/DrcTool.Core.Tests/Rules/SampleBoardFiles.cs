using System.Text.RegularExpressions;

namespace DrcTool.Core.Tests.Rules;

/// <summary>Where sample boards and their golden files live: each board beside its approved findings.</summary>
internal static partial class SampleBoardFiles
{
    private static readonly string[] BoardExtensions = [".net", ".sch", ".kicad_sch", ".kicad_pcb", ".brd"];

    /// <summary>The folders of rule sample boards: violations/DRCnnn-* break their rule, compliant/DRCnnn-* keep it.</summary>
    public static readonly string[] RuleFolders = ["violations", "compliant"];

    public static IReadOnlyList<string> BoardsIn(string folder) =>
        Directory.GetFiles(folder).Where(f => BoardExtensions.Contains(Path.GetExtension(f))).Order(StringComparer.Ordinal).ToList();

    /// <summary>"board.net" → "board.net.approved.txt": the board's extension stays, so a .net and a .sch never share one.</summary>
    public static string ApprovedPath(string board) => board + ".approved.txt";

    /// <summary>The rule a sample board's folder is named after: "violations/DRC010-5v-on-signal" → "DRC010".</summary>
    public static string RuleOf(string folder) =>
        RuleFolderName().Match(Path.GetFileName(folder.TrimEnd('/', '\\'))) is { Success: true } m
            ? m.Groups[1].Value
            : throw new ArgumentException($"{folder} is not named DRCnnn-<what>", nameof(folder));

    [GeneratedRegex(@"^(DRC\d{3})-")]
    private static partial Regex RuleFolderName();
}
