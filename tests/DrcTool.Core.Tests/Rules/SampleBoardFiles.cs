namespace DrcTool.Core.Tests.Rules;

/// <summary>Where sample boards and their golden files live: each board beside its approved findings.</summary>
internal static class SampleBoardFiles
{
    private static readonly string[] BoardExtensions = [".net", ".sch", ".kicad_sch", ".kicad_pcb", ".brd"];

    public static IReadOnlyList<string> BoardsIn(string folder) =>
        Directory.GetFiles(folder).Where(f => BoardExtensions.Contains(Path.GetExtension(f))).Order(StringComparer.Ordinal).ToList();

    /// <summary>"board.net" → "board.net.approved.txt": the board's extension stays, so a .net and a .sch never share one.</summary>
    public static string ApprovedPath(string board) => board + ".approved.txt";

    public static string ReceivedPath(string board) => board + ".received.txt";
}
