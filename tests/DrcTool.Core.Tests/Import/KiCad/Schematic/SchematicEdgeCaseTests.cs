using DrcTool.Core.Import.KiCad.Schematic;
using DrcTool.Core.Model;

namespace DrcTool.Core.Tests.Import.KiCad.Schematic;

/// <summary>Small inline schematics for cases the demos and the data files do not draw.</summary>
public sealed class SchematicEdgeCaseTests : IDisposable
{
    private const string Resistor = """
        (symbol "Device:R" (in_bom yes) (on_board yes)
          (symbol "R_1_1"
            (pin passive line (at 0 3.81 270) (length 1.27) (name "~") (number "1"))
            (pin passive line (at 0 -3.81 90) (length 1.27) (name "~") (number "2"))))
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Design Read(string libSymbols, string items, string version = "20211123")
    {
        var path = _folder.Write("edge.kicad_sch", $"(kicad_sch (version {version}) (generator eeschema)\n (lib_symbols {libSymbols})\n{items}\n)\n");
        return new KiCadSchematicReader().Read(path, File.ReadAllBytes(path));
    }

    private static string Symbol(string reference, double x, double y, int angle = 0, string extra = "") =>
        $"(symbol (lib_id \"Device:R\") (at {x} {y} {angle}) (unit 1) {extra} (property \"Reference\" \"{reference}\" (id 0) (at 0 0 0)) (property \"Value\" \"1k\" (id 1) (at 0 0 0)))\n";

    [Fact]
    public void A_jumper_pin_group_joins_the_nets_on_its_pins()
    {
        // KiCad 10 syntax (kicad-cli 9 cannot load it): pins 1 and 2 of JP1 are joined inside the part; pin 3 is not.
        const string jumper = """
            (symbol "Jumper:JP" (in_bom yes) (on_board yes) (jumper_pin_groups ("1" "2"))
              (symbol "JP_1_1"
                (pin passive line (at -10 0 0) (length 1.27) (name "A") (number "1"))
                (pin passive line (at 10 0 180) (length 1.27) (name "B") (number "2"))
                (pin passive line (at 0 -10 90) (length 1.27) (name "C") (number "3"))))
            """;
        // R1 pin 1 sits on JP1 pin 1 (40, 50); R2 pin 1 on JP1 pin 2 (60, 50); R3 pin 1 on JP1 pin 3 (50, 60).
        var items = "(symbol (lib_id \"Jumper:JP\") (at 50 50 0) (unit 1) (property \"Reference\" \"JP1\" (at 0 0 0)) (property \"Value\" \"JP\" (at 0 0 0)))\n"
                    + Symbol("R1", 40, 53.81) + Symbol("R2", 60, 53.81) + Symbol("R3", 50, 63.81);

        var design = Read(Resistor + jumper, items, "20250114");

        design.NetOf("R1", "1")!.Nodes.ShouldBe([new NetNode("JP1", "1"), new NetNode("JP1", "2"), new NetNode("R1", "1"), new NetNode("R2", "1")]);
        design.NetOf("R3", "1")!.Nodes.ShouldBe([new NetNode("JP1", "3"), new NetNode("R3", "1")]);
    }

    [Fact]
    public void Unannotated_symbols_stay_separate_parts()
    {
        var design = Read(Resistor, Symbol("R?", 10, 10) + Symbol("R?", 30, 10));

        design.Components.Count.ShouldBe(2);
        design.Components.Select(c => c.Reference).Distinct().Count().ShouldBe(2);
    }

    [Fact]
    public void Pins_stacked_on_one_point_connect_without_a_wire()
    {
        // R1 pin 2 at (10, 13.81); R2 rotated 180 at (10, 17.62) puts its pin 2 at (10, 13.81) too.
        var design = Read(Resistor, Symbol("R1", 10, 10) + Symbol("R2", 10, 17.62, 180));

        design.NetOf("R1", "2")!.Nodes.ShouldBe([new NetNode("R1", "2"), new NetNode("R2", "2")]);
    }

    [Fact]
    public void Local_labels_of_the_same_name_join_separate_wires_and_the_label_on_a_wire_middle_attaches()
    {
        var items = Symbol("R1", 10, 10) + Symbol("R2", 50, 10)
                    + "(wire (pts (xy 10 13.81) (xy 10 30)))\n(label \"BUS_A\" (at 10 20 0))\n"
                    + "(wire (pts (xy 50 13.81) (xy 50 30)))\n(label \"BUS_A\" (at 50 30 0))\n";

        var design = Read(Resistor, items);

        var net = design.NetOf("R1", "2").ShouldNotBeNull();
        net.Name.ShouldBe("/BUS_A");
        net.Nodes.ShouldBe([new NetNode("R1", "2"), new NetNode("R2", "2")]);
    }

    [Fact]
    public void A_label_off_the_wire_does_not_attach()
    {
        var items = Symbol("R1", 10, 10) + Symbol("R2", 50, 10)
                    + "(wire (pts (xy 10 13.81) (xy 10 30)))\n(label \"X\" (at 11 20 0))\n(label \"X\" (at 50 13.81 0))\n";

        Read(Resistor, items).NetOf("R1", "2").ShouldBeNull();
    }

    [Fact]
    public void A_global_label_outranks_a_local_label_on_the_same_net()
    {
        var items = Symbol("R1", 10, 10) + Symbol("R2", 10, 30)
                    + "(wire (pts (xy 10 13.81) (xy 10 26.19)))\n(label \"LOCAL\" (at 10 20 0))\n(global_label \"SHARED\" (shape input) (at 10 13.81 0))\n";

        Read(Resistor, items).NetOf("R1", "2")!.Name.ShouldBe("SHARED");
    }

    [Fact]
    public void Files_before_format_20230221_name_a_power_symbols_net_after_its_hidden_pin_later_ones_after_its_value()
    {
        const string power = """
            (symbol "power:VDD" (power) (in_bom yes) (on_board yes)
              (symbol "VDD_0_1" (pin power_in line (at 0 0 90) (length 0) hide (name "VDD") (number "1"))))
            """;
        var items = Symbol("R1", 10, 10)
                    + "(symbol (lib_id \"power:VDD\") (at 10 6.19 0) (unit 1) (property \"Reference\" \"#PWR1\" (at 0 0 0)) (property \"Value\" \"+3V3\" (at 0 0 0)))\n";

        Read(Resistor + power, items, "20211123").NetOf("R1", "1")!.Name.ShouldBe("VDD");
        Read(Resistor + power, items, "20230121").NetOf("R1", "1")!.Name.ShouldBe("VDD");
        Read(Resistor + power, items, "20230221").NetOf("R1", "1")!.Name.ShouldBe("+3V3");
    }

    [Theory]
    [InlineData("20211123", "Net-(R1-Pad1)", "Net-(U1-Pad2)")]
    [InlineData("20231120", "Net-(U1-IN)", "Net-(U1-GND-Pad2)")]
    public void Pin_driven_nets_are_named_as_the_files_KiCad_version_names_them(string version, string inputNet, string groundNet)
    {
        // U1's pin 1 "IN" wired to R1; its two pins named GND (2 and 3) wired to each other.
        const string buffer = """
            (symbol "Logic:BUF" (in_bom yes) (on_board yes)
              (symbol "BUF_1_1"
                (pin input line (at -5.08 0 0) (length 2.54) (name "IN") (number "1"))
                (pin power_in line (at 0 5.08 270) (length 2.54) (name "GND") (number "2"))
                (pin power_in line (at 0 -5.08 90) (length 2.54) (name "GND") (number "3"))))
            """;
        var items = "(symbol (lib_id \"Logic:BUF\") (at 20 10 0) (unit 1) (property \"Reference\" \"U1\" (at 0 0 0)) (property \"Value\" \"BUF\" (at 0 0 0)))\n"
                    + Symbol("R1", 10, 13.81) + "(wire (pts (xy 14.92 10) (xy 10 10)))\n"
                    + "(wire (pts (xy 20 4.92) (xy 25 4.92) (xy 25 15.08) (xy 20 15.08)))\n";

        var design = Read(Resistor + buffer, items, version);

        // KiCad 6 takes the smallest "Net-(REF-PadN)"; KiCad 7+ prefers a pin's name, and adds the pad to a repeated one.
        design.NetOf("U1", "1")!.Name.ShouldBe(inputNet);
        design.NetOf("U1", "3")!.Name.ShouldBe(groundNet);
    }

    [Fact]
    public void An_invisible_power_pin_joins_its_named_net_wired_or_not()
    {
        // Two parts with a hidden power_in pin "VDD" (pin 3): U1's is left alone, U2's is wired to R1. KiCad 9 names
        // U2's wire after the pin that drives it, so both reach "VDD" (kicad-cli: flat_hierarchy's VPP, carte_test's -12V).
        const string part = """
            (symbol "Logic:IC" (in_bom yes) (on_board yes)
              (symbol "IC_1_1"
                (pin input line (at -5.08 0 0) (length 2.54) (name "A") (number "1"))
                (pin power_in line (at 0 5.08 270) (length 0) hide (name "VDD") (number "3"))))
            """;
        var items = "(symbol (lib_id \"Logic:IC\") (at 20 10 0) (unit 1) (property \"Reference\" \"U1\" (at 0 0 0)) (property \"Value\" \"IC\" (at 0 0 0)))\n"
                    + "(symbol (lib_id \"Logic:IC\") (at 40 10 0) (unit 1) (property \"Reference\" \"U2\" (at 0 0 0)) (property \"Value\" \"IC\" (at 0 0 0)))\n"
                    + Symbol("R1", 60, 8.73) + "(wire (pts (xy 40 4.92) (xy 60 4.92)))\n";

        foreach (var version in new[] { "20231120", "20211123" })
        {
            var net = Read(Resistor + part, items, version).NetOf("U2", "3")!;
            net.Name.ShouldBe("VDD");
            net.Nodes.ShouldBe([new NetNode("R1", "1"), new NetNode("U1", "3"), new NetNode("U2", "3")]);
        }
    }

    [Fact]
    public void A_local_label_joins_a_global_label_of_the_same_name_on_its_own_sheet()
    {
        var items = Symbol("R1", 10, 10) + Symbol("R2", 30, 10)
                    + "(label \"VMAIN\" (at 10 13.81 0))\n(global_label \"VMAIN\" (shape input) (at 30 13.81 0))\n";

        var net = Read(Resistor, items).NetOf("R1", "2").ShouldNotBeNull();

        net.Name.ShouldBe("VMAIN");
        net.Nodes.ShouldBe([new NetNode("R1", "2"), new NetNode("R2", "2")]);
    }

    [Fact]
    public void Separate_nets_that_earn_the_same_name_are_told_apart_by_a_suffix()
    {
        // Two sheets, each with a pin "SDA" wired to its own resistor; the child sheets name nothing.
        _folder.Write("empty.kicad_sch", "(kicad_sch (version 20211123) (lib_symbols))\n");
        string SheetWithPin(int i, double y) =>
            $"(sheet (at 40 {y}) (size 10 10) (uuid \"00000000-0000-0000-0000-00000000000{i}\") (property \"Sheet name\" \"s{i}\" (at 0 0 0)) "
            + $"(property \"Sheet file\" \"empty.kicad_sch\" (at 0 0 0)) (pin \"SDA\" input (at 40 {y} 180)))\n";
        var items = Symbol("R1", 10, 10) + "(wire (pts (xy 10 13.81) (xy 40 13.81)))\n" + SheetWithPin(1, 13.81)
                    + Symbol("R2", 10, 50) + "(wire (pts (xy 10 53.81) (xy 40 53.81)))\n" + SheetWithPin(2, 53.81);

        var design = Read(Resistor, items);

        design.NetOf("R1", "2")!.Name.ShouldBe("/SDA");
        design.NetOf("R2", "2")!.Name.ShouldBe("/SDA_1");
    }

    [Fact]
    public void A_part_excluded_with_exclude_from_board_is_left_out_and_a_dnp_part_is_not_fitted()
    {
        // Two resistors end to end: R1 (excluded) and R2 (DNP) share the point (10, 13.81).
        var design = Read(Resistor, Symbol("R1", 10, 10, extra: "(exclude_from_board yes)") + Symbol("R2", 10, 17.62, extra: "(dnp)")
                                    + Symbol("R3", 10, 25.24));

        design.FindComponent("R1").ShouldBeNull();
        design.FindComponent("R2")!.Fitted.ShouldBeFalse();
        design.NetOf("R2", "2")!.Nodes.ShouldBe([new NetNode("R2", "2"), new NetNode("R3", "1")]);
        design.NetOf("R2", "1").ShouldBeNull();
    }
}
