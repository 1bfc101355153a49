namespace DrcTool.Core.Tests.Hostile;

/// <summary>
/// Small designs in the formats whose samples other test folders own, written here so the mutation harness has a
/// seed of every format without ../shared: an Eagle 9 schematic and board (two resistors, nets 3V3 and RST) and a
/// KiCad 8 schematic (one resistor with a labelled wire).
/// </summary>
internal static class ProjectSamples
{
    public const string EagleLibrary = """
        <libraries>
        <library name="rcl">
        <packages>
        <package name="R0603">
        <smd name="1" x="-0.85" y="0" dx="1" dy="1.1" layer="1"/>
        <smd name="2" x="0.85" y="0" dx="1" dy="1.1" layer="1"/>
        </package>
        </packages>
        <symbols>
        <symbol name="R">
        <wire x1="-2.54" y1="-0.889" x2="2.54" y2="-0.889" width="0.254" layer="94"/>
        <pin name="1" x="-5.08" y="0" visible="off" length="short" direction="pas" swaplevel="1"/>
        <pin name="2" x="5.08" y="0" visible="off" length="short" direction="pas" swaplevel="1" rot="R180"/>
        </symbol>
        </symbols>
        <devicesets>
        <deviceset name="R" prefix="R" uservalue="yes">
        <gates>
        <gate name="G$1" symbol="R" x="0" y="0"/>
        </gates>
        <devices>
        <device name="0603" package="R0603">
        <connects>
        <connect gate="G$1" pin="1" pad="1"/>
        <connect gate="G$1" pin="2" pad="2"/>
        </connects>
        <technologies>
        <technology name=""/>
        </technologies>
        </device>
        </devices>
        </deviceset>
        </devicesets>
        </library>
        </libraries>
        """;

    private const string EagleHead = """
        <?xml version="1.0" encoding="utf-8"?>
        <!DOCTYPE eagle SYSTEM "eagle.dtd">
        <eagle version="9.6.2">
        <drawing>
        <settings>
        <setting alwaysvectorfont="no"/>
        <setting verticaltext="up"/>
        </settings>
        <grid distance="0.1" unitdist="inch" unit="inch" style="lines" multiple="1" display="no" altdistance="0.01" altunitdist="inch" altunit="inch"/>
        <layers>
        <layer number="1" name="Top" color="4" fill="1" visible="yes" active="yes"/>
        <layer number="16" name="Bottom" color="1" fill="1" visible="yes" active="yes"/>
        <layer number="91" name="Nets" color="2" fill="1" visible="yes" active="yes"/>
        <layer number="94" name="Symbols" color="4" fill="1" visible="yes" active="yes"/>
        </layers>
        """;

    public const string EagleSchematic = EagleHead + "\n<schematic xreflabel=\"%F%N/%S.%C%R\" xrefpart=\"/%S.%C%R\">\n" + EagleLibrary + """

        <attributes>
        </attributes>
        <variantdefs>
        </variantdefs>
        <classes>
        <class number="0" name="default" width="0" drill="0">
        </class>
        </classes>
        <parts>
        <part name="R1" library="rcl" deviceset="R" device="0603" value="10k"/>
        <part name="R2" library="rcl" deviceset="R" device="0603" value="4k7">
        <attribute name="MPN" value="RC0603FR-074K7L"/>
        </part>
        </parts>
        <sheets>
        <sheet>
        <plain>
        <text x="0" y="0" size="1.778" layer="91">Base board &amp; SoM</text>
        </plain>
        <instances>
        <instance part="R1" gate="G$1" x="10.16" y="10.16"/>
        <instance part="R2" gate="G$1" x="25.4" y="10.16"/>
        </instances>
        <busses>
        </busses>
        <nets>
        <net name="3V3" class="0">
        <segment>
        <pinref part="R1" gate="G$1" pin="1"/>
        <pinref part="R2" gate="G$1" pin="1"/>
        <wire x1="5.08" y1="10.16" x2="20.32" y2="10.16" width="0.1524" layer="91"/>
        </segment>
        </net>
        <net name="RST" class="0">
        <segment>
        <pinref part="R1" gate="G$1" pin="2"/>
        <wire x1="15.24" y1="10.16" x2="15.24" y2="5.08" width="0.1524" layer="91"/>
        <label x="15.24" y="5.08" size="1.778" layer="95"/>
        </segment>
        </net>
        </nets>
        </sheet>
        </sheets>
        </schematic>
        </drawing>
        </eagle>
        """;

