using DrcTool.Core.Analysis;
using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Analysis.Picture;
using DrcTool.Core.Binding;
using DrcTool.Core.Config;
using DrcTool.Core.Model;

namespace DrcTool.Core.Tests.Analysis;

public class ElectricalPictureTests
{
    // J1 stands in for the M.2 socket: pads 10 (3V3), 34 (RST), 22 (D0), 2 (VCC), 1 (GND).
    private static TestDesign Base() => new TestDesign()
        .Part("J1", "SPARK_M.2EKEY", "SPARK_M.2EKEY", "1:GND", "2:VCC", "10:3V3", "22:SDA/D0", "34:RESET");

    private static SomBinding Bind(Design design) => TestDesign.Bind(design, "J1",
        (1, "GND", SomPinKind.Ground), (2, "VCC", SomPinKind.Power), (10, "3V3", SomPinKind.Power),
        (22, "D0", SomPinKind.Gpio), (34, "RST", SomPinKind.Reset));

    [Fact]
    public void Reset_pull_up_reaches_the_soms_3v3_through_one_resistor()
    {
        var design = Base()
            .Part("R1", "10K", "RES-10K-0603")
            .Net("/RESET", "J1.34", "R1.1")
            .Net("3V3", "J1.10", "R1.2")
            .Net("GND", "J1.1")
            .Build();
        var picture = ElectricalPicture.Build(design, Bind(design));

        var pull = picture.PullsOn("/RESET").ShouldHaveSingleItem();
        pull.Resistor.Reference.ShouldBe("R1");
        pull.Ohms.ShouldBe(10_000);
        pull.Direction.ShouldBe(PullDirection.Up);
        pull.OtherNet.Name.ShouldBe("3V3");
        pull.OtherRail!.Volts.ShouldBe(3.3);
        picture.ClassOf("R1").ShouldBe(PartClass.Resistor);
        picture.ClassOf("J1").ShouldBe(PartClass.SomSocket);
        picture.IsGround("GND").ShouldBeTrue();
        picture.RailOf("/RESET").ShouldBeNull();
    }

    [Fact]
    public void Rail_voltage_keeps_every_reason_strongest_first()
    {
        var design = Base().Net("3V3", "J1.10").Net("GND", "J1.1").Build();
        var picture = ElectricalPicture.Build(design, Bind(design));

        var resolution = picture.ResolveVoltage("3V3");

        resolution.Volts.ShouldBe(3.3);
        resolution.Rail!.Evidence.Select(e => e.Kind).ShouldBe([EvidenceKind.NetName, EvidenceKind.SomContact]);
        resolution.Chain[0].ShouldContain("name '3V3' says 3.3 V");
        resolution.Chain[1].ShouldContain("SoM contact 3V3 (10)");
        resolution.Rail.HasConflict.ShouldBeFalse();
    }

    [Fact]
    public void A_net_named_vbat_on_the_3v3_contact_is_a_conflict_and_the_name_wins()
    {
        var design = Base().Net("VBAT", "J1.10").Build();
        var rail = ElectricalPicture.Build(design, Bind(design)).RailOf("VBAT")!;

        rail.Volts.ShouldBe(4.2);
        rail.HasConflict.ShouldBeTrue();
    }

