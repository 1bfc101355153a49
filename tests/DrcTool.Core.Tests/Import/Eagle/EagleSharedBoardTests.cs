using DrcTool.Core.Model;
using DrcTool.TestSupport;

namespace DrcTool.Core.Tests.Import.Eagle;

/// <summary>Every Eagle design in ../shared/boards loads, with the counts a second reading of the raw XML gives.</summary>
public sealed class EagleSharedBoardTests
{
    [SharedTheory]
    [MemberData(nameof(EagleTestFiles.Schematics), MemberType = typeof(EagleTestFiles))]
    public void Schematic_parts_nets_and_pads_match_the_raw_xml(string file)
    {
        var design = EagleTestFiles.Load(file);
        var doc = EagleRawXml.Load(EagleTestFiles.Path(file));
        design.Format.ShouldBe(DesignFormat.EagleSchematic);

        design.Components.Select(c => c.Reference).Order().ShouldBe(EagleRawXml.PackagedParts(doc).Order());
        var (nets, nodes) = EagleRawXml.SchematicConnectivity(doc);
        design.Nets.Select(n => n.Name).Order(StringComparer.Ordinal).ShouldBe(nets);
        design.Nets.SelectMany(n => n.Nodes).Select(n => n.ToString()).Order().ShouldBe(nodes.Order());
    }

    [SharedTheory]
    [MemberData(nameof(EagleTestFiles.BoardFiles), MemberType = typeof(EagleTestFiles))]
    public void Board_elements_signals_and_contacts_match_the_raw_xml(string file)
    {
        var design = EagleTestFiles.Load(file);
        var doc = EagleRawXml.Load(EagleTestFiles.Path(file));
        design.Format.ShouldBe(DesignFormat.EagleBoard);

        design.Components.Select(c => c.Reference).ShouldBe(EagleRawXml.Elements(doc));
        var (nets, nodes) = EagleRawXml.BoardConnectivity(doc);
        design.Nets.Select(n => n.Name).Order(StringComparer.Ordinal).ShouldBe(nets);
        design.Nets.SelectMany(n => n.Nodes).Select(n => n.ToString()).Order().ShouldBe(nodes.Order());
    }

    [SharedTheory]
    [MemberData(nameof(EagleTestFiles.Schematics), MemberType = typeof(EagleTestFiles))]
    [MemberData(nameof(EagleTestFiles.BoardFiles), MemberType = typeof(EagleTestFiles))]
    public void Every_component_and_net_knows_its_line(string file)
    {
        var design = EagleTestFiles.Load(file);
        var lines = File.ReadAllLines(EagleTestFiles.Path(file));
        foreach (var component in design.Components)
        {
            component.Location.File.ShouldBe(EagleTestFiles.Path(file));
            lines[component.Location.Line - 1].ShouldContain($"name=\"{component.Reference}\"");
        }

        foreach (var net in design.Nets)
        {
            lines[net.Location.Line - 1].ShouldMatch("<(net|signal) name=\"|<pinref ");
        }
    }

    [SharedFact]
    public void Spot_check_a_net_that_crosses_two_sheets()
    {
        // Read by hand: SCLK is on sheet 1 at U1 (W5500 pin SCLK, pad 33) and on sheet 2 at the two FeatherWing
        // footprints (GPIOSCK, pad 11) and headers JP6/JP7 pin 6; the .brd's SCLK signal lists the same five pads.
        var design = EagleTestFiles.Load("ethernet-featherwing/ethernet-wing-v1.00.sch");
        design.FindNet("SCLK")!.Nodes.Select(n => n.ToString())
            .ShouldBe(["JP6.6", "JP7.6", "MS1.11", "MS2.11", "U1.33"], ignoreOrder: true);
        design.FindComponent("U1")!.FindPin("33")!.Name.ShouldBe("SCLK");
    }

    [SharedFact]
    public void Spot_check_populate_attributes_and_technology_defaults()
    {
        // Carrier Board: the fiducials, stand-offs and frames carry POPULATE="0" (MacroFab's not-fitted flag);
        // C1 carries POPULATE="1" and gets HOUSEPART from itself, URL from its library technology.
        var design = EagleTestFiles.Load("chipmc-boron-carrier/Carrier Board.sch");
        design.FindComponent("FD1")!.Fitted.ShouldBeFalse();
        design.FindComponent("JP5")!.Fitted.ShouldBeFalse();
        var c1 = design.FindComponent("C1")!;
        c1.Fitted.ShouldBeTrue();
        c1.Value.ShouldBe("0.1uF");
        c1.Properties["MPN"].ShouldBe("MF-CAP-0805-0.1uF");
        c1.Properties["URL"].ShouldBe("https://factory.macrofab.com/part/MF-CAP-0805-0.1uF");
        design.FindComponent("GND2").ShouldBeNull(); // a supply symbol
    }

    [SharedFact]
    public void Value_of_a_part_without_one_is_the_device_name()
    {
        // SomTest1.sch: LED1 (LED-RGB-CREE-SMD, device "") and JP1 (M02, device PTH) have no value attribute and
        // their device sets take none; Eagle shows the device name, as the .brd's value="LED-RGB-CREE-SMD"/"M02PTH" says.
        // CN1's device set takes a user value (uservalue="yes") and none was typed: "".
        var design = EagleTestFiles.Load("an001-basic-som-design/SomTest1.sch");
        design.FindComponent("LED1")!.Value.ShouldBe("LED-RGB-CREE-SMD");
        design.FindComponent("JP1")!.Value.ShouldBe("M02PTH");
        design.FindComponent("CN1")!.Value.ShouldBe("");
        var r1 = design.FindComponent("R1")!;
        (r1.Library, r1.Symbol, r1.Footprint, r1.Value).ShouldBe(("rickk2", "RES-10K-06030603", "0603-RES", "10K"));
    }
}
