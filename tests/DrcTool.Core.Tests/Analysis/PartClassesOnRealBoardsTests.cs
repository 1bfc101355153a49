using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Import;
using DrcTool.TestSupport;

namespace DrcTool.Core.Tests.Analysis;

/// <summary>Part classes of the real designs in ../shared; each expectation was read off the part in the Eagle XML.</summary>
public class PartClassesOnRealBoardsTests
{
    [SharedFact]
    public void Every_part_of_an001_gets_the_class_its_symbol_says()
    {
        var picture = RealBoards.Picture(RealBoards.An001("sch"));
        var expected = new Dictionary<string, PartClass>
        {
            ["C1"] = PartClass.Capacitor, ["C14"] = PartClass.Capacitor,
            ["CN1"] = PartClass.Connector,          // JST_2PIN battery connector
            ["D1"] = PartClass.Led,                 // LED-RED charge status
            ["D2"] = PartClass.Diode,               // DIODE-RS1JFP
            ["J1"] = PartClass.SomSocket,           // SPARK_M.2EKEY, found by the binding
            ["JP1"] = PartClass.Connector,          // M02 PTH header for external VIN, not a jumper
            ["L1"] = PartClass.Inductor,            // INDUCTOR-2.2UH
            ["LED1"] = PartClass.RgbLed,            // LED-RGB-CREE-SMD
            ["R1"] = PartClass.Resistor, ["R13"] = PartClass.Resistor,
            ["S1"] = PartClass.Switch, ["S2"] = PartClass.Switch,
            ["U$1"] = PartClass.Mounting,           // M2-STANDOFF
            ["U$3"] = PartClass.UsbConnector,       // USB-MICRO-B-SOCKET-AMPHENOL
            ["U1"] = PartClass.FuelGauge,           // MAX17043
            ["U2"] = PartClass.Pmic,                // BQ24195
            ["U3"] = PartClass.Regulator,           // REG-XCL223
        };

        foreach (var (reference, partClass) in expected)
        {
            picture.ClassOf(reference).ShouldBe(partClass, reference);
        }

        picture.Parts.Where(p => p.Class == PartClass.Unknown).ShouldBeEmpty();
        picture.PartOf("U3")!.Regulator!.OutputVolts.ShouldBe(3.3);
    }