    [Fact]
    public void Solder_jumper_joins_the_regulator_output_to_3v3_unless_config_opens_it()
    {
        var design = Base()
            .Part("SJ1", "", "JUMPER-PTH-2-NO")
            .Part("U1", "AP2112K-3.3", "AP2112K", "1:VIN", "2:GND", "3:EN", "5:VOUT")
            .Net("VUSB", "U1.1", "U1.3")
            .Net("GND", "U1.2", "J1.1")
            .Net("REG_OUT", "U1.5", "SJ1.1")
            .Net("3V3", "SJ1.2", "J1.10")
            .Build();

        var closed = ElectricalPicture.Build(design, Bind(design));
        closed.AreJoined(design.FindNet("REG_OUT")!, design.FindNet("3V3")!).ShouldBeTrue();
        closed.Joins.ShouldHaveSingleItem().Part.Reference.ShouldBe("SJ1");
        var rail = closed.RailOf("3V3")!;
        rail.Volts.ShouldBe(3.3);
        rail.Evidence.Select(e => e.Kind).ShouldBe([EvidenceKind.NetName, EvidenceKind.RegulatorOutput, EvidenceKind.SomContact]);
        rail.Evidence[1].Why.ShouldContain("AP2112K-3.3");
        rail.CanBeCut.ShouldBeFalse();
        rail.Nets.ShouldBe(["3V3", "REG_OUT"]);

        var open = ElectricalPicture.Build(design, Bind(design), new PictureSettings { OpenParts = ["SJ1"] });
        open.AreJoined(design.FindNet("REG_OUT")!, design.FindNet("3V3")!).ShouldBeFalse();
        open.RailOf("3V3")!.Evidence.ShouldNotContain(e => e.Kind == EvidenceKind.RegulatorOutput);
        open.RailOf("REG_OUT")!.Volts.ShouldBe(3.3);
    }

    [Fact]
    public void Zero_ohm_resistors_and_ferrites_pass_through_but_other_resistors_do_not()
    {
        var design = new TestDesign()
            .Part("R1", "0R", "R")
            .Part("FB1", "BLM18PG221", "FERRITE")
            .Part("R2", "10k", "R")
            .Net("+5V", "R1.1")
            .Net("5V_A", "R1.2", "FB1.1")
            .Net("5V_B", "FB1.2", "R2.1")
            .Net("SIG", "R2.2")
            .Build();
        var picture = ElectricalPicture.Build(design);

        picture.NodeOf("5V_B")!.Nets.Select(n => n.Name).ShouldBe(["+5V", "5V_A", "5V_B"]);
        picture.PullsOn("SIG").ShouldHaveSingleItem().OtherRail!.Volts.ShouldBe(5.0);
        picture.Resistors.ShouldHaveSingleItem().Component.Reference.ShouldBe("R2");
    }

    [Fact]
    public void Regulator_enable_driven_by_a_som_pin_makes_its_rail_cuttable_and_tied_enable_does_not()
    {
        var design = Base()
            .Part("U1", "XC9258A33", "XC9258", "1:VIN", "2:CE", "3:VOUT", "4:GND")
            .Part("U2", "TLV75533", "TLV755", "1:IN", "2:EN", "3:OUT", "4:GND")
            .Net("VSYS", "U1.1", "U2.1", "U2.2")
            .Net("PWR_EN", "U1.2", "J1.22")
            .Net("3V3", "U1.3", "J1.10")
            .Net("AUX", "U2.3")
            .Net("GND", "J1.1", "U1.4", "U2.4")
            .Build();
        var picture = ElectricalPicture.Build(design, Bind(design));

        var rail = picture.RailOf("3V3")!;
        rail.CanBeCut.ShouldBeTrue();
        rail.CutReason!.ShouldContain("J1.22");
        var aux = picture.RailOf("AUX")!;
        aux.Volts.ShouldBe(3.3);
        aux.CanBeCut.ShouldBeFalse();
        picture.Regulators.Single(r => r.Part.Component.Reference == "U2").EnableWhy.ShouldContain("tied to its input VSYS");
    }

    [Fact]
    public void Load_switch_output_can_be_cut_and_so_can_what_is_made_from_it()
    {
        var design = new TestDesign()
            .Part("U1", "XC8107", "XC8107", "1:VIN", "2:ON", "3:VOUT", "4:GND")
            .Part("U2", "MCP1700-3302E", "MCP1700", "1:VIN", "2:VOUT", "3:GND")
            .Part("S1", "", "SWITCH-SLIDE", "1", "2")
            .Net("VBAT", "U1.1", "S1.1")
            .Net("ON", "U1.2", "S1.2")
            .Net("VCC_SW", "U1.3", "U2.1")
            .Net("3V3", "U2.2")
            .Net("GND", "U1.4", "U2.3")
            .Build();
        var picture = ElectricalPicture.Build(design);

        var switched = picture.RailOf("VCC_SW")!;
        switched.Volts.ShouldBe(4.2);
        switched.VoltageSource.ShouldContain("load switch");
        switched.CanBeCut.ShouldBeTrue();
        var downstream = picture.RailOf("3V3")!;
        downstream.Volts.ShouldBe(3.3);
        downstream.CanBeCut.ShouldBeTrue();
        downstream.CutReason!.ShouldContain("VCC_SW");
        picture.SwitchedRails.Select(r => r.NetName).ShouldBe(["3V3", "VCC_SW"]);
    }

