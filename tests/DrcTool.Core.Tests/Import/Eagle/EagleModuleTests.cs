using System.Text;
using DrcTool.Core.Import;
using DrcTool.Core.Model;

namespace DrcTool.Core.Tests.Import.Eagle;

/// <summary>
/// Eagle 9 hierarchical design, written by hand: module LDO placed twice (REG1, REG2), itself placing module
/// FILTER (F1). Expected nets worked out on paper from Eagle's rules as KiCad's Eagle importer applies them:
/// parts are "INSTANCE:PART", module nets are local unless a port joins them through a portref, supplies are global.
/// </summary>
public sealed class EagleModuleTests
{
    private const string Library = """
        <libraries><library name="t">
        <packages><package name="P3"><smd name="1"/><smd name="2"/><smd name="3"/></package><package name="P2"><smd name="1"/><smd name="2"/></package>
        <package name="H4"><pad name="1"/><pad name="2"/><pad name="3"/><pad name="4"/></package></packages>
        <symbols><symbol name="REG"><pin name="IN" direction="pwr"/><pin name="GND" direction="pas"/><pin name="OUT" direction="out"/></symbol>
        <symbol name="R"><pin name="1" direction="pas"/><pin name="2" direction="pas"/></symbol>
        <symbol name="CONN"><pin name="IN"/><pin name="OUT"/><pin name="GND"/></symbol>
        <symbol name="GND"><pin name="GND" direction="sup"/></symbol></symbols>
        <devicesets>
        <deviceset name="REG"><gates><gate name="G$1" symbol="REG"/></gates><devices><device name="" package="P3"><connects>
        <connect gate="G$1" pin="IN" pad="1"/><connect gate="G$1" pin="GND" pad="2"/><connect gate="G$1" pin="OUT" pad="3"/></connects></device></devices></deviceset>
        <deviceset name="R" uservalue="yes"><gates><gate name="G$1" symbol="R"/></gates><devices><device name="" package="P2"><connects>
        <connect gate="G$1" pin="1" pad="1"/><connect gate="G$1" pin="2" pad="2"/></connects></device></devices></deviceset>
        <deviceset name="HEADER"><gates><gate name="G$1" symbol="CONN"/></gates><devices><device name="" package="H4"><connects>
        <connect gate="G$1" pin="IN" pad="1"/><connect gate="G$1" pin="OUT" pad="2"/><connect gate="G$1" pin="GND" pad="3 4"/></connects></device></devices></deviceset>
        <deviceset name="GND"><gates><gate name="1" symbol="GND"/></gates><devices><device name=""/></devices></deviceset>
        </devicesets></library></libraries>
        """;

    private static readonly string Schematic = $"""
        <?xml version="1.0" encoding="utf-8"?>
        <!DOCTYPE eagle SYSTEM "eagle.dtd">
        <eagle version="9.6.2"><drawing><schematic>
        {Library}
        <modules>
        <module name="FILTER" prefix="" dx="20" dy="10"><ports><port name="A" side="left" coord="0"/><port name="B" side="right" coord="0"/></ports>
        <parts><part name="R1" library="t" deviceset="R" device="" value="10R"/></parts>
        <sheets><sheet><nets>
        <net name="A"><segment><pinref part="R1" gate="G$1" pin="1"/></segment></net>
        <net name="B"><segment><pinref part="R1" gate="G$1" pin="2"/></segment></net>
        </nets></sheet></sheets></module>
        <module name="LDO" prefix="" dx="30" dy="20"><ports><port name="VIN" side="left" coord="0"/><port name="VOUT" side="right" coord="0"/></ports>
        <variantdefs><variantdef name="LOW"/></variantdefs>
        <parts>
        <part name="U1" library="t" deviceset="REG" device="" value="AP2112K-3.3"/>
        <part name="C1" library="t" deviceset="R" device="" value="1uF"><variant name="LOW" populate="no"/></part>
        <part name="GND1" library="t" deviceset="GND" device=""/>
        </parts>
        <sheets><sheet><moduleinsts><moduleinst name="F1" module="FILTER" x="0" y="0"/></moduleinsts><nets>
        <net name="VIN"><segment><pinref part="U1" gate="G$1" pin="IN"/></segment></net>
        <net name="VOUT"><segment><pinref part="U1" gate="G$1" pin="OUT"/><pinref part="C1" gate="G$1" pin="1"/><portref moduleinst="F1" port="A"/></segment></net>
        <net name="GND"><segment><pinref part="U1" gate="G$1" pin="GND"/><pinref part="C1" gate="G$1" pin="2"/><pinref part="GND1" gate="1" pin="GND"/></segment></net>
        <net name="FILT"><segment><portref moduleinst="F1" port="B"/></segment></net>
        </nets></sheet></sheets></module>
        </modules>
        <parts>
        <part name="J1" library="t" deviceset="HEADER" device=""/>
        <part name="GND1" library="t" deviceset="GND" device=""/>
        </parts>
        <sheets><sheet>
        <moduleinsts><moduleinst name="REG1" module="LDO" x="0" y="0"/><moduleinst name="REG2" module="LDO" modulevariant="LOW" x="50" y="0"/></moduleinsts>
        <nets>
        <net name="VIN"><segment><pinref part="J1" gate="G$1" pin="IN"/><portref moduleinst="REG1" port="VIN"/><portref moduleinst="REG2" port="VIN"/></segment></net>
        <net name="VOUT"><segment><pinref part="J1" gate="G$1" pin="OUT"/><portref moduleinst="REG1" port="VOUT"/></segment></net>
        <net name="VOUT2"><segment><portref moduleinst="REG2" port="VOUT"/></segment></net>
        <net name="GND"><segment><pinref part="J1" gate="G$1" pin="GND"/><pinref part="GND1" gate="1" pin="GND"/></segment></net>
        </nets></sheet></sheets>
        </schematic></drawing></eagle>
        """;

