using DrcTool.Core.Checks;
using DrcTool.Core.Modules;
using DrcTool.Core.Tests.SampleBoards;
using static DrcTool.Core.Tests.Rules.Modules.ModuleRuleChecks;
using static DrcTool.Core.Tests.SampleBoards.SampleParts;
using static DrcTool.Core.Tests.SampleBoards.SampleViolations;

namespace DrcTool.Core.Tests.Rules.Modules;

/// <summary>DRC045: the Tracker SoM's Wire and Wire3 are one I2C peripheral.</summary>
public class SharedPeripheralRuleTests
{
    [Fact]
    public void The_Tracker_SoM_declares_Wire_and_Wire3_one_peripheral()
    {
        ModuleCatalog.Default.Get("tracker-som").SharedBuses.ShouldHaveSingleItem().ShouldBe(["Wire", "Wire3"]);
        ModuleCatalog.Default.Get("b-som").SharedBuses.ShouldBeEmpty();
    }

    [Fact]
    public void I2C_on_both_Wire_and_Wire3_is_a_warning_naming_the_four_pins()
    {
        var finding = Check("tracker-som", b => TrackerI2c(TrackerI2c(b, "U2", "A0", "A1", "WIRE"), "U3", "MCU_RX", "MCU_TX", "WIRE3"), RuleIds.SharedPeripheral)
            .ShouldHaveSingleItem();
        finding.Severity.ShouldBe(Severity.Warning);
        finding.Contacts.ShouldBe([55, 56, 71, 72]);
        finding.Message.ShouldContain("Wire and Wire3");
    }

    [Fact]
    public void Wire3_alone_is_fine()
    {
        Check("tracker-som", b => TrackerI2c(b, "U3", "MCU_RX", "MCU_TX", "WIRE3"), RuleIds.SharedPeripheral).ShouldBeEmpty();
    }

    [Fact]
    public void Wire_with_TX_RX_used_as_Serial1_is_fine()
    {
        // A UART device on TX/RX (a GNSS receiver's RXD/TXD): Serial1, not Wire3.
        var gnss = new SamplePart("U4", "NEO-M8N", "RF_GPS:ublox_NEO", "RF_GPS", "NEO-M8N", "GNSS module",
            [new("20", "TXD", "output"), new("21", "RXD", "input"), new("10", "GND", "power_in"), new("23", "VCC", "power_in")]);
        Check("tracker-som", b => TrackerI2c(b, "U2", "A0", "A1", "WIRE").AddPart(gnss).Connect("U4", "20", "/GNSS_TX").Connect("U4", "21", "/GNSS_RX")
            .Connect("U4", "10", "GND").Connect("U4", "23", "+3V3").ConnectPin("MCU_RX", "/GNSS_TX").ConnectPin("MCU_TX", "/GNSS_RX"), RuleIds.SharedPeripheral).ShouldBeEmpty();
    }

    [Fact]
    public void An_LED_on_A0_is_not_Wire()
    {
        Check("tracker-som", b => TrackerI2c(b, "U3", "MCU_RX", "MCU_TX", "WIRE3").AddBetween(Resistor("R9", "1k"), "/A0_LED", "/LED_K").AddBetween(Led("D9"), "/LED_K", "GND")
            .ConnectPin("A0", "/A0_LED"), RuleIds.SharedPeripheral).ShouldBeEmpty();
    }
}