    [SharedTheory]
    [InlineData("an025-tracker-som-first-board/TrackerBase2.sch", "SJ1", PartClass.Jumper)]      // JUMPER-PAD-2-NC_BY_TRACE
    [InlineData("an025-tracker-som-first-board/TrackerBase2.sch", "TP1", PartClass.TestPoint)]   // TEST-POINT
    [InlineData("an025-tracker-som-first-board/TrackerBase2.sch", "J2", PartClass.RfConnector)]  // CONN-UFL-TE
    [InlineData("an025-tracker-som-first-board/TrackerBase2.sch", "J4", PartClass.UsbConnector)] // USB-MICRO-B-VERT-PTH
    [InlineData("an025-tracker-som-first-board/TrackerBase2.sch", "D3", PartClass.Esd)]          // TVS-MMBZ27VCLT1G
    [InlineData("an025-tracker-som-first-board/TrackerBase2.sch", "S4", PartClass.Switch)]       // SWITCH-DIP-DPDT
    [InlineData("an025-tracker-som-first-board/TrackerBase2.sch", "JP1", PartClass.Connector)]   // M10 header
    [InlineData("an025-tracker-som-first-board/TrackerBase2.sch", "LED1", PartClass.RgbLed)]
    [InlineData("chipmc-boron-carrier/Carrier Board.sch", "U6", PartClass.Regulator)]            // XC6215B332MR-G
    [InlineData("chipmc-boron-carrier/Carrier Board.sch", "G1", PartClass.Esd)]                  // D5V0L4B5TS
    [InlineData("chipmc-boron-carrier/Carrier Board.sch", "V1", PartClass.Esd)]                  // VARISTOR
    [InlineData("chipmc-boron-carrier/Carrier Board.sch", "F1", PartClass.Fuse)]                 // PPTC
    [InlineData("chipmc-boron-carrier/Carrier Board.sch", "JP3", PartClass.Mounting)]            // STAND-OFF
    [InlineData("chipmc-boron-carrier/Carrier Board.sch", "JP7", PartClass.Jumper)]              // JUMPER-SMT_2_NO
    [InlineData("chipmc-boron-carrier/Carrier Board.sch", "J10", PartClass.RfConnector)]         // U.FL-R-SMT(10)
    [InlineData("chipmc-boron-carrier/Carrier Board.sch", "Q2", PartClass.Transistor)]           // BSS138
    [InlineData("chipmc-boron-carrier/Carrier Board.sch", "Y1", PartClass.Crystal)]              // ABS07 32.768 kHz
    [InlineData("chipmc-boron-carrier/Carrier Board.sch", "SW1", PartClass.Switch)]              // TACT
    [InlineData("chipmc-boron-carrier/Carrier Board.sch", "FRAME1", PartClass.Graphic)]
    [InlineData("ethernet-featherwing/ethernet-wing-v1.00.sch", "U1", PartClass.Ethernet)]       // W5500
    [InlineData("ethernet-featherwing/ethernet-wing-v1.00.sch", "JP1", PartClass.Jumper)]        // JUMPER-SMT_2_NC_TRACE
    [InlineData("ethernet-featherwing/ethernet-wing-v1.00.sch", "JP6", PartClass.Connector)]     // MICROBUILDER_HEADER-1X16
    [InlineData("ethernet-featherwing/ethernet-wing-v1.00.sch", "R17", PartClass.Resistor)]      // 0R
    [InlineData("ethernet-featherwing/ethernet-wing-v1.00.sch", "RN1", PartClass.Resistor)]      // 4R-N array
    [InlineData("ethernet-featherwing/ethernet-wing-v1.00.sch", "L2", PartClass.Inductor)]
    [InlineData("ethernet-featherwing/ethernet-wing-v1.00.sch", "C15", PartClass.Capacitor)]     // C-1808 1n/2KV
    [InlineData("som-first-board-somusb2/SomUSB2.sch", "SJ1", PartClass.Jumper)]                 // JUMPER-PTH-2-NO
    [InlineData("som-first-board-somusb2/SomUSB2.sch", "U1", PartClass.Regulator)]               // MP2122
    public void Real_parts_get_their_class(string board, string reference, PartClass expected)
    {
        var design = DesignLoader.Default.Load(RepoPaths.SharedFile(["boards", .. board.Split('/')]));
        var picture = DrcTool.Core.Analysis.ElectricalPicture.Build(design);

        picture.ClassOf(reference).ShouldBe(expected);
    }

    [SharedFact]
    public void The_boron_carriers_regulator_output_comes_from_its_torex_voltage_code()
    {
        var design = DesignLoader.Default.Load(RepoPaths.SharedFile("boards", "chipmc-boron-carrier", "Carrier Board.sch"));
        var picture = DrcTool.Core.Analysis.ElectricalPicture.Build(design);

        picture.PartOf("U6")!.Regulator!.OutputVolts.ShouldBe(3.3);
        var channel = picture.Regulators.Where(c => c.Part.Class == PartClass.Regulator).ShouldHaveSingleItem();
        channel.Outputs.Select(o => o.Name).ShouldBe(["3V3R"]);
        channel.EnableWhy.ShouldContain("tied to its input BATT-IN");
    }

    [SharedFact]
    public void The_boron_carriers_on_off_switch_makes_li_plus_and_vusb_cuttable()
    {
        // Carrier Board.sch: Q1 (BSS215P) SOURCE on BATT-IN, DRAIN on LI+; Q3 SOURCE on DC-IN, DRAIN on N$5 → F1 → VUSB;
        // both gates on ON/OFF with S1 pin 2 and R2.
        var design = DesignLoader.Default.Load(RepoPaths.SharedFile("boards", "chipmc-boron-carrier", "Carrier Board.sch"));
        var picture = DrcTool.Core.Analysis.ElectricalPicture.Build(design);

        picture.SwitchedRails.Select(r => r.NetName).ShouldBe(["LI+", "VUSB"]);
        picture.RailOf("LI+")!.CutReason.ShouldBe("Q1 BSS215P switches it: gate ON/OFF is driven by S1.2");
        picture.RailOf("VUSB")!.CutReason!.ShouldStartWith("Q3 BSS215P switches it");
        picture.RailOf("3V3R")!.CanBeCut.ShouldBeFalse(); // U6 runs from BATT-IN, before the switch
    }
}
