using System.Text;
using DrcTool.Core.Import;
using DrcTool.Core.Model;

namespace DrcTool.Core.Tests.Import.KiCad;

public sealed class KiCadNetlistReaderTests
{
    private static Design Read(string text) => DesignLoader.Default.Load("base.net", Encoding.UTF8.GetBytes(text));

    private static string[] NodesOf(Design design, string net) =>
        design.FindNet(net).ShouldNotBeNull($"net {net}").Nodes.Select(n => n.ToString()).ToArray();

    [Fact]
    public void VersionE_components_carry_value_footprint_library_symbol_and_properties()
    {
        var design = Read(KiCadNetlistSamples.VersionE);
        design.Format.ShouldBe(DesignFormat.KiCadNetlist);
        design.Components.Select(c => c.Reference).ShouldBe(["J1", "R1", "R2", "TP1"]);

        var j1 = design.FindComponent("J1")!;
        j1.Value.ShouldBe("B404X");
        j1.Footprint.ShouldBe("DrcTool:M.2_E_TE_2199230-4");
        j1.Library.ShouldBe("DrcTool");
        j1.Symbol.ShouldBe("B-SoM");
        j1.Properties["MPN"].ShouldBe("2199230-4");
        j1.Properties["Sheetname"].ShouldBe("Root");
        j1.Fitted.ShouldBeTrue();
        j1.Location.ShouldBe(new SourceLocation("base.net", 11, 5));
    }

    [Fact]
    public void Parts_of_one_library_part_keep_their_own_pin_names_and_properties()
    {
        // Q1's node names its unnamed library pin; Q2's nodes add nothing, and Q3's part sets a different field.
        var design = Read("""
            (export (version "E")
              (components
                (comp (ref "Q1") (value "X") (libsource (lib "L") (part "P")) (fields (field (name "MPN") "A")))
                (comp (ref "Q2") (value "X") (libsource (lib "L") (part "P")) (fields (field (name "MPN") "A")))
                (comp (ref "Q3") (value "X") (libsource (lib "L") (part "P")) (fields (field (name "MPN") "B"))))
              (libparts
                (libpart (lib "L") (part "P")
                  (pins (pin (num "1") (name "~") (type "passive")) (pin (num "2") (name "OUT") (type "output")))))
              (nets
                (net (code "1") (name "A")
                  (node (ref "Q1") (pin "1") (pinfunction "VIN") (pintype "passive"))
                  (node (ref "Q2") (pin "1") (pintype "passive")))
                (net (code "2") (name "B")
                  (node (ref "Q1") (pin "2") (pinfunction "OUT") (pintype "output"))
                  (node (ref "Q2") (pin "2") (pintype "output"))
                  (node (ref "Q3") (pin "3") (pinfunction "EXTRA") (pintype "input")))))
            """);

        var q1 = design.FindComponent("Q1")!;
        var q2 = design.FindComponent("Q2")!;
        var q3 = design.FindComponent("Q3")!;
        q1.Pins.ShouldBe([new ComponentPin("1", "VIN", PinType.Passive), new ComponentPin("2", "OUT", PinType.Output)]);
        q2.Pins.ShouldBe([new ComponentPin("1", "", PinType.Passive), new ComponentPin("2", "OUT", PinType.Output)]);
        q3.Pins.ShouldBe([
            new ComponentPin("1", "", PinType.Passive), new ComponentPin("2", "OUT", PinType.Output), new ComponentPin("3", "EXTRA", PinType.Input)]);
        q1.Properties["MPN"].ShouldBe("A");
        q2.Properties["MPN"].ShouldBe("A");
        q3.Properties["MPN"].ShouldBe("B");
        design.NetOf("Q2", "1")!.Name.ShouldBe("A");
    }