    [Fact]
    public void A_high_side_transistor_with_a_driven_gate_switches_its_rail()
    {
        // The Boron carrier's power switch: Q1 source on the battery, drain to LI+, gate on the ON/OFF slide switch.
        var design = new TestDesign()
            .Part("Q1", "BSS215P", "BSS215P", "1:GATE", "2:SOURCE", "3:DRAIN")
            .Part("Q2", "BSS138", "BSS138", "1:GATE", "2:SOURCE", "3:DRAIN")
            .Part("S1", "", "SWITCH-SLIDE", "1", "2")
            .Part("R2", "100k", "R")
            .Net("BATT-IN", "Q1.2", "R2.2")
            .Net("LI+", "Q1.3")
            .Net("ON/OFF", "Q1.1", "R2.1", "S1.2", "Q2.1")
            .Net("GND", "S1.1", "Q2.2")
            .Net("EN", "Q2.3")
            .Build();
        var picture = ElectricalPicture.Build(design);

        var rail = picture.RailOf("LI+")!;
        rail.CanBeCut.ShouldBeTrue();
        rail.CutReason.ShouldBe("Q1 BSS215P switches it: gate ON/OFF is driven by S1.2");
        rail.Evidence.Select(e => e.Why).ShouldContain("Q1 BSS215P switches BATT-IN (4.2 V) onto it");
        picture.CanBeCut(design.FindNet("EN"), out _).ShouldBeFalse(); // Q2's source is ground: a low-side switch
    }

    [Fact]
    public void A_transistor_whose_gate_is_tied_is_not_a_switch()
    {
        // Reverse-polarity protection: gate to ground, never switched in operation.
        var design = new TestDesign()
            .Part("Q1", "DMG2305", "PMOS", "1:G", "2:S", "3:D")
            .Net("VBAT", "Q1.2").Net("VBAT_PROT", "Q1.3").Net("GND", "Q1.1")
            .Build();

        ElectricalPicture.Build(design).CanBeCut(design.FindNet("VBAT_PROT"), out _).ShouldBeFalse();
    }

    [Fact]
    public void Config_pins_a_voltage_and_overrides_cuttability()
    {
        var design = new TestDesign()
            .Part("U1", "XC8107", "XC8107", "1:VIN", "2:ON", "3:VOUT", "4:GND")
            .Net("VIN_EXT", "U1.1")
            .Net("OUT", "U1.3")
            .Net("GND", "U1.4")
            .Build();
        var config = DrcConfig.Default with
        {
            Rails =
            [
                new RailSetting("VIN_EXT", 12, null, "bench supply", new SourceLocation("drctool.yaml", 3, 5)),
                new RailSetting("OUT", null, false, "always on in this product", new SourceLocation("drctool.yaml", 6, 5)),
            ],
        };
        var picture = ElectricalPicture.Build(design, null, PictureSettings.From(config));

        picture.RailOf("VIN_EXT")!.Volts.ShouldBe(12);
        picture.RailOf("VIN_EXT")!.VoltageSource.ShouldContain("drctool.yaml:3:5");
        var output = picture.RailOf("OUT")!;
        output.Volts.ShouldBe(12);
        output.CanBeCut.ShouldBeFalse();
    }