    public const string EagleBoard = EagleHead + "\n<board>\n<plain>\n<wire x1=\"0\" y1=\"0\" x2=\"50\" y2=\"0\" width=\"0\" layer=\"20\"/>\n</plain>\n" + EagleLibrary + """

        <designrules name="default">
        <param name="layerSetup" value="(1*16)"/>
        </designrules>
        <classes>
        <class number="0" name="default" width="0" drill="0">
        </class>
        </classes>
        <elements>
        <element name="R1" library="rcl" package="R0603" value="10k" x="10" y="10"/>
        <element name="R2" library="rcl" package="R0603" value="4k7" x="20" y="10" rot="R90">
        <attribute name="MPN" value="RC0603FR-074K7L" x="20" y="10" size="1.778" layer="27" display="off"/>
        </element>
        </elements>
        <signals>
        <signal name="3V3">
        <contactref element="R1" pad="1"/>
        <contactref element="R2" pad="1"/>
        <wire x1="9.15" y1="10" x2="20" y2="9.15" width="0.254" layer="1"/>
        </signal>
        <signal name="RST">
        <contactref element="R1" pad="2"/>
        </signal>
        </signals>
        </board>
        </drawing>
        </eagle>
        """;

    public const string KiCadSchematic = """
        (kicad_sch
        	(version 20231120)
        	(generator "eeschema")
        	(generator_version "8.0")
        	(uuid "5b0c6a47-1a5e-4e8c-9c1e-000000000001")
        	(paper "A4")
        	(lib_symbols
        		(symbol "Device:R"
        			(pin_numbers hide)
        			(pin_names (offset 0))
        			(exclude_from_sim no)
        			(in_bom yes)
        			(on_board yes)
        			(property "Reference" "R" (at 2.032 0 90) (effects (font (size 1.27 1.27))))
        			(property "Value" "R" (at 0 0 90) (effects (font (size 1.27 1.27))))
        			(symbol "R_0_1"
        				(rectangle (start -1.016 -2.54) (end 1.016 2.54) (stroke (width 0.254) (type default)) (fill (type none)))
        			)
        			(symbol "R_1_1"
        				(pin passive line (at 0 3.81 270) (length 1.27)
        					(name "~" (effects (font (size 1.27 1.27))))
        					(number "1" (effects (font (size 1.27 1.27)))))
        				(pin passive line (at 0 -3.81 90) (length 1.27)
        					(name "~" (effects (font (size 1.27 1.27))))
        					(number "2" (effects (font (size 1.27 1.27)))))
        			)
        		)
        	)
        	(wire (pts (xy 100.33 96.52) (xy 100.33 91.44)) (stroke (width 0) (type default)) (uuid "5b0c6a47-1a5e-4e8c-9c1e-000000000002"))
        	(label "RST" (at 100.33 91.44 0) (fields_autoplaced yes) (effects (font (size 1.27 1.27)) (justify left bottom)) (uuid "5b0c6a47-1a5e-4e8c-9c1e-000000000003"))
        	(symbol
        		(lib_id "Device:R")
        		(at 100.33 100.33 0)
        		(unit 1)
        		(exclude_from_sim no)
        		(in_bom yes)
        		(on_board yes)
        		(dnp no)
        		(uuid "5b0c6a47-1a5e-4e8c-9c1e-000000000004")
        		(property "Reference" "R1" (at 102.87 99.06 0) (effects (font (size 1.27 1.27)) (justify left)))
        		(property "Value" "10k" (at 102.87 101.6 0) (effects (font (size 1.27 1.27)) (justify left)))
        		(property "Footprint" "Resistor_SMD:R_0603_1608Metric" (at 98.552 100.33 90) (effects (font (size 1.27 1.27)) hide))
        		(pin "1" (uuid "5b0c6a47-1a5e-4e8c-9c1e-000000000005"))
        		(pin "2" (uuid "5b0c6a47-1a5e-4e8c-9c1e-000000000006"))
        		(instances
        			(project "sample"
        				(path "/5b0c6a47-1a5e-4e8c-9c1e-000000000001" (reference "R1") (unit 1))
        			)
        		)
        	)
        	(sheet_instances (path "/" (page "1")))
        )
        """;
}
