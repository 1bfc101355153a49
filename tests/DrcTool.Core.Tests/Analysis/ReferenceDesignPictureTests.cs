using DrcTool.Core.Analysis;
using DrcTool.Core.Analysis.Picture;
using DrcTool.Core.Config;
using DrcTool.TestSupport;

namespace DrcTool.Core.Tests.Analysis;

/// <summary>
/// The picture of Particle's two reference designs. Every fact here was read by hand from the Eagle XML
/// (nets as &lt;pinref&gt; lists): AN001 /RESET = J1 RESET, R1.1, S2.3 and 3V3 holds R1.2, R7.2, R8.2, R9.2;
/// SDA = J1 SDA/D0, R7.1, U1, U2; SCL = J1 SCL/D1, R8.1, U1, U2; ILIM = R13.2 (332), U2 ILIM; R13.1 on GND.
/// SomUSB2: 3V3 (SoM 10/12, R1.2, SJ1.2), 3V3-REG (SJ1.1, L1, R5, C2), FB2 = R5.1 (806K), R6.2 (182K), U1 FB2.
/// </summary>
public class ReferenceDesignPictureTests
{
    [SharedTheory]
    [InlineData("sch")]
    [InlineData("brd")]
    [InlineData("kicad_pcb")]
    public void An001_reset_has_its_10k_pull_up_to_the_soms_3v3(string format)
    {
        var picture = RealBoards.Picture(RealBoards.An001(format));
        var reset = picture.Binding![34]!.Net!;

        var pull = picture.PullUpsOn(reset).ShouldHaveSingleItem();
        pull.Resistor.Reference.ShouldBe("R1");
        pull.Ohms.ShouldBe(10_000);
        pull.OtherGroup.ShouldBeSameAs(picture.SomNode("3V3"));
        pull.OtherRail!.Volts.ShouldBe(3.3);
        picture.DriversOn(reset).ShouldBeEmpty();
    }

    [SharedTheory]
    [InlineData("sch")]
    [InlineData("brd")]
    [InlineData("kicad_pcb")]
    public void An001_i2c_lines_have_4k7_pull_ups_to_3v3_and_only_open_drain_devices(string format)
    {
        var picture = RealBoards.Picture(RealBoards.An001(format));

        foreach (var (contact, resistor) in new[] { (22, "R7"), (20, "R8") })
        {
            var net = picture.Binding![contact]!.Net!;
            var pull = picture.PullsOn(net).ShouldHaveSingleItem();
            pull.Resistor.Reference.ShouldBe(resistor);
            pull.Ohms.ShouldBe(4700);
            pull.Direction.ShouldBe(PullDirection.Up);
            pull.OtherGroup.ShouldBeSameAs(picture.SomNode("3V3"));
            picture.DriversOn(net).Select(d => d.Pin.Component.Reference).ShouldBe(["U1", "U2"]);
            picture.DriversOn(net).ShouldAllBe(d => d.Certainty == DriverCertainty.OpenDrain);
        }
    }

    [SharedTheory]
    [InlineData("sch")]
    [InlineData("brd")]
    [InlineData("kicad_pcb")]
    public void An001_bq24195_ilim_is_332_ohms_to_ground(string format)
    {
        var picture = RealBoards.Picture(RealBoards.An001(format));
        var ilim = picture.PinsOn(picture.Design.NetOf("U2", IlimPad(picture)));
        ilim.ShouldNotBeEmpty();

        var pull = picture.PullsOn(ilim[0].Net).ShouldHaveSingleItem();
        pull.Resistor.Reference.ShouldBe("R13");
        pull.Ohms.ShouldBe(332);
        pull.Direction.ShouldBe(PullDirection.Down);
        // K_ILIM ≈ 530 A·Ω: 530 / 332 ≈ 1.6 A, Particle's 1590 mA.
        (530 / pull.Ohms!.Value).ShouldBe(1.596, 0.001);
    }

    [SharedTheory]
    [InlineData("sch")]
    [InlineData("brd")]
    [InlineData("kicad_pcb")]
    public void An001_rails_are_the_same_in_every_format_and_none_can_be_cut(string format)
    {
        var picture = RealBoards.Picture(RealBoards.An001(format));

        picture.Rails.Select(r => $"{r.NetName} {r.Volts}").ShouldBe(["3V3 3.3", "3V7 3.7", "BAT 4.2", "GND 0", "VBUS 5", "VUSB 5"]);
        picture.SwitchedRails.ShouldBeEmpty();
        picture.RailOf(picture.Binding![2]!.Net)!.NetName.ShouldBe("3V7"); // VCC from bq24195 SYS
    }

    [SharedFact]
    public void An001_schematic_shows_the_xcl223_feeding_3v3_from_3v7_with_its_enable_tied_on()
    {
        var picture = RealBoards.Picture(RealBoards.An001("sch"));

        var channel = picture.Regulators.ShouldHaveSingleItem();
        channel.Part.Component.Reference.ShouldBe("U3");
        channel.Inputs.Select(g => g.Name).ShouldBe(["3V7"]);
        channel.Outputs.Select(g => g.Name).ShouldBe(["3V3"]);
        channel.OutputVolts.ShouldBe(3.3);
        channel.EnableDriven.ShouldBeFalse();
        channel.EnableWhy.ShouldContain("tied to its input 3V7");
        picture.RailOf("3V3")!.Evidence.ShouldContain(e => e.Kind == EvidenceKind.RegulatorOutput);
    }

