using DrcTool.Core.Checks;
using DrcTool.Core.Tests.SampleBoards;
using static DrcTool.Core.Tests.Rules.Modules.ModuleRuleChecks;
using static DrcTool.Core.Tests.SampleBoards.SampleParts;

namespace DrcTool.Core.Tests.Rules.Modules;

/// <summary>DRC044: 5 V on the pins the module pinouts mark not 5 V tolerant, module by module.</summary>
public class FiveVoltOnIntolerantPinRuleTests
{
    private static Func<SampleBoard, SampleBoard> PullUpTo5V(string pin) =>
        b => b.AddBetween(Resistor("R1", "10k"), "/SENSOR_OUT", "+5V").ConnectPin(pin, "/SENSOR_OUT");

    [Theory]
    [InlineData("electron", "DAC", 6)]
    [InlineData("electron", "A3", 9)]
    [InlineData("electron", "D7", 32)]
    [InlineData("e-series", "DAC", 20)]
    [InlineData("e-series", "A3", 23)]
    [InlineData("boron", "D2", 19)]
    [InlineData("boron", "A0", 5)]
    [InlineData("tracker-som", "A0", 55)]
    [InlineData("tracker-som", "MCU_TX", 72)]
    public void A_5V_pull_up_on_a_pin_that_is_not_5V_tolerant_is_an_error_at_that_pin(string module, string pin, int contact)
    {
        var finding = Check(module, PullUpTo5V(pin), RuleIds.FiveVoltOnIntolerantPin).ShouldHaveSingleItem();
        finding.Severity.ShouldBe(Severity.Error);
        finding.Contacts.ShouldBe([contact]);
        finding.Parts.ShouldBe(["R1"]);
        finding.Message.ShouldContain("not 5 V tolerant");
    }

    [Theory]
    [InlineData("electron", "A2")]
    [InlineData("electron", "D0")]
    [InlineData("e-series", "D7")] // the E-Series' D7 is 5 V tolerant, the Electron's is not
    [InlineData("e-series", "WKP")]
    public void A_5V_pull_up_on_a_5V_tolerant_pin_is_fine(string module, string pin)
    {
        Check(module, PullUpTo5V(pin), RuleIds.FiveVoltOnIntolerantPin).ShouldBeEmpty();
    }

    [Fact]
    public void A_pin_on_the_5V_rail_itself_is_caught()
    {
        Check("boron", b => b.ConnectPin("D3", "+5V"), RuleIds.FiveVoltOnIntolerantPin).ShouldHaveSingleItem().Message.ShouldContain("directly");
    }

    [Fact]
    public void A_divider_that_brings_5V_down_to_3V3_is_fine()
    {
        Check("tracker-som", b => b.AddBetween(Resistor("R1", "10k"), "/SENSE", "+5V").AddBetween(Resistor("R2", "20k"), "/SENSE", "GND").ConnectPin("A2", "/SENSE"),
            RuleIds.FiveVoltOnIntolerantPin).ShouldBeEmpty();
    }

    [Fact]
    public void A_pull_up_to_the_modules_own_3V3_is_fine()
    {
        Check("boron", b => b.AddBetween(Resistor("R1", "10k"), "/SENSOR_OUT", "+3V3").ConnectPin("D2", "/SENSOR_OUT"), RuleIds.FiveVoltOnIntolerantPin).ShouldBeEmpty();
    }

    [Fact]
    public void Pins_whose_tolerance_the_sources_leave_open_are_not_judged()
    {
        // The Tracker SoM's GNSS_PULSE (7) is marked unknown: the rule does not guess.
        Check("tracker-som", PullUpTo5V("GNSS_PULSE"), RuleIds.FiveVoltOnIntolerantPin).ShouldBeEmpty();
    }
}
