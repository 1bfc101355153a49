using System.Text;
using DrcTool.Core.Import;
using DrcTool.Core.Import.Eagle;
using DrcTool.Core.Model;

namespace DrcTool.Core.Tests.Import.Eagle;

/// <summary>
/// A small schematic written by hand, so every net below was worked out on paper from the XML, not from the reader:
/// a dual op-amp (gates A and B on two sheets, and a power gate never placed), supply symbols, a frame,
/// a connector whose GND pin lands on two pads, DNP conventions and an assembly variant.
/// </summary>
public sealed class EagleHandWrittenSchematicTests
{
    internal const string Schematic = """
        <?xml version="1.0" encoding="utf-8"?>
        <!DOCTYPE eagle SYSTEM "eagle.dtd">
        <eagle version="9.6.2">
        <drawing>
        <schematic>
        <libraries>
        <library name="test">
        <packages>
        <package name="SO8"><smd name="1"/><smd name="2"/><smd name="3"/><smd name="4"/><smd name="5"/><smd name="6"/><smd name="7"/><smd name="8"/></package>
        <package name="0603"><smd name="1"/><smd name="2"/></package>
        <package name="HDR4"><pad name="1"/><pad name="2"/><pad name="3"/><pad name="4"/><pad name="MH"/></package>
        </packages>
        <symbols>
        <symbol name="OPAMP"><pin name="OUT" direction="out"/><pin name="-IN" direction="in"/><pin name="+IN" direction="in"/></symbol>
        <symbol name="OPAMP-PWR"><pin name="VCC" direction="pwr"/><pin name="GND@1" direction="pwr"/></symbol>
        <symbol name="R"><pin name="1" direction="pas"/><pin name="2" direction="pas"/></symbol>
        <symbol name="CONN"><pin name="IN"/><pin name="OUT"/><pin name="GND" direction="pwr"/></symbol>
        <symbol name="GND"><pin name="GND" direction="sup"/></symbol>
        <symbol name="VCC"><pin name="VCC" direction="sup"/></symbol>
        <symbol name="FRAME"/>
        </symbols>
        <devicesets>
        <deviceset name="LM358" prefix="U">
        <gates><gate name="A" symbol="OPAMP"/><gate name="B" symbol="OPAMP"/><gate name="P" symbol="OPAMP-PWR" addlevel="request"/></gates>
        <devices><device name="D" package="SO8"><connects>
        <connect gate="A" pin="OUT" pad="1"/><connect gate="A" pin="-IN" pad="2"/><connect gate="A" pin="+IN" pad="3"/>
        <connect gate="B" pin="+IN" pad="5"/><connect gate="B" pin="-IN" pad="6"/><connect gate="B" pin="OUT" pad="7"/>
        <connect gate="P" pin="GND@1" pad="4"/><connect gate="P" pin="VCC" pad="8"/>
        </connects><technologies><technology name=""><attribute name="MPN" value="LM358DR"/></technology></technologies></device></devices>
        </deviceset>
        <deviceset name="R" prefix="R" uservalue="yes">
        <gates><gate name="G$1" symbol="R"/></gates>
        <devices><device name="" package="0603"><connects><connect gate="G$1" pin="1" pad="1"/><connect gate="G$1" pin="2" pad="2"/></connects></device></devices>
        </deviceset>
        <deviceset name="HEADER" prefix="J">
        <gates><gate name="G$1" symbol="CONN"/></gates>
        <devices><device name="-4" package="HDR4"><connects>
        <connect gate="G$1" pin="IN" pad="1"/><connect gate="G$1" pin="OUT" pad="2"/><connect gate="G$1" pin="GND" pad="3 4"/>
        </connects></device></devices>
        </deviceset>
        <deviceset name="GND" prefix="GND"><gates><gate name="1" symbol="GND"/></gates><devices><device name=""/></devices></deviceset>
        <deviceset name="VCC" prefix="P+"><gates><gate name="1" symbol="VCC"/></gates><devices><device name=""/></devices></deviceset>
        <deviceset name="FRAME"><gates><gate name="G$1" symbol="FRAME"/></gates><devices><device name=""/></devices></deviceset>
        </devicesets>
        </library>
        </libraries>
        <variantdefs><variantdef name="FULL"/><variantdef name="LITE" current="yes"/></variantdefs>
        <parts>
        <part name="U1" library="test" deviceset="LM358" device="D"/>
        <part name="R1" library="test" deviceset="R" device="" value="10k"><variant name="LITE" value="22k"/></part>
        <part name="R2" library="test" deviceset="R" device="" value="10k"><attribute name="DNP" value="yes"/></part>
        <part name="R3" library="test" deviceset="R" device="" value="NC"/>
        <part name="R4" library="test" deviceset="R" device="" value="1k"><attribute name="POPULATE" value="no"/></part>
        <part name="C1" library="test" deviceset="R" device="" value="100n"><variant name="LITE" populate="no"/></part>
        <part name="J1" library="test" deviceset="HEADER" device="-4"/>
        <part name="GND1" library="test" deviceset="GND" device=""/>
        <part name="GND2" library="test" deviceset="GND" device=""/>
        <part name="P+1" library="test" deviceset="VCC" device=""/>
        <part name="FRAME1" library="test" deviceset="FRAME" device=""/>
        </parts>
        <sheets>
        <sheet>
        <instances>
        <instance part="U1" gate="A" x="0" y="0"/><instance part="R1" gate="G$1" x="0" y="0"/><instance part="J1" gate="G$1" x="0" y="0"/>
        </instances>
        <nets>
        <net name="IN" class="0"><segment><pinref part="J1" gate="G$1" pin="IN"/><pinref part="R1" gate="G$1" pin="1"/></segment></net>
        <net name="SIG" class="0"><segment><pinref part="R1" gate="G$1" pin="2"/><pinref part="U1" gate="A" pin="+IN"/></segment></net>
        <net name="FB" class="0"><segment><pinref part="U1" gate="A" pin="OUT"/></segment><segment><pinref part="U1" gate="A" pin="-IN"/></segment></net>
        <net name="GND" class="0"><segment><pinref part="GND1" gate="1" pin="GND"/><pinref part="J1" gate="G$1" pin="GND"/></segment></net>
        </nets>
        </sheet>
        <sheet>
        <nets>
        <net name="SIG" class="0"><segment><pinref part="U1" gate="B" pin="+IN"/></segment></net>
        <net name="OUT" class="0"><segment><pinref part="U1" gate="B" pin="OUT"/><pinref part="U1" gate="B" pin="-IN"/><pinref part="J1" gate="G$1" pin="OUT"/><pinref part="R2" gate="G$1" pin="1"/></segment></net>
        <net name="N$7" class="0"><segment><pinref part="GND2" gate="1" pin="GND"/><pinref part="R2" gate="G$1" pin="2"/><pinref part="C1" gate="G$1" pin="2"/></segment></net>
        <net name="VCC" class="0"><segment><pinref part="P+1" gate="1" pin="VCC"/><pinref part="C1" gate="G$1" pin="1"/></segment></net>
        </nets>
        </sheet>
        </sheets>
        </schematic>
        </drawing>
        </eagle>
        """;

