using DrcTool.Core.Run;
using DrcTool.TestSupport;

namespace DrcTool.Core.Tests.Run;

public sealed class DesignDiscoveryTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("drctool-discovery-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Touch(string relative, string content = "<?xml version=\"1.0\"?><eagle><drawing><schematic/></drawing></eagle>")
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private IReadOnlyList<string> Found(DesignDiscovery? discovery = null, params string[] args) =>
        (discovery ?? new DesignDiscovery()).Discover(args.Length == 0 ? [_dir] : args)
        .Select(i => i.Problem is null ? Path.GetRelativePath(_dir, i.Path).Replace('\\', '/') : "PROBLEM " + i.Problem)
        .ToList();

    [Fact]
    public void One_design_per_board_the_schematic_first_and_the_original_before_its_conversion()
    {
        Touch("an001/SomTest1.sch");
        Touch("an001/SomTest1.brd");
        Touch("an001/SomTest1.lbr");
        Touch("an001/kicad6/SomTest1.kicad_pcb", "(kicad_pcb)");
        Touch("carrier/Carrier Board.sch");
        Touch("carrier/Carrier Board.brd");
        Touch("carrier/kicad6/Carrier_Board.kicad_pcb", "(kicad_pcb)");
        Touch("lib/Particle-Devices.lbr");
        Touch("lib/symbols.kicad_sym", "(kicad_symbol_lib)");

        Found().ShouldBe(["an001/SomTest1.sch", "carrier/Carrier Board.sch"]);
    }

    [Fact]
    public void Prefer_board_checks_the_layout_when_both_exist()
    {
        Touch("x/board.sch");
        Touch("x/board.brd");
        Touch("y/only.sch");
        Found(new DesignDiscovery(_ => DesignFileKind.Board)).ShouldBe(["x/board.brd", "y/only.sch"]);
    }

    [Fact]
    public void A_conversion_with_no_original_beside_it_is_a_design_of_its_own()
    {
        Touch("z/kicad6/Lonely.kicad_pcb", "(kicad_pcb)");
        Touch("z/Other.sch");
        Found().ShouldBe(["z/Other.sch", "z/kicad6/Lonely.kicad_pcb"]);
    }

    [Fact]
    public void Backups_hidden_and_build_folders_and_foreign_formats_are_skipped()
    {
        Touch("p/main.kicad_pcb", "(kicad_pcb)");
        Touch("p/main-backups/main-2024-01-01.kicad_pcb", "(kicad_pcb)");
        Touch("p/_autosave-main.kicad_pcb", "(kicad_pcb)");
        Touch("p/~main.kicad_pcb", "(kicad_pcb)");
        Touch("p/.hidden/x.kicad_pcb", "(kicad_pcb)");
        Touch("p/node_modules/y.kicad_pcb", "(kicad_pcb)");
        Touch("old/legacy.sch", "EESchema Schematic File Version 4\n");
        Touch("old/orcad.net", "OrCAD netlist\n");
        Found().ShouldBe(["p/main.kicad_pcb"]);
    }

    [Fact]
    public void KiCad_sub_sheets_belong_to_their_root()
    {
        Touch("h/root.kicad_sch", "(kicad_sch (sheet (property \"Sheetfile\" \"power.kicad_sch\")) (sheet (property \"Sheet file\" \"io/io.kicad_sch\")))");
        Touch("h/power.kicad_sch", "(kicad_sch)");
        Touch("h/io/io.kicad_sch", "(kicad_sch)");
        Touch("h/root.kicad_pcb", "(kicad_pcb)");
        Found().ShouldBe(["h/root.kicad_sch"]);
    }

    [Fact]
    public void Named_files_are_checked_as_given_and_missing_paths_are_problems()
    {
        var lbr = Touch("lib/x.lbr");
        var sch = Touch("a/a.sch");
        Found(null, sch, lbr, sch, Path.Combine(_dir, "nope.brd")).ShouldBe(["a/a.sch", "lib/x.lbr", "PROBLEM file not found"]);
        Found(null, Path.Combine(_dir, "lib")).ShouldBe(["PROBLEM no KiCad or Eagle design (.kicad_sch, .sch, .kicad_pcb, .brd, .net) in this folder"]);
    }

    [Fact]
    public void Globs_match_within_and_across_folders()
    {
        Touch("g/a/one.kicad_pcb", "(kicad_pcb)");
        Touch("g/b/two.kicad_pcb", "(kicad_pcb)");
        Touch("g/b/deep/three.kicad_pcb", "(kicad_pcb)");
        Found(null, Path.Combine(_dir, "g", "*", "*.kicad_pcb")).ShouldBe(["g/a/one.kicad_pcb", "g/b/two.kicad_pcb"]);
        Found(null, Path.Combine(_dir, "g", "**", "*.kicad_pcb")).ShouldBe(["g/a/one.kicad_pcb", "g/b/deep/three.kicad_pcb", "g/b/two.kicad_pcb"]);
        Found(null, Path.Combine(_dir, "g", "b")).ShouldBe(["g/b/deep/three.kicad_pcb", "g/b/two.kicad_pcb"]);

        // A glob does not reach into folders a scan skips, unless it names them.
        Touch("g/.git/x.kicad_pcb", "(kicad_pcb)");
        Touch("g/obj/y.kicad_pcb", "(kicad_pcb)");
        Found(null, Path.Combine(_dir, "g", "**", "*.kicad_pcb")).Count.ShouldBe(3);
        Found(null, Path.Combine(_dir, "g", "obj", "*.kicad_pcb")).ShouldBe(["g/obj/y.kicad_pcb"]);
    }

    [SharedFact]
    public void The_shared_boards_folder_is_eight_boards_one_file_each()
    {
        var found = new DesignDiscovery().Discover([RepoPaths.SharedFile("boards")])
            .Select(i => Path.GetRelativePath(RepoPaths.SharedFile("boards"), i.Path).Replace('\\', '/'))
            .ToList();
        found.ShouldBe([
            "an001-basic-som-design/SomTest1.sch",
            "an025-tracker-som-first-board/TrackerBase2.sch",
            "an025-tracker-som-first-board/TrackerBaseExp2.sch",
            "chipmc-boron-carrier/Carrier Board.sch",
            "ethernet-featherwing/ethernet-wing-v1.00.sch",
            "som-first-board-somusb2/SomUSB2.sch",
            "switch-demo-electron-eseries/SwitchDemoESeries.sch",
            "switch-demo-electron-eseries/SwitchDemoElectron.sch",
        ]);
    }

    [SharedFact]
    public void KiCad_demo_projects_give_their_root_schematics_only()
    {
        var found = new DesignDiscovery().Discover([RepoPaths.SharedFile("kicad-demos")])
            .Select(i => Path.GetFileName(i.Path)).ToList();
        found.ShouldContain("complex_hierarchy.kicad_sch");
        found.ShouldAllBe(f => f.EndsWith(".kicad_sch"));
        found.Count.ShouldBe(Directory.GetFiles(RepoPaths.SharedFile("kicad-demos"), "*.kicad_pro", SearchOption.AllDirectories).Length);
    }
}