    private static Design Read(string text) => DesignLoader.Default.Load("modules.sch", Encoding.UTF8.GetBytes(text));

    private static string[] Nodes(Net net) => net.Nodes.Select(n => n.ToString()).ToArray();

    [Fact]
    public void Module_instances_are_flattened_with_prefixed_references()
    {
        var design = Read(Schematic);
        design.Components.Select(c => c.Reference).ShouldBe(
            ["J1", "REG1:U1", "REG1:C1", "REG1:F1:R1", "REG2:U1", "REG2:C1", "REG2:F1:R1"]);
    }

    [Fact]
    public void Ports_join_module_nets_to_the_level_above_and_other_nets_stay_local()
    {
        var design = Read(Schematic);
        design.Nets.Select(n => n.Name).ShouldBe(["VIN", "VOUT", "VOUT2", "GND", "REG1:FILT", "REG2:FILT"]);
        Nodes(design.FindNet("VIN")!).ShouldBe(["J1.1", "REG1:U1.1", "REG2:U1.1"]);
        Nodes(design.FindNet("VOUT")!).ShouldBe(["J1.2", "REG1:C1.1", "REG1:F1:R1.1", "REG1:U1.3"]);
        Nodes(design.FindNet("VOUT2")!).ShouldBe(["REG2:C1.1", "REG2:F1:R1.1", "REG2:U1.3"]);
        // The supply symbols inside both instances and at the top are one global GND.
        Nodes(design.FindNet("GND")!).ShouldBe(["J1.3", "J1.4", "REG1:C1.2", "REG1:U1.2", "REG2:C1.2", "REG2:U1.2"]);
        Nodes(design.FindNet("REG1:FILT")!).ShouldBe(["REG1:F1:R1.2"]);
        Nodes(design.FindNet("REG2:FILT")!).ShouldBe(["REG2:F1:R1.2"]);
    }

    [Fact]
    public void An_instance_uses_its_module_variant()
    {
        var design = Read(Schematic);
        design.FindComponent("REG1:C1")!.Fitted.ShouldBeTrue();
        design.FindComponent("REG2:C1")!.Fitted.ShouldBeFalse(); // REG2 uses module variant LOW: C1 populate="no"
    }

    [Fact]
    public void A_module_that_places_itself_is_refused()
    {
        var text = Schematic.Replace("""<moduleinst name="F1" module="FILTER" x="0" y="0"/>""", """<moduleinst name="F1" module="LDO" x="0" y="0"/>""");
        var error = Should.Throw<DesignReadException>(() => Read(text));
        error.Reason.ShouldContain("nest deeper than");
        error.Line.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void An_instance_of_a_missing_module_is_refused()
    {
        var text = Schematic.Replace("""module="FILTER" x="0" y="0"/>""", """module="NOPE" x="0" y="0"/>""");
        Should.Throw<DesignReadException>(() => Read(text)).Reason.ShouldContain("NOPE");
    }

    [Fact]
    public void Modules_that_multiply_without_bound_are_refused()
    {
        // Eight levels of ten instances each would be 10^8 instances: the expansion stops at its limit.
        var modules = new StringBuilder("<modules>");
        for (var level = 0; level < 8; level++)
        {
            modules.Append($"""<module name="M{level}"><parts/><sheets><sheet><moduleinsts>""");
            for (var i = 0; level < 7 && i < 10; i++)
            {
                modules.Append($"""<moduleinst name="I{i}" module="M{level + 1}" x="0" y="0"/>""");
            }

            modules.Append("</moduleinsts></sheet></sheets></module>");
        }

        modules.Append("</modules>");
        var text = $"""<eagle><drawing><schematic>{modules}<parts/><sheets><sheet><moduleinsts><moduleinst name="TOP" module="M0" x="0" y="0"/></moduleinsts></sheet></sheets></schematic></drawing></eagle>""";
        Should.Throw<DesignReadException>(() => Read(text)).Reason.ShouldContain("more than");
    }
}
