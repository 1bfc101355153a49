using System.Text;
using DrcTool.Core.Import;
using DrcTool.Core.Import.KiCad;
using DrcTool.Core.Model;

namespace DrcTool.Core.Tests.Import.KiCad;

public sealed class KiCadBoardReaderTests
{
    private static Design Read(string text, string path = "board.kicad_pcb") =>
        DesignLoader.Default.Load(path, Encoding.UTF8.GetBytes(text));

    private static string[] NodesOf(Design design, string net) =>
        design.FindNet(net).ShouldNotBeNull($"net {net}").Nodes.Select(n => n.ToString()).ToArray();

    [Fact]
    public void The_loader_picks_the_board_reader_from_the_content()
    {
        var design = Read(KiCadBoardSamples.KiCad6, "misnamed.txt");
        design.Format.ShouldBe(DesignFormat.KiCadBoard);
        design.SourceFile.ShouldBe("misnamed.txt");
    }

    [Fact]
    public void A_board_saved_with_a_byte_order_mark_is_still_recognised_and_read()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(KiCadBoardSamples.KiCad5)).ToArray();
        var design = DesignLoader.Default.Load("bom.kicad_pcb", bytes);
        design.FindComponent("D1").ShouldNotBeNull().Location.Line.ShouldBe(5);
    }

    [Fact]
    public void KiCad6_footprints_become_components_with_reference_value_and_footprint()
    {
        var design = Read(KiCadBoardSamples.KiCad6);
        design.Components.Select(c => c.Reference).ShouldBe(["R1", "SW1", "C1", "REF**", "REF**#2"]);

        var r1 = design.FindComponent("R1").ShouldNotBeNull();
        r1.Value.ShouldBe("10k");
        r1.Footprint.ShouldBe("Resistor_SMD:R_0603_1608Metric");
        r1.Library.ShouldBe("Resistor_SMD");
        r1.Properties["MPN"].ShouldBe("RC0603FR-0710KL");
        r1.Fitted.ShouldBeTrue();
        r1.Location.ShouldBe(new SourceLocation("board.kicad_pcb", 7, 3));
        r1.Pins.ShouldBe([new ComponentPin("1", "", PinType.Passive), new ComponentPin("2", "", PinType.Passive)]);
    }

    [Fact]
    public void Pads_sharing_a_number_are_one_pin_and_unnumbered_holes_are_no_pin()
    {
        var sw1 = Read(KiCadBoardSamples.KiCad6).FindComponent("SW1").ShouldNotBeNull();
        sw1.Pins.ShouldBe([new ComponentPin("1", "A", PinType.Passive), new ComponentPin("2", "B", PinType.Passive)]);
        sw1.Fitted.ShouldBeTrue("exclude_from_pos_files only means hand-placed");
    }

    [Fact]
    public void KiCad6_nets_come_from_the_pads_and_skip_net_zero()
    {
        var design = Read(KiCadBoardSamples.KiCad6);
        design.Nets.Select(n => n.Name).ShouldBe(["GND", "+3V3", "/RST"]);
        NodesOf(design, "/RST").ShouldBe(["C1.1", "R1.2", "SW1.1"]);
        NodesOf(design, "GND").ShouldBe(["SW1.2"]);
        NodesOf(design, "+3V3").ShouldBe(["R1.1"]);
        design.NetOf("C1", "2").ShouldBeNull();
        // A net's location is its declaration in the board's net table.
        design.FindNet("/RST")!.Location.ShouldBe(new SourceLocation("board.kicad_pcb", 6, 3));
    }

    [Fact]
    public void A_not_fitted_value_or_a_bom_exclusion_marks_the_part_not_fitted_but_keeps_it_on_its_nets()
    {
        var design = Read(KiCadBoardSamples.KiCad6);
        design.FindComponent("C1")!.Fitted.ShouldBeFalse();
        design.NetOf("C1", "1")!.Name.ShouldBe("/RST");
        design.FindComponent("REF**")!.Fitted.ShouldBeFalse();
        design.FindComponent("REF**")!.Pins.ShouldBeEmpty();
    }

    [Fact]
    public void KiCad8_reads_reference_and_value_properties_and_pin_functions()
    {
        var design = Read(KiCadBoardSamples.KiCad8);
        design.Components.Select(c => c.Reference).ShouldBe(["U1", "R7", "C3"]);
        var u1 = design.FindComponent("U1")!;
        u1.Value.ShouldBe("AP2112K-3.3");
        u1.Footprint.ShouldBe("Package_TO_SOT_SMD:SOT-23-5");
        u1.Properties["Datasheet"].ShouldBe("https://www.diodes.com/assets/Datasheets/AP2112.pdf");
        u1.Fitted.ShouldBeTrue();
        u1.Pins.Select(p => (p.Number, p.Name, p.Type)).ShouldBe([
            ("1", "VIN", PinType.PowerIn), ("2", "GND", PinType.PowerIn), ("3", "EN", PinType.Input),
            ("4", "NC", PinType.NoConnect), ("5", "VOUT", PinType.PowerOut)]);
        u1.Location.ShouldBe(new SourceLocation("board.kicad_pcb", 14, 2));
    }

    [Fact]
    public void KiCad8_dnp_and_exclude_from_bom_attributes_mean_not_fitted()
    {
        var design = Read(KiCadBoardSamples.KiCad8);
        design.FindComponent("R7")!.Fitted.ShouldBeFalse();
        design.FindComponent("C3")!.Fitted.ShouldBeFalse();
        design.FindComponent("C3")!.Pins[0].Type.ShouldBe(PinType.Passive, "+no_connect is a flag on the pin, not its type");
    }

    [Fact]
    public void KiCad8_nets_include_single_pad_unconnected_nets_and_leave_out_padless_pins()
    {
        var design = Read(KiCadBoardSamples.KiCad8);
        design.Nets.Select(n => n.Name).ShouldBe(["GND", "+5V", "Net-(U1-EN)", "unconnected-(U1-NC-Pad4)"]);
        NodesOf(design, "+5V").ShouldBe(["C3.1", "R7.1", "U1.1"]);
        NodesOf(design, "Net-(U1-EN)").ShouldBe(["R7.2", "U1.3"]);
        design.NetOf("U1", "5").ShouldBeNull();
    }

    [Fact]
    public void Pads_with_only_a_net_name_form_nets_by_that_name()
    {
        var design = Read(KiCadBoardSamples.NetNamesOnly);
        design.Nets.Count.ShouldBe(1);
        NodesOf(design, "VBUS").ShouldBe(["TP1.1", "TP2.1"]);
        // No net table: the net is located at the first pad's net.
        design.Nets[0].Location.Line.ShouldBe(10);
        design.NetOf("TP3", "1").ShouldBeNull();
    }

    [Fact]
    public void KiCad5_modules_with_bare_atoms_are_read()
    {
        var design = Read(KiCadBoardSamples.KiCad5);
        var d1 = design.FindComponent("D1").ShouldNotBeNull();
        d1.Value.ShouldBe("LED");
        d1.Footprint.ShouldBe("LED_SMD:LED_0603_1608Metric");
        NodesOf(design, "Net-(D1-Pad2)").ShouldBe(["D1.2"]);
        NodesOf(design, "GND").ShouldBe(["D1.1"]);
    }

    [Fact]
    public void A_file_that_is_not_a_board_names_where_it_went_wrong()
    {
        var error = Should.Throw<DesignReadException>(() => new KiCadBoardReader().Read("x.kicad_pcb", Encoding.UTF8.GetBytes("\n  (kicad_sch (version 1))")));
        (error.Line, error.Column).ShouldBe((2, 3));
        error.Reason.ShouldContain("kicad_pcb");
    }

    [Fact]
    public void A_truncated_board_is_an_error_with_file_line_and_column()
    {
        var text = KiCadBoardSamples.KiCad8[..(KiCadBoardSamples.KiCad8.Length / 2)];
        var error = Should.Throw<DesignReadException>(() => Read(text, "cut.kicad_pcb"));
        error.File.ShouldBe("cut.kicad_pcb");
        error.Line.ShouldBeGreaterThan(1);
        error.Column.ShouldBeGreaterThan(0);
    }
}