    [Fact]
    public void VersionE_pins_take_names_and_types_from_the_library_part_and_the_nodes()
    {
        var j1 = Read(KiCadNetlistSamples.VersionE).FindComponent("J1")!;
        // The library's four pins in its order, then pin 75 that only a net node mentions.
        j1.Pins.ShouldBe([
            new ComponentPin("34", "RST", PinType.Input),
            new ComponentPin("10", "3V3", PinType.PowerIn),
            new ComponentPin("1", "GND", PinType.PowerIn),
            new ComponentPin("22", "D0", PinType.Bidirectional),
            new ComponentPin("75", "GND", PinType.Passive)]);

        var r1 = Read(KiCadNetlistSamples.VersionE).FindComponent("R1")!;
        r1.Pins.ShouldBe([new ComponentPin("1", "", PinType.Passive), new ComponentPin("2", "", PinType.Passive)], "KiCad's \"~\" is no name");
    }

    [Fact]
    public void VersionE_dnp_and_exclude_from_bom_properties_mean_not_fitted()
    {
        var design = Read(KiCadNetlistSamples.VersionE);
        design.FindComponent("R1")!.Fitted.ShouldBeTrue();
        design.FindComponent("R2")!.Fitted.ShouldBeFalse();
        design.FindComponent("TP1")!.Fitted.ShouldBeFalse();
        design.NetOf("R2", "1")!.Name.ShouldBe("+3V3", "a part not fitted stays on its nets");
    }

    [Fact]
    public void VersionE_nets_have_their_nodes_in_natural_order_and_their_location()
    {
        var design = Read(KiCadNetlistSamples.VersionE);
        design.Nets.Select(n => n.Name).ShouldBe(["+3V3", "/RST", "GND", "unconnected-(J1-D0-Pad22)", "Net-(R2-Pad2)"]);
        NodesOf(design, "+3V3").ShouldBe(["J1.10", "R1.1", "R2.1"]);
        NodesOf(design, "/RST").ShouldBe(["J1.34", "R1.2", "TP1.1"]);
        NodesOf(design, "GND").ShouldBe(["J1.1", "J1.75"]);
        design.FindNet("/RST")!.Location.ShouldBe(new SourceLocation("base.net", 68, 5));
    }

    [Fact]
    public void VersionD_bare_atoms_aliases_and_fields_are_read()
    {
        var design = Read(KiCadNetlistSamples.VersionD);
        var u1 = design.FindComponent("U1")!;
        u1.Value.ShouldBe("MAX17048");
        u1.Library.ShouldBe("Battery_Management");
        u1.Properties["MPN"].ShouldBe("MAX17048G+T10");
        u1.Properties["Datasheet"].ShouldBe("https://datasheets.maximintegrated.com/en/ds/MAX17048-MAX17049.pdf");
        u1.FindPin("5").ShouldBe(new ComponentPin("5", "~ALRT", PinType.OpenCollector));
        u1.FindPin("8").ShouldBe(new ComponentPin("8", "SDA", PinType.Bidirectional));
        u1.Pins.Count.ShouldBe(9);

        var r3 = design.FindComponent("R3")!;
        r3.Fitted.ShouldBeFalse("the value says NC");
        r3.Pins.Select(p => p.Number).ShouldBe(["1", "2"]);
    }

    [Fact]
    public void VersionD_nets_and_a_nameless_net_named_by_its_code()
    {
        var design = Read(KiCadNetlistSamples.VersionD);
        design.Nets.Select(n => n.Name).ShouldBe(["GND", "Net-(R3-Pad1)", "/SDA", "Net-(4)"]);
        NodesOf(design, "GND").ShouldBe(["U1.1", "U1.4", "U1.9"]);
        NodesOf(design, "Net-(R3-Pad1)").ShouldBe(["R3.1", "U1.5"]);
        design.NetOf("U1", "8")!.Name.ShouldBe("/SDA");
    }

    [Fact]
    public void A_netlist_with_a_broken_list_names_file_line_and_column()
    {
        var broken = KiCadNetlistSamples.VersionD.Replace("(node (ref U1) (pin 9))", "(node (ref U1) (pin 9)))");
        var error = Should.Throw<DesignReadException>(() => DesignLoader.Default.Load("old.net", Encoding.UTF8.GetBytes(broken)));
        error.File.ShouldBe("old.net");
        // One ')' too many is only provable at the last ')', which then closes nothing: the last line's last column.
        var lines = broken.Split('\n');
        error.Line.ShouldBe(lines.Length);
        error.Column.ShouldBe(lines[^1].Length);
        error.Reason.ShouldContain("never opened");
    }
}
