using System.Text;
using DrcTool.Core.Import;
using DrcTool.Core.Model;

namespace DrcTool.Core.Tests.Import.Eagle;

/// <summary>A small board written by hand: pad names as written, two libraries of one name told apart by URN, DNP.</summary>
public sealed class EagleHandWrittenBoardTests
{
    private const string Board = """
        <?xml version="1.0" encoding="utf-8"?>
        <!DOCTYPE eagle SYSTEM "eagle.dtd">
        <eagle version="9.6.2">
        <drawing>
        <board>
        <libraries>
        <library name="parts" urn="urn:a">
        <packages><package name="SOT"><smd name="P$1"/><smd name="P$2"/><smd name="GND@1"/><smd name="GND@2"/></package></packages>
        </library>
        <library name="parts" urn="urn:b">
        <packages><package name="SOT"><smd name="1"/><smd name="2"/><smd name="3"/></package><package name="0603"><smd name="1"/><smd name="2"/></package></packages>
        </library>
        </libraries>
        <variantdefs><variantdef name="A" current="yes"/></variantdefs>
        <elements>
        <element name="U1" library="parts" library_urn="urn:a" package="SOT" value="LDO" x="0" y="0">
        <attribute name="NAME" x="1" y="1" size="1" layer="25"/>
        <attribute name="MPN" value="XC6206" x="1" y="1" size="1" layer="27" display="off"/>
        </element>
        <element name="Q1" library="parts" library_urn="urn:b" package="SOT" value="BSS138" x="0" y="0"/>
        <element name="R1" library="parts" library_urn="urn:b" package="0603" value="10k" x="0" y="0"><attribute name="DNP" value="DNP" x="0" y="0" size="1" layer="27"/></element>
        <element name="R4" library="parts" library_urn="urn:b" package="0603" value="1k" x="0" y="0"><attribute name="DNP" value="" x="0" y="0" size="1" layer="27"/></element>
        <element name="R2" library="parts" library_urn="urn:b" package="0603" value="4k7" x="0" y="0"><variant name="A" populate="no"/></element>
        <element name="R3" library="parts" library_urn="urn:b" package="0603" value="0R" x="0" y="0" populate="no"/>
        </elements>
        <signals>
        <signal name="GND"><contactref element="U1" pad="GND@1"/><contactref element="U1" pad="GND@2"/><contactref element="Q1" pad="2"/><wire x1="0" y1="0" x2="1" y2="1" width="0.2" layer="1"/></signal>
        <signal name="N$1"><contactref element="U1" pad="P$1"/><contactref element="R1" pad="1"/></signal>
        <signal name="POLY-ONLY"><polygon width="0.2" layer="1"><vertex x="0" y="0"/></polygon></signal>
        </signals>
        </board>
        </drawing>
        </eagle>
        """;

    private static Design Read() => DesignLoader.Default.Load("hand.brd", Encoding.UTF8.GetBytes(Board));

    [Fact]
    public void Elements_take_their_pads_from_the_library_their_urn_names()
    {
        var design = Read();
        design.Format.ShouldBe(DesignFormat.EagleBoard);
        design.FindComponent("U1")!.Pins.Select(p => p.Number).ShouldBe(["GND@1", "GND@2", "P$1", "P$2"]);
        design.FindComponent("Q1")!.Pins.Select(p => p.Number).ShouldBe(["1", "2", "3"]);
        var u1 = design.FindComponent("U1")!;
        (u1.Library, u1.Symbol, u1.Footprint, u1.Value).ShouldBe(("parts", "SOT", "SOT", "LDO"));
        // Smashed NAME/VALUE placements carry no value and are not properties.
        u1.Properties.Keys.ShouldBe(["MPN"]);
        u1.Properties["MPN"].ShouldBe("XC6206");
    }

    [Fact]
    public void Signals_become_nets_with_pad_names_as_written()
    {
        var design = Read();
        design.Nets.Select(n => n.Name).ShouldBe(["GND", "N$1"]); // a signal with no contact is no net
        design.FindNet("GND")!.Nodes.Select(n => n.ToString()).ShouldBe(["Q1.2", "U1.GND@1", "U1.GND@2"]);
        design.NetOf("R1", "1")!.Name.ShouldBe("N$1");
        design.NetOf("U1", "P$2").ShouldBeNull();
    }

    [Fact]
    public void Dnp_attribute_variant_and_populate_flag_mark_elements_not_fitted()
    {
        var design = Read();
        design.FindComponent("U1")!.Fitted.ShouldBeTrue();
        design.FindComponent("R1")!.Fitted.ShouldBeFalse();
        design.FindComponent("R2")!.Fitted.ShouldBeFalse();
        design.FindComponent("R3")!.Fitted.ShouldBeFalse();
        design.FindComponent("R4")!.Fitted.ShouldBeTrue(); // an empty DNP column is no mark
    }
}
