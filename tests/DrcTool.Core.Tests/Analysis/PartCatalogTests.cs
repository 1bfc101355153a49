using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Model;

namespace DrcTool.Core.Tests.Analysis;

public class PartCatalogTests
{
    private static Component Part(string reference, string value, string symbol = "", string footprint = "") =>
        new(reference, value, footprint, "lib", symbol, new Dictionary<string, string>(), true, [], new SourceLocation("t", 1, 1));

    [Theory]
    [InlineData("AP2112K-3.3", 3.3)]
    [InlineData("AP2112K-3.3TRG1", 3.3)]
    [InlineData("XC9258A33", 3.3)]
    [InlineData("XC9258A33CER", 3.3)]
    [InlineData("XC6215B332MR-G", 3.3)]
    [InlineData("XCL223", 3.3)]
    [InlineData("XCL223A331", 3.3)]
    [InlineData("LM1117-3.3", 3.3)]
    [InlineData("LM1117-5.0", 5.0)]
    [InlineData("MCP1700-3302E", 3.3)]
    [InlineData("MCP1700T-1802E/TT", 1.8)]
    [InlineData("TLV75533", 3.3)]
    [InlineData("TLV75533PDBVR", 3.3)]
    [InlineData("TLV70018", 1.8)]
    [InlineData("LD1117S33", 3.3)]
    [InlineData("AP7361C-33", 3.3)]
    [InlineData("MIC5504-3V3", 3.3)]
    [InlineData("HT7333", 3.3)]
    public void Regulator_output_comes_from_the_part_number(string value, double volts)
    {
        var data = new RegulatorOutputReader(PartCatalog.BuiltIn).Read(Part("U1", value));

        data.ShouldNotBeNull();
        data.OutputVolts.ShouldBe(volts);
    }

    [Fact]
    public void Adjustable_parts_give_their_reference_and_unknown_parts_nothing()
    {
        var reader = new RegulatorOutputReader(PartCatalog.BuiltIn);

        var mp2122 = reader.Read(Part("U1", "MP2122"))!;
        (mp2122.OutputVolts, mp2122.ReferenceVolts).ShouldBe((null, 0.6));
        reader.Read(Part("U1", "LM317")).ShouldBeNull();
        reader.Read(Part("U1", "")).ShouldBeNull();
    }

    [Fact]
    public void The_built_in_table_covers_every_class_the_rules_ask_about()
    {
        var covered = PartCatalog.BuiltIn.Rules.Select(r => r.Class).ToHashSet();

        PartClass[] asked =
        [
            PartClass.Resistor, PartClass.Capacitor, PartClass.Inductor, PartClass.Ferrite, PartClass.Led, PartClass.RgbLed,
            PartClass.Switch, PartClass.Connector, PartClass.UsbConnector, PartClass.RfConnector, PartClass.Regulator,
            PartClass.LoadSwitch, PartClass.Pmic, PartClass.FuelGauge, PartClass.Ethernet, PartClass.LevelShifter,
            PartClass.Esd, PartClass.Jumper, PartClass.TestPoint, PartClass.Mounting,
        ];
        asked.Where(c => !covered.Contains(c)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("R12", "10k", "R", PartClass.Resistor)]
    [InlineData("C3", "100n", "C", PartClass.Capacitor)]
    [InlineData("FB1", "BLM18PG221SN1", "Ferrite_Bead", PartClass.Ferrite)]
    [InlineData("L1", "2.2uH", "L", PartClass.Inductor)]
    [InlineData("U4", "TPS22918", "TPS22918", PartClass.LoadSwitch)]
    [InlineData("U5", "TXB0104", "TXB0104", PartClass.LevelShifter)]
    [InlineData("U6", "USBLC6-2SC6", "USBLC6-2SC6", PartClass.Esd)]
    [InlineData("J2", "USB_C_Receptacle", "USB_C_Receptacle_USB2.0", PartClass.UsbConnector)]
    [InlineData("J9", "Conn_Coaxial", "Conn_Coaxial", PartClass.RfConnector)]
    [InlineData("AE1", "Antenna", "Antenna", PartClass.RfConnector)]
    [InlineData("JP1", "SolderJumper_2_Bridged", "SolderJumper_2_Bridged", PartClass.Jumper)]
    [InlineData("TP1", "TestPoint", "TestPoint", PartClass.TestPoint)]
    [InlineData("H1", "MountingHole", "MountingHole_Pad", PartClass.Mounting)]
    [InlineData("D1", "LED_ARGB", "LED_ARGB", PartClass.RgbLed)]
    [InlineData("D2", "LED", "LED", PartClass.Led)]
    [InlineData("SW1", "SW_Push", "SW_Push", PartClass.Switch)]
    [InlineData("#PWR01", "+3V3", "+3V3", PartClass.PowerSymbol)]
    [InlineData("U7", "W5500", "W5500", PartClass.Ethernet)]
    [InlineData("U8", "BQ24195RGER", "BQ24195", PartClass.Pmic)]
    [InlineData("U9", "MAX17048", "MAX17048", PartClass.FuelGauge)]
    [InlineData("U10", "ATmega328P", "ATmega328P-AU", PartClass.IntegratedCircuit)]
    public void KiCad_library_parts_get_their_class(string reference, string value, string symbol, PartClass expected)
    {
        new PartClassifier(PartCatalog.BuiltIn).Classify(Part(reference, value, symbol)).Class.ShouldBe(expected);
    }

    [Fact]
    public void A_table_with_an_unknown_class_is_rejected_by_name()
    {
        var error = Should.Throw<FormatException>(() => PartCatalog.Parse("classes:\n  - class: warp-core\n    patterns:\n      - ref: '^W'\n", "x.yaml"));

        error.Message.ShouldContain("unknown class 'warp-core'");
    }
    [Fact]
    public void A_table_with_an_unknown_key_is_rejected_with_its_line_and_column()
    {
        var error = Should.Throw<FormatException>(() => PartCatalog.Parse("classes:\n  - class: pmic\n    patterns:\n      - reff: '^U'\n", "x.yaml"));

        error.Message.ShouldStartWith("x.yaml:4:9: unknown key 'reff' in a pattern");
    }

    [Fact]
    public void Regulator_numbers_are_read_and_a_bad_number_is_rejected()
    {
        var catalog = PartCatalog.Parse("regulators:\n  - match: '^X1$'\n    output: 3.3\n  - match: '^X2$'\n    vref: 0.6\n", "x.yaml");
        catalog.Regulators.Select(r => (r.OutputVolts, r.ReferenceVolts)).ShouldBe([(3.3, (double?)null), (null, 0.6)]);

        Should.Throw<FormatException>(() => PartCatalog.Parse("regulators:\n  - match: '^X1$'\n    output: high\n", "x.yaml"))
            .Message.ShouldStartWith("x.yaml:3:13: output must be a number");
    }
}