    private static Design Read() => DesignLoader.Default.Load("hand.sch", Encoding.UTF8.GetBytes(Schematic));

    private static string[] NetOf(Design design, string name) => design.FindNet(name)!.Nodes.Select(n => n.ToString()).ToArray();

    [Fact]
    public void Nets_join_across_sheets_gates_and_supply_symbols()
    {
        var design = Read();
        design.Format.ShouldBe(DesignFormat.EagleSchematic);
        design.Nets.Select(n => n.Name).ShouldBe(["IN", "SIG", "FB", "GND", "OUT", "VCC"]);
        NetOf(design, "IN").ShouldBe(["J1.1", "R1.1"]);
        // Gate A's +IN on sheet 1 and gate B's +IN on sheet 2: one net SIG.
        NetOf(design, "SIG").ShouldBe(["R1.2", "U1.3", "U1.5"]);
        // Two segments of one net on one sheet.
        NetOf(design, "FB").ShouldBe(["U1.1", "U1.2"]);
        NetOf(design, "OUT").ShouldBe(["J1.2", "R2.1", "U1.6", "U1.7"]);
        // GND: J1's GND pin on pads 3 and 4; N$7 joined by its GND supply symbol; the unplaced power gate's GND@1.
        NetOf(design, "GND").ShouldBe(["C1.2", "J1.3", "J1.4", "R2.2", "U1.4"]);
        // VCC: the supply symbol's net plus the op-amp's hidden VCC power pin.
        NetOf(design, "VCC").ShouldBe(["C1.1", "U1.8"]);
        design.FindNet("N$7").ShouldBeNull();
    }

