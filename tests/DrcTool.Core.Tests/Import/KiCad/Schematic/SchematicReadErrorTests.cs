using System.Text;
using DrcTool.Core.Import;
using DrcTool.Core.Import.KiCad.Schematic;
using DrcTool.Core.Model;

namespace DrcTool.Core.Tests.Import.KiCad.Schematic;

/// <summary>Unreadable schematics and hierarchies end in a DesignReadException naming the file, line and column.</summary>
public sealed class SchematicReadErrorTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>A KiCad 7 sheet: line 1 "(kicad_sch", then one (sheet ...) per child, each starting on its own line.</summary>
    private static string Sheet(params string[] children)
    {
        var text = new StringBuilder("(kicad_sch (version 20230121) (generator \"eeschema\")\n  (uuid \"00000000-0000-0000-0000-000000000001\")\n  (lib_symbols)\n");
        for (var i = 0; i < children.Length; i++)
        {
            text.Append($"  (sheet (at 10 10) (size 10 10) (uuid \"00000000-0000-0000-0000-1000000000{i:00}\")\n");
            text.Append($"    (property \"Sheetname\" \"s{i}\" (at 0 0 0)) (property \"Sheetfile\" \"{children[i]}\" (at 0 0 0)))\n");
        }

        return text.Append(")\n").ToString();
    }

    private static DesignReadException ReadFails(string path) =>
        Should.Throw<DesignReadException>(() => new KiCadSchematicReader().Read(path, File.ReadAllBytes(path)));

    [Fact]
    public void A_missing_sheet_file_is_named_with_the_line_of_the_sheet_that_references_it()
    {
        var root = _folder.Write("root.kicad_sch", Sheet("present.kicad_sch", "absent.kicad_sch"));
        _folder.Write("present.kicad_sch", Sheet());

        var error = ReadFails(root);

        error.File.ShouldBe(root);
        error.Line.ShouldBe(6);
        error.Column.ShouldBe(3);
        error.Reason.ShouldContain("absent.kicad_sch");
    }

    [Fact]
    public void A_sheet_in_a_sub_folder_finds_its_own_sheets_beside_it_and_others_beside_the_root()
    {
        var root = _folder.Write("root.kicad_sch", Sheet("boards/power.kicad_sch"));
        _folder.Write("boards/power.kicad_sch", Sheet("regulator.kicad_sch", "common.kicad_sch"));
        _folder.Write("boards/regulator.kicad_sch", Sheet());
        _folder.Write("common.kicad_sch", Sheet());

        var design = new KiCadSchematicReader().Read(root, File.ReadAllBytes(root));

        design.Components.ShouldBeEmpty();
    }

    [Fact]
    public void A_sheet_that_contains_itself_through_another_is_a_cycle_not_a_hang()
    {
        var root = _folder.Write("a.kicad_sch", Sheet("b.kicad_sch"));
        var b = _folder.Write("b.kicad_sch", Sheet("a.kicad_sch"));

        var error = ReadFails(root);

        error.File.ShouldBe(b);
        error.Line.ShouldBe(4);
        error.Reason.ShouldContain("a.kicad_sch");
        error.Reason.ShouldContain("cycle");
    }

    [Fact]
    public void A_hierarchy_deeper_than_the_limit_is_refused()
    {
        var depth = SheetHierarchy.MaxDepth + 2;
        for (var i = 0; i < depth; i++)
        {
            _folder.Write($"level{i}.kicad_sch", Sheet($"level{i + 1}.kicad_sch"));
        }

        _folder.Write($"level{depth}.kicad_sch", Sheet());

        var error = ReadFails(Path.Combine(_folder.Path, "level0.kicad_sch"));

        error.Reason.ShouldContain("deeper");
    }

    [Fact]
    public void A_hierarchy_that_multiplies_into_too_many_instances_is_refused()
    {
        var tenChildren = Enumerable.Repeat("next.kicad_sch", 10).ToArray();
        var root = _folder.Write("root.kicad_sch", Sheet(tenChildren.Select(_ => "l1.kicad_sch").ToArray()));
        for (var level = 1; level < 6; level++)
        {
            _folder.Write($"l{level}.kicad_sch", Sheet(tenChildren.Select(_ => $"l{level + 1}.kicad_sch").ToArray()));
        }

        _folder.Write("l6.kicad_sch", Sheet());

        ReadFails(root).Reason.ShouldContain("sheet instances");
    }

    [Fact]
    public void A_small_sheet_placed_thousands_of_times_is_refused_before_it_expands_into_hours_of_work()
    {
        var ten = Enumerable.Repeat("x", 10).ToArray();
        var root = _folder.Write("root.kicad_sch", Sheet(ten.Select(_ => "l1.kicad_sch").ToArray()));
        _folder.Write("l1.kicad_sch", Sheet(ten.Select(_ => "l2.kicad_sch").ToArray()));
        _folder.Write("l2.kicad_sch", Sheet(ten.Select(_ => "l3.kicad_sch").ToArray()));
        _folder.Write("l3.kicad_sch", Sheet(ten.Select(_ => "leaf.kicad_sch").ToArray()));
        var wires = string.Concat(Enumerable.Range(0, 5000).Select(i => $"(wire (pts (xy {i} 0) (xy {i} 1)))\n"));
        _folder.Write("leaf.kicad_sch", "(kicad_sch (version 20230121) (lib_symbols)\n" + wires + ")\n");

        ReadFails(root).Reason.ShouldContain("expands to more than");
    }

    [Fact]
    public void A_symbol_missing_from_lib_symbols_is_reported_at_the_symbol()
    {
        var root = _folder.Write("root.kicad_sch",
            "(kicad_sch (version 20230121) (generator \"eeschema\")\n  (lib_symbols)\n  (symbol (lib_id \"Device:R\") (at 10 10 0) (unit 1)\n    (property \"Reference\" \"R1\" (at 0 0 0)))\n)\n");

        var error = ReadFails(root);

        error.Line.ShouldBe(3);
        error.Reason.ShouldContain("Device:R");
    }

    [Fact]
    public void A_truncated_schematic_names_where_the_open_list_began()
    {
        var root = _folder.Write("root.kicad_sch", "(kicad_sch (version 20230121)\n  (wire (pts (xy 0 0) (xy 1 1))\n");

        var error = ReadFails(root);

        error.File.ShouldBe(root);
        error.Line.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void A_symbol_at_an_angle_that_is_not_a_right_angle_is_refused()
    {
        var root = _folder.Write("root.kicad_sch",
            "(kicad_sch (version 20230121)\n  (lib_symbols)\n  (symbol (lib_id \"Device:R\") (at 10 10 45) (unit 1))\n)\n");

        ReadFails(root).Line.ShouldBe(3);
    }

    [Fact]
    public void Deeply_nested_input_does_not_overflow_the_stack()
    {
        var text = "(kicad_sch (version 20230121) (lib_symbols) (text " + new string('(', 200_000) + new string(')', 200_000) + "))";
        var root = _folder.Write("deep.kicad_sch", text);

        var design = new KiCadSchematicReader().Read(root, File.ReadAllBytes(root));

        design.Components.ShouldBeEmpty();
    }

    [Fact]
    public void The_design_loader_finds_the_schematic_reader_from_the_content()
    {
        var design = DesignLoader.Default.Load(SchematicTestFiles.PathOf("k8_hierarchy.kicad_sch"));

        design.Format.ShouldBe(DesignFormat.KiCadSchematic);
        design.FindComponent("R201").ShouldNotBeNull();
    }
}