    [SharedTheory]
    [InlineData("sch")]
    [InlineData("brd")]
    [InlineData("kicad_pcb")]
    public void SomUsb2_3v3_reaches_the_soms_3v3_through_solder_jumper_sj1_counted_closed(string format)
    {
        var picture = RealBoards.Picture(RealBoards.SomUsb2(format));

        var som3V3 = picture.SomNode("3V3")!;
        som3V3.Nets.Select(n => n.Name).ShouldBe(["3V3", "3V3-REG"]);
        som3V3.Joiners.ShouldHaveSingleItem().Part.Reference.ShouldBe("SJ1");
        picture.SomNode("VCC")!.Nets.Select(n => n.Name).ShouldBe(["3V8", "3V8-REG"]);
        picture.RailOf(som3V3)!.Volts.ShouldBe(3.3);
        picture.SwitchedRails.ShouldBeEmpty();
        picture.ResolveVoltage(picture.Design.FindNet("3V3-REG")).Chain[0].ShouldContain("SJ1 (jumper) joins 3V3 and 3V3-REG");
    }

    [SharedFact]
    public void SomUsb2_schematic_works_out_both_mp2122_outputs_from_their_feedback_dividers()
    {
        var picture = RealBoards.Picture(RealBoards.SomUsb2("sch"));

        var outputs = picture.Regulators.Select(c => (c.Channel, Output: c.Outputs.Single().Name, c.OutputVolts, c.EnableDriven)).ToList();
        outputs.Count.ShouldBe(2);
        outputs[0].ShouldBe((1, "3V8", 0.6 * (1 + 806.0 / 150.0), false));
        outputs[1].ShouldBe((2, "3V3", 0.6 * (1 + 806.0 / 182.0), false));
        picture.RailOf("3V3")!.HasConflict.ShouldBeFalse(); // 3.257 V computed vs 3.3 V named: within 0.15 V
    }

    [SharedFact]
    public void SomUsb2_with_sj1_open_in_config_leaves_the_soms_3v3_without_its_regulator()
    {
        var config = DrcConfig.Default with { OpenParts = ["SJ1"] };
        var picture = RealBoards.Picture(RealBoards.SomUsb2("sch"), config);

        picture.SomNode("3V3")!.Nets.Select(n => n.Name).ShouldBe(["3V3"]);
        picture.RailOf("3V3")!.Evidence.ShouldNotContain(e => e.Kind == EvidenceKind.RegulatorOutput);
        picture.RailOf("3V3-REG")!.Evidence.ShouldContain(e => e.Kind == EvidenceKind.RegulatorOutput);
        picture.OpenedByConfig.ShouldHaveSingleItem().ShouldStartWith("SJ1");
    }

    // The BQ24195 deviceset in SomTest1.sch connects pin ILIM to pad 10; board files carry pad numbers only.
    private static string IlimPad(ElectricalPicture picture)
    {
        picture.Design.FindComponent("U2")!.FindPin("10").ShouldNotBeNull();
        return "10";
    }
}

/// <summary>The project's own reference board (sample-boards/reference-board, a hand-written KiCad netlist).</summary>
public class SampleReferenceBoardPictureTests
{
    private static ElectricalPicture Picture() =>
        RealBoards.Picture(Path.Combine(RepoPaths.SampleBoards, "reference-board", "reference-board.net"));

    [Fact]
    public void Rails_come_from_names_and_the_ap2112_and_none_is_made_up_from_an_unconnected_pad_name()
    {
        var picture = Picture();

        picture.Rails.Select(r => $"{r.NetName} {r.Volts}").ShouldBe(["+3V3 3.3", "GND 0", "VBAT 4.2", "VBUS 5", "VSYS 4.2"]);
        picture.RailOf("+3V3")!.Evidence.Select(e => e.Kind).ShouldBe([EvidenceKind.NetName, EvidenceKind.RegulatorOutput, EvidenceKind.SomContact]);
        var ap2112 = picture.Regulators.ShouldHaveSingleItem();
        ap2112.EnableWhy.ShouldContain("tied to its input VSYS");
        picture.SwitchedRails.ShouldBeEmpty();
    }

    [Fact]
    public void Signal_pull_ups_go_to_the_soms_3v3()
    {
        var picture = Picture();

        foreach (var (contact, resistor, ohms) in new[] { (34, "R1", 10_000.0), (22, "R2", 4700.0), (20, "R3", 4700.0), (45, "R4", 10_000.0) })
        {
            var pull = picture.PullUpsOn(picture.Binding![contact]!.Net).ShouldHaveSingleItem();
            (pull.Resistor.Reference, pull.Ohms).ShouldBe((resistor, ohms));
            pull.OtherGroup.ShouldBeSameAs(picture.SomNode("3V3"));
        }
    }
}