    [Fact]
    public void Divider_gives_its_ratio_and_tap_voltage()
    {
        var design = new TestDesign()
            .Part("R1", "10k", "R")
            .Part("R2", "20k", "R")
            .Net("+5V", "R1.1")
            .Net("SENSE", "R1.2", "R2.1")
            .Net("GND", "R2.2")
            .Build();
        var picture = ElectricalPicture.Build(design);

        var divider = picture.DividersOn(design.FindNet("SENSE")).ShouldHaveSingleItem();
        divider.Upper.Resistor.Reference.ShouldBe("R1");
        divider.Lower.Resistor.Reference.ShouldBe("R2");
        divider.Ratio.ShouldBe(2.0 / 3.0, 1e-9);
        divider.TapVolts.ShouldBe(10.0 / 3.0, 1e-9);
    }

    [Fact]
    public void Feedback_divider_sets_an_adjustable_regulators_output()
    {
        // SomUSB2's MP2122 channel 2: 0.6 V × (1 + 806k/182k) = 3.257 V.
        var design = new TestDesign()
            .Part("U1", "MP2122", "MPS2112", "1:IN", "2:EN2", "3:SW2", "4:FB2", "5:GND")
            .Part("L1", "4.7uH", "INDUCTOR-4.7UH")
            .Part("R5", "806K", "RES-806K-0603")
            .Part("R6", "182K", "RES-182K-0603")
            .Net("VUSB", "U1.1", "U1.2")
            .Net("SW2", "U1.3", "L1.1")
            .Net("OUT", "L1.2", "R5.2")
            .Net("FB2", "U1.4", "R5.1", "R6.2")
            .Net("GND", "U1.5", "R6.1")
            .Build();
        var picture = ElectricalPicture.Build(design);

        var rail = picture.RailOf("OUT")!;
        rail.Volts.ShouldBe(0.6 * (1 + 806.0 / 182.0), 1e-9);
        rail.VoltageSource.ShouldContain("806k/182k");
        rail.CanBeCut.ShouldBeFalse();
    }

    [Fact]
    public void Drivers_carry_their_supply_rail_and_open_drain_pins_do_not_drive_high()
    {
        var design = new TestDesign()
            .Part("U5", "74HCT125", "74HCT125", "1:VCC:PowerIn", "2:Y:Output", "3:GND:PowerIn", "4:INT:OpenCollector", "5:DATA")
            .Net("+5V", "U5.1")
            .Net("SIG", "U5.2", "U5.4", "U5.5")
            .Net("GND", "U5.3")
            .Build();
        var picture = ElectricalPicture.Build(design);

        var drivers = picture.DriversOn("SIG");
        drivers.Select(d => (d.Pin.Label, d.Certainty)).ShouldBe(
            [("U5.2", DriverCertainty.Declared), ("U5.4", DriverCertainty.OpenDrain), ("U5.5", DriverCertainty.Possible)]);
        drivers[0].Supply!.Volts.ShouldBe(5.0);
        drivers[0].Why.ShouldContain("powered from +5V");
    }

    [Fact]
    public void Not_fitted_parts_are_out_of_the_circuit_but_listed()
    {
        var design = Base()
            .NotFitted("R9", "10K DNP", "R")
            .Net("/RESET", "J1.34", "R9.1")
            .Net("3V3", "J1.10", "R9.2")
            .Build();
        var picture = ElectricalPicture.Build(design, Bind(design));

        picture.PullsOn("/RESET").ShouldBeEmpty();
        picture.NotFittedOn(design.FindNet("/RESET")).ShouldHaveSingleItem().Component.Reference.ShouldBe("R9");
        picture.ComponentsOn("/RESET").Select(p => p.Component.Reference).ShouldBe(["J1"]);
        picture.NotFitted.ShouldHaveSingleItem();
    }

    [Fact]
    public void Paths_through_two_resistors_reach_a_rail()
    {
        var design = new TestDesign()
            .Part("R1", "1k", "R")
            .Part("R2", "10k", "R")
            .Net("GPIO", "R1.1")
            .Net("MID", "R1.2", "R2.1")
            .Net("+5V", "R2.2")
            .Build();
        var picture = ElectricalPicture.Build(design);
        var gpio = design.FindNet("GPIO")!;

        picture.HasPath(gpio, design.FindNet("+5V")!, maxResistors: 1).ShouldBeFalse();
        var path = picture.FindPath(gpio, design.FindNet("+5V")!, maxResistors: 2)!;
        path.Ohms.ShouldBe(11_000);
        path.ToString().ShouldBe("net GPIO → R1 1k → net MID → R2 10k → net +5V");
        picture.PathsToRails(gpio).ShouldHaveSingleItem().To.Name.ShouldBe("+5V");
    }

