using DrcTool.TestSupport;
using Xunit.Abstractions;

namespace DrcTool.Cli.Tests.KiCadOracle;

/// <summary>
/// The board side of the differential test: for every <c>.kicad_pcb</c> of the real KiCad 7–9 projects in
/// ../shared/kicad-projects and of KiCad 9's demos, <c>drctool netlist --format json</c> puts the same (ref, pad) on
/// the same nets, under the same names, as KiCad 9's pcbnew reads from the board (pad_nets.py).
/// </summary>
public sealed class BoardMatchesPcbnewTests(ITestOutputHelper output)
{
    private static string Script => Path.Combine(RepoPaths.Root, "tests", "DrcTool.Cli.Tests", "KiCadOracle", "pad_nets.py");

    private static readonly Lazy<bool> Prefetched = new(() =>
    {
        Pcbnew.Prefetch(Script, AllBoards().Select(b => b.Path));
        return true;
    });

    public static TheoryData<string, string> SharedBoards => Rows("kicad-projects");

    public static TheoryData<string, string> DemoBoards => Rows("kicad9-demos");

    [PcbnewTheory("shared")]
    [MemberData(nameof(SharedBoards))]
    public void Real_KiCad_7_to_9_board_equals_pcbnew(string set, string board) => AssertSamePadNets(set, board);

    [PcbnewTheory("demos")]
    [MemberData(nameof(DemoBoards))]
    public void KiCad_9_demo_board_equals_pcbnew(string set, string board) => AssertSamePadNets(set, board);

    private void AssertSamePadNets(string set, string board)
    {
        _ = Prefetched.Value;
        var path = Path.Combine(Folder(set)!, board);
        var kicad = OracleNetlist.FromPcbnewJson(Pcbnew.PadNets(Script, path));
        var run = CliRun.Of("netlist", path, "--format", "json");
        if (Refused.TryGetValue($"{set}/{board}", out var why))
        {
            // KiCad stops reading at the end of the top-level list and ignores what follows; DrcTool reports it.
            run.ExitCode.ShouldBe(2, run.Output);
            run.Error.ShouldContain(why);
            return;
        }

        run.ExitCode.ShouldBe(0, run.Error);

        var difference = NetlistDifference.Compare(kicad, OracleNetlist.FromDrcToolJson(run.Json, sharedReferences: true));

        output.WriteLine($"{set}/{board}: {difference.Summary}");
        foreach (var line in difference.Connectivity.Concat(difference.Names)) output.WriteLine(line);
        difference.None.ShouldBeTrue($"{set}/{board}: {difference.Summary}");
    }

    /// <summary>Boards KiCad reads but DrcTool refuses as damaged, with the error DrcTool gives.</summary>
    private static readonly Dictionary<string, string> Refused = new(StringComparer.Ordinal)
    {
        // Text after the board's closing parenthesis (a stray footprint tail at line 629): pcbnew ignores it.
        ["kicad9-demos/royalblue54L_feather/RoyalBlue54L-Feather.kicad_pcb"] = "a ')' too many",
    };

    /// <summary>
    /// Boards larger than this are left out: pcbnew takes minutes over KiCad's 69 MB vme-wren demo on the shared build
    /// machine, and the whole differential suite must stay within a few minutes.
    /// </summary>
    private const long MaxBoardBytes = 16L << 20;

    private static TheoryData<string, string> Rows(string set)
    {
        var data = new TheoryData<string, string>();
        foreach (var (rowSet, path) in AllBoards())
        {
            if (rowSet == set) data.Add(set, Path.GetRelativePath(Folder(set)!, path));
        }

        if (data.Count == 0) data.Add(set, "(none found)");
        return data;
    }

    /// <summary>Each project's board: the <c>.kicad_pcb</c> beside every <c>.kicad_pro</c>.</summary>
    private static IEnumerable<(string Set, string Path)> AllBoards()
    {
        foreach (var set in new[] { "kicad-projects", "kicad9-demos" })
        {
            if (Folder(set) is not { } folder) continue;
            foreach (var project in Directory.EnumerateFiles(folder, "*.kicad_pro", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var board = Path.ChangeExtension(project, ".kicad_pcb");
                if (File.Exists(board) && new FileInfo(board).Length <= MaxBoardBytes) yield return (set, board);
            }
        }
    }

    private static string? Folder(string set) => set switch
    {
        "kicad9-demos" => KiCadCli.DemosFolder,
        _ => RepoPaths.SharedAvailable ? RepoPaths.SharedFile(set) : null,
    };
}
