namespace DrcTool.Core.Tests.Import.KiCad;

/// <summary>Netlist exports written by hand in the shape KiCad's exporter gives them (no .net file is in ../shared).</summary>
internal static class KiCadNetlistSamples
{
    /// <summary>Version E (KiCad 6 to 9): every atom quoted, valueless dnp / exclude_from_bom properties, node pinfunction/pintype.</summary>
    public const string VersionE = """
        (export (version "E")
          (design
            (source "/home/hw/base/base.kicad_sch")
            (date "2024-05-02T10:11:12+0000")
            (tool "Eeschema 8.0.2")
            (sheet (number "1") (name "/") (tstamps "/")
              (title_block
                (title "Base board")
                (comment (number "1") (value "")))))
          (components
            (comp (ref "J1")
              (value "B404X")
              (footprint "DrcTool:M.2_E_TE_2199230-4")
              (datasheet "~")
              (description "M.2 key E SoM socket")
              (fields
                (field (name "Footprint") "DrcTool:M.2_E_TE_2199230-4")
                (field (name "Datasheet") "~")
                (field (name "MPN") "2199230-4"))
              (libsource (lib "DrcTool") (part "B-SoM") (description "Particle B-Series SoM"))
              (property (name "Sheetname") (value "Root"))
              (property (name "Sheetfile") (value "base.kicad_sch"))
              (sheetpath (names "/") (tstamps "/"))
              (tstamps "9a0c4a8e-0000-4000-8000-000000000001"))
            (comp (ref "R1")
              (value "10k")
              (footprint "Resistor_SMD:R_0603_1608Metric")
              (libsource (lib "Device") (part "R_Small") (description "Resistor, small symbol"))
              (property (name "Sheetname") (value "Root"))
              (sheetpath (names "/") (tstamps "/"))
              (tstamps "9a0c4a8e-0000-4000-8000-000000000002"))
            (comp (ref "R2")
              (value "4k7")
              (footprint "Resistor_SMD:R_0603_1608Metric")
              (libsource (lib "Device") (part "R_Small"))
              (property (name "dnp"))
              (tstamps "9a0c4a8e-0000-4000-8000-000000000003"))
            (comp (ref "TP1")
              (value "TestPoint")
              (footprint "TestPoint:TestPoint_Pad_D1.0mm")
              (libsource (lib "Connector") (part "TestPoint"))
              (property (name "exclude_from_bom"))
              (tstamps "9a0c4a8e-0000-4000-8000-000000000004")))
          (libparts
            (libpart (lib "Device") (part "R_Small")
              (description "Resistor, small symbol")
              (docs "~")
              (footprints (fp "R_*"))
              (fields (field (name "Reference") "R") (field (name "Value") "R_Small"))
              (pins
                (pin (num "1") (name "~") (type "passive"))
                (pin (num "2") (name "~") (type "passive"))))
            (libpart (lib "DrcTool") (part "B-SoM")
              (pins
                (pin (num "34") (name "RST") (type "input"))
                (pin (num "10") (name "3V3") (type "power_in"))
                (pin (num "1") (name "GND") (type "power_in"))
                (pin (num "22") (name "D0") (type "bidirectional"))))
            (libpart (lib "Connector") (part "TestPoint")
              (pins (pin (num "1") (name "1") (type "passive")))))
          (libraries
            (library (logical "Device") (uri "/usr/share/kicad/symbols/Device.kicad_sym")))
          (nets
            (net (code "1") (name "+3V3") (class "Default")
              (node (ref "J1") (pin "10") (pinfunction "3V3") (pintype "power_in"))
              (node (ref "R1") (pin "1") (pintype "passive"))
              (node (ref "R2") (pin "1") (pintype "passive")))
            (net (code "2") (name "/RST") (class "Default")
              (node (ref "J1") (pin "34") (pinfunction "RST") (pintype "input"))
              (node (ref "R1") (pin "2") (pintype "passive"))
              (node (ref "TP1") (pin "1") (pinfunction "1") (pintype "passive")))
            (net (code "3") (name "GND")
              (node (ref "J1") (pin "1") (pinfunction "GND") (pintype "power_in"))
              (node (ref "J1") (pin "75") (pinfunction "GND") (pintype "passive")))
            (net (code "4") (name "unconnected-(J1-D0-Pad22)")
              (node (ref "J1") (pin "22") (pinfunction "D0") (pintype "bidirectional+no_connect")))
            (net (code "5") (name "Net-(R2-Pad2)")
              (node (ref "R2") (pin "2") (pintype "passive")))))
        """;

    /// <summary>Version D (KiCad 5): bare atoms, quoted only where they hold spaces or parentheses; fields, aliases.</summary>
    public const string VersionD = """
        (export (version D)
          (design
            (source /home/hw/old/old.sch)
            (date "Mon 02 Mar 2020 10:00:00 AM CET")
            (tool "Eeschema 5.1.5")
            (sheet (number 1) (name /) (tstamps /)))
          (components
            (comp (ref U1)
              (value MAX17048)
              (footprint Package_DFN_QFN:DFN-8-1EP_2x2mm)
              (datasheet https://datasheets.maximintegrated.com/en/ds/MAX17048-MAX17049.pdf)
              (fields
                (field (name MPN) MAX17048G+T10))
              (libsource (lib Battery_Management) (part MAX17048) (description "Fuel gauge"))
              (sheetpath (names /) (tstamps /))
              (tstamp 5E5CF1A0))
            (comp (ref R3)
              (value "10k NC")
              (footprint Resistor_SMD:R_0603_1608Metric)
              (libsource (lib Device) (part R))
              (sheetpath (names /) (tstamps /))
              (tstamp 5E5CF1A1)))
          (libparts
            (libpart (lib Device) (part R)
              (aliases (alias R_US))
              (footprints (fp R_*))
              (pins
                (pin (num 1) (name ~) (type passive))
                (pin (num 2) (name ~) (type passive))))
            (libpart (lib Battery_Management) (part MAX17048)
              (pins
                (pin (num 1) (name CTG) (type input))
                (pin (num 2) (name CELL) (type input))
                (pin (num 3) (name VDD) (type power_in))
                (pin (num 4) (name GND) (type power_in))
                (pin (num 5) (name ~ALRT) (type openCol))
                (pin (num 6) (name QSTRT) (type input))
                (pin (num 7) (name SCL) (type input))
                (pin (num 8) (name SDA) (type BiDi))
                (pin (num 9) (name EP) (type passive)))))
          (nets
            (net (code 1) (name GND)
              (node (ref U1) (pin 4))
              (node (ref U1) (pin 9))
              (node (ref U1) (pin 1)))
            (net (code 2) (name "Net-(R3-Pad1)")
              (node (ref R3) (pin 1))
              (node (ref U1) (pin 5)))
            (net (code 3) (name /SDA)
              (node (ref U1) (pin 8)))
            (net (code 4) (name "")
              (node (ref R3) (pin 2)))))
        """;
}