    [Fact]
    public void The_picture_does_not_depend_on_the_order_of_parts_and_nets()
    {
        var forward = new TestDesign()
            .Part("R2", "4.7k", "R").Part("R1", "4.7k", "R")
            .Net("SDA", "R1.1").Net("SCL", "R2.1").Net("3V3", "R1.2", "R2.2")
            .Build();
        var reversed = new Design(forward.SourceFile, forward.Format, forward.Components.Reverse().ToList(), forward.Nets.Reverse().ToList());

        string Describe(ElectricalPicture p) => string.Join("\n",
            p.Nodes.Select(n => n.ToString())
                .Concat(p.Rails.Select(r => r.ToString()))
                .Concat(p.Resistors.Select(r => $"{r.Label} {r.A.Name} {r.B.Name}")));

        Describe(ElectricalPicture.Build(reversed)).ShouldBe(Describe(ElectricalPicture.Build(forward)));
    }
}

public class ElectricalPictureOddInputTests
{
    [Fact]
    public void Odd_but_readable_designs_give_a_picture_not_a_crash()
    {
        var design = new TestDesign()
            .Part("R1", "10k", "R")
            .Part("R1", "4k7", "R")                              // a duplicate reference: the first wins
            .Part("U1", "", "", [])                              // no pins at all
            .Part("SJ1", "", "SOLDERJUMPER_3", "1", "2", "3")    // three-pad jumper: joins nothing
            .Part("R2", "", "R")                                 // no value
            .Part("C1", "100n", "C", "1")                        // one pad
            .Net("A", "R1.1", "SJ1.1", "R2.1", "GHOST.1")        // GHOST is no part of the design
            .Net("B", "R1.2", "SJ1.2", "R2.2")
            .Net("C", "SJ1.3", "C1.1")
            .Net("A", "R9.1")                                    // a repeated net name
            .Build();

        var picture = ElectricalPicture.Build(design);

        picture.Joins.ShouldBeEmpty();
        picture.PullsOn("A").Select(p => (p.Resistor.Reference, p.Ohms)).ShouldBe([("R1", (double?)10_000), ("R1", 10_000), ("R2", null)]);
        picture.ComponentsOn("A").Select(p => p.Component.Reference).ShouldBe(["R1", "R2", "SJ1"]);
        picture.DriversOn("C").ShouldBeEmpty();
        picture.ResolveVoltage("nowhere").Chain.ShouldBe(["net not in the design"]);
        picture.RailOf("A").ShouldBeNull();
    }

    [Fact]
    public void Long_chains_of_jumpers_and_resistors_do_not_recurse()
    {
        var builder = new TestDesign();
        const int length = 20_000;
        for (var i = 0; i < length; i++)
        {
            builder.Part(i % 2 == 0 ? $"R{i}" : $"SJ{i}", i % 2 == 0 ? "1k" : "", i % 2 == 0 ? "R" : "JUMPER");
        }

        for (var i = 0; i <= length; i++)
        {
            var nodes = new List<string>();
            if (i > 0) nodes.Add($"{(i % 2 == 1 ? "R" : "SJ")}{i - 1}.2");
            if (i < length) nodes.Add($"{(i % 2 == 0 ? "R" : "SJ")}{i}.1");
            builder.Net(i == length ? "+5V" : $"N{i}", [.. nodes]);
        }

        var design = builder.Build();
        var picture = ElectricalPicture.Build(design);

        picture.Joins.Count.ShouldBe(length / 2);
        picture.FindPath(design.FindNet("N0")!, design.FindNet("+5V")!, maxResistors: length).ShouldNotBeNull().Resistors.Count.ShouldBe(length / 2);
        picture.PathsToRails(design.FindNet("N0")!, maxResistors: length).ShouldHaveSingleItem();
    }
}
