using DrcTool.Core.Checks;
using DrcTool.Core.Tests.SampleBoards;
using static DrcTool.Core.Tests.Rules.Modules.ModuleRuleChecks;
using static DrcTool.Core.Tests.SampleBoards.SampleViolations;

namespace DrcTool.Core.Tests.Rules.Modules;

/// <summary>DRC046: on the Tracker SoM, A0-A7 and D0-D7 are one pin each.</summary>
public class OnePinTwoNamesRuleTests
{
    [Theory]
    [InlineData("A2", 57, "D2")]
    [InlineData("A7", 38, "D7")]
    public void An_analog_divider_and_a_gate_on_one_pin_is_a_warning_naming_both_names(string pin, int contact, string twin)
    {
        var finding = Check("tracker-som", b => TrackerGate(TrackerNtc(b, pin), pin), RuleIds.OnePinTwoNames).ShouldHaveSingleItem();
        finding.Severity.ShouldBe(Severity.Warning);
        finding.Contacts.ShouldBe([contact]);
        finding.Message.ShouldContain($"{pin} and {twin}");
        finding.Message.ShouldContain("digital");
    }

    [Fact]
    public void Analog_alone_and_digital_alone_are_fine()
    {
        Check("tracker-som", b => TrackerNtc(b, "A2"), RuleIds.OnePinTwoNames).ShouldBeEmpty();
        Check("tracker-som", b => TrackerGate(b, "A3"), RuleIds.OnePinTwoNames).ShouldBeEmpty();
    }

    [Fact]
    public void A_pull_up_to_3V3_does_not_make_the_other_parts_on_3V3_a_use_of_the_pin()
    {
        // The divider's upper resistor ends on +3V3, where the LED's anode also is: that LED is not behind the pin.
        Check("tracker-som", b => TrackerGate(TrackerNtc(b, "A2"), "A4"), RuleIds.OnePinTwoNames).ShouldBeEmpty();
    }

    [Fact]
    public void Analog_with_I2C_on_one_pin_is_caught()
    {
        // A Boron design's thermistor on A0 and Wire's SDA on D0: one pad on the Tracker SoM.
        var finding = Check("tracker-som", b => TrackerI2c(b, "U2", "A0", "A1", "WIRE").AddBetween(SampleParts.Thermistor("TH9", "10k"), "/WIRE_SDA", "GND"), RuleIds.OnePinTwoNames).ShouldHaveSingleItem();
        finding.Contacts.ShouldBe([55]);
        finding.Message.ShouldContain("i2c");
    }
}
