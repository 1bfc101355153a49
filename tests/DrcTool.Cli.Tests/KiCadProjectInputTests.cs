using DrcTool.Cli.Batch;
using DrcTool.TestSupport;

namespace DrcTool.Cli.Tests;

/// <summary>
/// A KiCad project (.kicad_pro) or its folder as the input of pins, netlist and check: the root schematic is read
/// (or the board, with --prefer board or prefer: board in drctool.yaml), and the output names the file it read.
/// </summary>
public sealed class KiCadProjectInputTests : IDisposable
{
    private static readonly string ReferenceFolder = Path.Combine(RepoPaths.SampleBoards, "reference-board");
    private static readonly string ReferenceSchematic = Path.Combine(ReferenceFolder, "reference-board.kicad_sch");
    private static readonly string ReferenceProject = Path.Combine(ReferenceFolder, "reference-board.kicad_pro");

    /// <summary>A schematic with no parts: a board without the SoM socket (DRC001, exit 1) if it were ever checked.</summary>
    private const string EmptySchematic = "(kicad_sch (version 20231120) (generator \"eeschema\") (uuid \"7d0f2a40-1c4e-4b7a-9a51-0c7e1f3b2d11\") (paper \"A4\") (lib_symbols))\n";

    private readonly string _dir = Directory.CreateTempSubdirectory("drctool-project-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>A KiCad project folder: name.kicad_pro and the reference board's schematic as name.kicad_sch.</summary>
    private string Project(string folder, string name)
    {
        var dir = Path.Combine(_dir, folder);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, name + ".kicad_pro"), "{}\n");
        File.Copy(ReferenceSchematic, Path.Combine(dir, name + ".kicad_sch"));
        return dir;
    }

    [Fact]
    public void Check_of_the_sample_schematic_exits_0_like_its_netlist()
    {
        var run = CliRun.Of("check", ReferenceSchematic);

        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        run.Error.ShouldBeEmpty();
        run.Output.ShouldContain("reference-board.kicad_sch: 0 errors, 0 warnings, 2 notes (socket J1, B404X)");
    }

    [Theory]
    [InlineData("pins")]
    [InlineData("netlist")]
    public void A_project_file_reads_its_root_schematic(string command)
    {
        var run = CliRun.Of(command, ReferenceProject, "--format", "json");

        run.ExitCode.ShouldBe(0, run.Error);
        Path.GetFullPath(run.Json.GetProperty("file").GetString()!).ShouldBe(Path.GetFullPath(ReferenceSchematic));
    }

    [Fact]
    public void A_project_folder_reads_its_root_schematic_and_the_text_names_it()
    {
        var run = CliRun.Of("pins", ReferenceFolder);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldStartWith($"{ReferenceSchematic}: SoM socket J1");
    }

    [Fact]
    public void Check_of_a_project_file_or_its_folder_checks_the_root_schematic_once()
    {
        foreach (var input in new[] { ReferenceProject, ReferenceFolder })
        {
            var run = CliRun.Of("check", input, "--format", "json");
            run.ExitCode.ShouldBe(0, run.Error);
            var designs = run.Json.GetProperty("designs").EnumerateArray().ToList();
            designs.Count.ShouldBe(1, input);
            Path.GetFullPath(designs[0].GetProperty("file").GetString()!).ShouldBe(Path.GetFullPath(ReferenceSchematic));
        }
    }

    [Fact]
    public void In_a_project_folder_a_sheet_the_project_does_not_use_is_not_a_board()
    {
        var dir = Project("carrier", "carrier");
        File.WriteAllText(Path.Combine(dir, "old-power.kicad_sch"), EmptySchematic);

        var run = CliRun.Of("check", dir);

        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        run.Output.ShouldContain("carrier.kicad_sch: 0 errors");
        run.Output.ShouldNotContain("old-power");

        // Without the project file the folder is a folder of boards, and the stray sheet is checked (no module: DRC001's note).
        File.Delete(Path.Combine(dir, "carrier.kicad_pro"));
        var scan = CliRun.Of("check", dir);
        scan.ExitCode.ShouldBe(0);
        scan.Output.ShouldContain("note DRC001: no Particle module found");
        scan.Output.ShouldContain("old-power.kicad_sch");
    }

    [Fact]
    public void Prefer_board_reads_the_projects_board_from_the_option_or_from_drctool_yaml()
    {
        var dir = Project("both", "both");
        // A board that cannot be read: exit 2 naming it shows that the board, not the schematic, was chosen.
        var board = Path.Combine(dir, "both.kicad_pcb");
        File.WriteAllText(board, "(kicad_pcb (version 20240108)\n");

        CliRun.Of("netlist", dir).ExitCode.ShouldBe(0);
        var preferred = CliRun.Of("netlist", dir, "--prefer", "board");
        preferred.ExitCode.ShouldBe(2);
        preferred.Error.ShouldContain("both.kicad_pcb");
        var checkBoard = CliRun.Of("check", Path.Combine(dir, "both.kicad_pro"), "--prefer", "board");
        checkBoard.ExitCode.ShouldBe(2);
        checkBoard.Error.ShouldContain("both.kicad_pcb");

        File.WriteAllText(Path.Combine(dir, "drctool.yaml"), "prefer: board\n");
        var fromConfig = CliRun.Of("pins", dir);
        fromConfig.ExitCode.ShouldBe(2);
        fromConfig.Error.ShouldContain("both.kicad_pcb");
        CliRun.Of("pins", dir, "--prefer", "schematic").ExitCode.ShouldBe(0);
    }

    [Fact]
    public void A_repository_whose_root_is_a_project_still_has_its_other_boards_checked()
    {
        var root = Project("repo", "carrier");
        File.WriteAllText(Path.Combine(root, "unused.kicad_sch"), EmptySchematic);
        var module = Path.Combine(root, "modules", "sensor");
        Directory.CreateDirectory(module);
        File.Copy(ReferenceSchematic, Path.Combine(module, "sensor.kicad_sch"));

        var run = CliRun.Of("check", root, "--format", "json");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Json.GetProperty("designs").EnumerateArray().Select(d => Path.GetRelativePath(root, d.GetProperty("file").GetString()!).Replace('\\', '/'))
            .ShouldBe(["carrier.kicad_sch", "modules/sensor/sensor.kicad_sch"]);
    }

    [Fact]
    public void Discovery_of_a_project_folder_keeps_its_exports_and_unused_sheets_as_alternates()
    {
        var root = Path.Combine(_dir, "p");
        foreach (var (file, text) in new[]
                 {
                     ("p.kicad_pro", "{}"), ("p.kicad_sch", EmptySchematic), ("p.kicad_pcb", "(kicad_pcb)"), ("export/p.net", "(export)"),
                     ("unused.kicad_sch", EmptySchematic), ("eagle/other.brd", "<?xml version=\"1.0\"?><eagle><drawing><board/></drawing></eagle>"),
                 })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, file))!);
            File.WriteAllText(Path.Combine(root, file), text);
        }

        var found = new DesignDiscovery().Discover([root]);
        found.Select(i => Path.GetRelativePath(root, i.Path).Replace('\\', '/')).ShouldBe(["eagle/other.brd", "p.kicad_sch"]);
        found[1].Alternates!.Select(a => Path.GetRelativePath(root, a).Replace('\\', '/')).ShouldBe(["export/p.net", "p.kicad_pcb", "unused.kicad_sch"]);

        var boardFirst = new DesignDiscovery(_ => DesignFileKind.Board).Discover([root]);
        boardFirst.Select(i => Path.GetFileName(i.Path)).ShouldBe(["other.brd", "p.kicad_pcb"]);
    }

    [Fact]
    public void A_folder_of_several_projects_is_checked_board_by_board_and_pins_asks_for_one()
    {
        Project("main", "main");
        Project("sensor", "sensor");

        var run = CliRun.Of("check", _dir, "--format", "json");
        run.ExitCode.ShouldBe(0, run.Error);
        run.Json.GetProperty("designs").EnumerateArray().Select(d => Path.GetFileName(d.GetProperty("file").GetString()))
            .ShouldBe(["main.kicad_sch", "sensor.kicad_sch"]);

        var pins = CliRun.Of("pins", _dir);
        pins.ExitCode.ShouldBe(2);
        pins.Error.ShouldContain("holds 2 designs");
    }

    [Fact]
    public void A_project_file_without_its_schematic_or_board_exits_2_naming_it()
    {
        var project = Path.Combine(_dir, "lonely.kicad_pro");
        File.WriteAllText(project, "{}\n");

        var check = CliRun.Of("check", project);
        check.ExitCode.ShouldBe(2);
        check.Error.ShouldContain("lonely.kicad_pro");
        check.Error.ShouldContain("lonely.kicad_sch");

        var pins = CliRun.Of("pins", project);
        pins.ExitCode.ShouldBe(2);
        pins.Error.ShouldContain("lonely.kicad_pro");
    }
}
