using DrcTool.Core.Model;

namespace DrcTool.Core.Tests.Import.KiCad.Schematic;

/// <summary>
/// Connectivity of the project's own KiCad 8 hierarchy (Data/k8_hierarchy.kicad_sch with child.kicad_sch placed twice).
/// Every expectation below was worked out by hand from the drawing, not taken from the reader's output.
/// </summary>
public sealed class KiCadSchematicReaderTests
{
    private static readonly Lazy<Design> Hierarchy = new(() => SchematicTestFiles.Read("k8_hierarchy.kicad_sch"));

    private static Design Design => Hierarchy.Value;

    [Fact]
    public void A_root_label_reaches_the_child_through_its_sheet_pin_and_keeps_the_stronger_root_name()
    {
        Design.NetOf("R1.2").ShouldBe("/SDA: R1.2 R101.1");
    }

    [Fact]
    public void The_second_instance_of_a_sheet_takes_its_own_references_and_its_own_parent_net()
    {
        Design.NetOf("R2.2").ShouldBe("/SCL: R2.2 R201.1");
        Design.FindComponent("C201").ShouldNotBeNull();
        Design.FindComponent("R101").ShouldNotBeNull();
    }

    [Fact]
    public void Local_labels_stay_inside_their_sheet_instance_and_carry_the_sheet_path()
    {
        Design.NetOf("R101.2").ShouldBe("/child_a/LOCAL: C101.1 R101.2");
        Design.NetOf("R201.2").ShouldBe("/child_b/LOCAL: C201.1 R201.2");
    }

    [Fact]
    public void A_global_label_joins_every_instance_and_the_root()
    {
        Design.NetOf("R12.1").ShouldBe("RESET: C101.2 C201.2 R12.1");
    }

    [Fact]
    public void Power_symbols_name_global_nets_by_value_and_hidden_power_pins_join_them_by_pin_name()
    {
        Design.NetOf("R1.1").ShouldBe("+3V3: R1.1");
        Design.NetOf("R2.1").ShouldBe("GND: R2.1 U2.6");
        Design.NetOf("U2.5").ShouldBe("VCC: U2.5");
    }

    [Fact]
    public void A_wire_ending_on_another_wires_middle_connects_only_where_a_junction_is_drawn()
    {
        Design.NetOf("R3", "1").ShouldBeNull();
        Design.NetOf("R4", "1").ShouldBeNull();
        Design.NetOf("R5.1").ShouldBe("Net-(R5-Pad1): R5.1 R6.1");
    }

    [Fact]
    public void Pins_are_placed_with_rotation_then_mirror_and_the_sheet_Y_axis_flipped()
    {
        Design.NetOf("J1.1").ShouldBe("/MIRROR1: J1.1 R7.1");
        Design.NetOf("J1.3").ShouldBe("/MIRROR3: J1.3 R8.1");
        Design.NetOf("J1", "2").ShouldBeNull();
    }

    [Fact]
    public void The_units_of_a_part_make_one_component_with_every_pad_and_connect_through_a_wire()
    {
        var u2 = Design.FindComponent("U2").ShouldNotBeNull();
        u2.Pins.Select(p => p.Number).ShouldBe(["1", "2", "3", "4", "5", "6"]);
        u2.FindPin("5").ShouldBe(new ComponentPin("5", "VCC", PinType.PowerIn));
        u2.FindPin("2")!.Type.ShouldBe(PinType.Output);
        // KiCad 7+ names a pin-driven net after a named pin with its unit letter: "Net-(U2A-Y)" beats "Net-(U2B-A)".
        Design.NetOf("U2.2").ShouldBe("Net-(U2A-Y): U2.2 U2.3");
        Design.Components.Count(c => c.Reference == "U2").ShouldBe(1);
    }

    [Fact]
    public void Dnp_and_bom_flags_mark_parts_not_fitted_parts_off_the_board_and_power_symbols_are_not_parts()
    {
        Design.FindComponent("R1")!.Fitted.ShouldBeTrue();
        Design.FindComponent("R9")!.Fitted.ShouldBeFalse();
        Design.FindComponent("R10")!.Fitted.ShouldBeFalse();
        // (on_board no): KiCad's netlist leaves the part out (kicad-cli 9, KiCadOracle/Schematics/kicad9-features).
        Design.FindComponent("R11").ShouldBeNull();
        Design.Components.ShouldNotContain(c => c.Reference.StartsWith('#'));
    }

    [Fact]
    public void Components_and_nets_say_where_they_come_from()
    {
        var r101 = Design.FindComponent("R101")!;
        Path.GetFileName(r101.Location.File).ShouldBe("child.kicad_sch");
        r101.Location.Line.ShouldBeGreaterThan(1);
        r101.Library.ShouldBe("Device");
        r101.Symbol.ShouldBe("R");
        r101.Value.ShouldBe("1k");
        var reset = Design.FindNet("RESET")!;
        reset.Location.Line.ShouldBeGreaterThan(1);
    }

    [Fact]
    public void An_edited_symbol_is_found_through_lib_name()
    {
        Design.FindComponent("R8").ShouldNotBeNull().Pins.Count.ShouldBe(2);
    }

    [Fact]
    public void Reading_twice_gives_the_same_nets_in_the_same_order()
    {
        var again = SchematicTestFiles.Read("k8_hierarchy.kicad_sch");
        again.Nets.Select(n => $"{n.Name}:{string.Join(',', n.Nodes)}")
            .ShouldBe(Design.Nets.Select(n => $"{n.Name}:{string.Join(',', n.Nodes)}"));
    }
}