    [Fact]
    public void Supply_symbols_and_frames_are_not_components()
    {
        var design = Read();
        design.Components.Select(c => c.Reference).ShouldBe(["U1", "R1", "R2", "R3", "R4", "C1", "J1"]);
    }

    [Fact]
    public void Pins_carry_the_symbol_pin_name_and_direction()
    {
        var u1 = Read().FindComponent("U1")!;
        u1.Pins.Select(p => (p.Number, p.Name, p.Type)).ShouldBe(
        [
            ("1", "OUT", PinType.Output), ("2", "-IN", PinType.Input), ("3", "+IN", PinType.Input), ("4", "GND@1", PinType.PowerIn),
            ("5", "+IN", PinType.Input), ("6", "-IN", PinType.Input), ("7", "OUT", PinType.Output), ("8", "VCC", PinType.PowerIn),
        ]);
        EagleNames.CleanPinName(u1.FindPin("4")!.Name).ShouldBe("GND");
        var j1 = Read().FindComponent("J1")!;
        // Pin IN has no direction: Eagle's default is io. MH is a pad no pin reaches.
        j1.Pins.Select(p => (p.Number, p.Name, p.Type)).ShouldBe(
        [
            ("1", "IN", PinType.Bidirectional), ("2", "OUT", PinType.Bidirectional), ("3", "GND", PinType.PowerIn),
            ("4", "GND", PinType.PowerIn), ("MH", "", PinType.Unspecified),
        ]);
    }

    [Fact]
    public void Fitted_follows_dnp_attributes_values_and_the_current_variant()
    {
        var design = Read();
        design.FindComponent("U1")!.Fitted.ShouldBeTrue();
        design.FindComponent("R2")!.Fitted.ShouldBeFalse(); // DNP="yes"
        design.FindComponent("R3")!.Fitted.ShouldBeFalse(); // value NC
        design.FindComponent("R4")!.Fitted.ShouldBeFalse(); // POPULATE="no"
        design.FindComponent("C1")!.Fitted.ShouldBeFalse(); // populate="no" in the current variant LITE
        // Not fitted parts stay in their nets.
        design.NetOf("R2", "1")!.Name.ShouldBe("OUT");
    }

    [Fact]
    public void Library_symbol_footprint_value_and_properties()
    {
        var design = Read();
        var u1 = design.FindComponent("U1")!;
        (u1.Library, u1.Symbol, u1.Footprint, u1.Value).ShouldBe(("test", "LM358D", "SO8", "LM358D"));
        u1.Properties["MPN"].ShouldBe("LM358DR"); // from the device's technology
        design.FindComponent("R1")!.Value.ShouldBe("22k"); // the current variant's value
        design.FindComponent("J1")!.Value.ShouldBe("HEADER-4");
        // Locations point at the element's name, just after its '<' (XmlReader's line information).
        u1.Location.ShouldBe(new SourceLocation("hand.sch", LineOf("<part name=\"U1\""), 2));
        design.FindNet("SIG")!.Location.ShouldBe(new SourceLocation("hand.sch", LineOf("<net name=\"SIG\""), 2));
    }

    private static int LineOf(string text)
    {
        var lines = Schematic.Split('\n');
        return Array.FindIndex(lines, line => line.StartsWith(text, StringComparison.Ordinal)) + 1;
    }
}

public sealed class EagleNamesTests
{
    [Theory]
    [InlineData("GND@3", "GND")]
    [InlineData("VCC@A@2", "VCC")]
    [InlineData("D2", "D2")]
    [InlineData("@1", "@1")]
    public void Clean_pin_name_drops_the_linking_hint(string raw, string clean) => EagleNames.CleanPinName(raw).ShouldBe(clean);

    [Theory]
    [InlineData("RES", "", "", "RES")]
    [InlineData("M02", "", "PTH", "M02PTH")]
    [InlineData("74*00?", "HC", "N", "74HC00N")]
    [InlineData("LM358", "", "D", "LM358D")]
    public void Device_name_places_technology_and_variant(string deviceSet, string technology, string device, string name) =>
        EagleNames.DeviceName(deviceSet, technology, device).ShouldBe(name);
}
