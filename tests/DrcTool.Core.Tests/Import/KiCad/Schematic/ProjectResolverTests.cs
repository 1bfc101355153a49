using DrcTool.Core.Import;
using DrcTool.TestSupport;

namespace DrcTool.Core.Tests.Import.KiCad.Schematic;

public sealed class ProjectResolverTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_project_file_gives_the_root_schematic_of_its_name_not_a_sub_sheet()
    {
        var project = SchematicTestFiles.PathOf("k8_hierarchy.kicad_pro");

        var found = ProjectResolver.Find(project);

        found.RootSchematic.ShouldBe(SchematicTestFiles.PathOf("k8_hierarchy.kicad_sch"));
        found.Board.ShouldBeNull();
        ProjectResolver.Resolve(project, DesignPreference.Board).ShouldBe(SchematicTestFiles.PathOf("k8_hierarchy.kicad_sch"));
    }

    [Fact]
    public void With_a_schematic_and_a_board_the_caller_chooses()
    {
        _folder.Write("demo.kicad_pro", "{}");
        var schematic = _folder.Write("demo.kicad_sch", "(kicad_sch)");
        var board = _folder.Write("demo.kicad_pcb", "(kicad_pcb)");
        _folder.Write("sub.kicad_sch", "(kicad_sch)");

        ProjectResolver.Resolve(_folder.Path, DesignPreference.Schematic).ShouldBe(schematic);
        ProjectResolver.Resolve(_folder.Path, DesignPreference.Board).ShouldBe(board);
        ProjectResolver.Resolve(Path.Combine(_folder.Path, "demo.kicad_pro"), DesignPreference.Board).ShouldBe(board);
    }

    [Fact]
    public void A_design_file_passes_through_unchanged()
    {
        ProjectResolver.IsProjectInput("board.kicad_pcb").ShouldBeFalse();
        ProjectResolver.Resolve("board.kicad_pcb", DesignPreference.Schematic).ShouldBe("board.kicad_pcb");
    }

    [Fact]
    public void A_folder_without_a_project_file_pairs_the_board_with_its_schematic()
    {
        var schematic = _folder.Write("main.kicad_sch", "(kicad_sch)");
        _folder.Write("power.kicad_sch", "(kicad_sch)");
        var board = _folder.Write("main.kicad_pcb", "(kicad_pcb)");

        ProjectResolver.Find(_folder.Path).ShouldBe(new KiCadProject(null, schematic, board));
    }

    [Fact]
    public void Several_projects_in_one_folder_need_the_user_to_name_one()
    {
        _folder.Write("one.kicad_pro", "{}");
        _folder.Write("two.kicad_pro", "{}");
        _folder.Write("one.kicad_sch", "(kicad_sch)");

        Should.Throw<DesignReadException>(() => ProjectResolver.Find(_folder.Path)).Reason.ShouldContain("one.kicad_pro");
    }

    [Fact]
    public void A_project_without_its_files_is_an_error_naming_what_is_missing()
    {
        var project = _folder.Write("lonely.kicad_pro", "{}");

        Should.Throw<DesignReadException>(() => ProjectResolver.Find(project)).Reason.ShouldContain("lonely.kicad_sch");
    }

    [SharedFact]
    public void The_demo_with_two_revisions_picks_the_project_named_like_its_folder_or_asks()
    {
        var ecc83 = RepoPaths.SharedFile("kicad-demos", "ecc83");
        Should.Throw<DesignReadException>(() => ProjectResolver.Find(ecc83));
        var found = ProjectResolver.Find(Path.Combine(ecc83, "ecc83-pp_v2.kicad_pro"));
        Path.GetFileName(found.RootSchematic).ShouldBe("ecc83-pp_v2.kicad_sch");
        Path.GetFileName(found.Board).ShouldBe("ecc83-pp_v2.kicad_pcb");
        var hierarchy = ProjectResolver.Find(RepoPaths.SharedFile("kicad-demos", "complex_hierarchy"));
        Path.GetFileName(hierarchy.RootSchematic).ShouldBe("complex_hierarchy.kicad_sch");
    }
}
