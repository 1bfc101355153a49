using DrcTool.Core.Checks;
using DrcTool.Core.Tests.SampleBoards;
using static DrcTool.Core.Tests.Rules.RuleBehaviourTests;
using static DrcTool.Core.Tests.SampleBoards.SampleParts;
using static DrcTool.Core.Tests.SampleBoards.SampleViolations;

namespace DrcTool.Core.Tests.Rules;

/// <summary>DRC038: the compliant side of the sample board, and each kind of analog evidence.</summary>
public class AnalogWithoutAdcRuleTests
{
    private static SampleBoard NtcOn(SampleBoard b, int contact) =>
        b.AddBetween(Resistor("R90", "10k"), "/NTC", b.Net(10)).AddBetween(Thermistor("TH90", "10k"), "/NTC", b.Ground())
            .Connect(b.Socket().Reference, contact.ToString(System.Globalization.CultureInfo.InvariantCulture), "/NTC");

    [Fact]
    public void A_thermistor_divider_on_A2_is_fine_and_on_D5_is_caught_at_D5()
    {
        Check(b => NtcOn(b, 35), RuleIds.AnalogWithoutAdc).ShouldBeEmpty();
        Check(b => NtcOn(b, 68), RuleIds.AnalogWithoutAdc).ShouldHaveSingleItem().Contacts.ShouldBe([68]);
    }

    [Fact]
    public void A_divider_midpoint_to_ground_counts_as_analog()
    {
        var f = Check(b => b.AddBetween(Resistor("R90", "20k"), "/VIN_DIV", b.Net(16)).AddBetween(Resistor("R91", "10k"), "/VIN_DIV", b.Ground())
            .Connect(b.Socket().Reference, "70", "/VIN_DIV"), RuleIds.AnalogWithoutAdc).ShouldHaveSingleItem();
        f.Contacts.ShouldBe([70]);
        f.Message.ShouldContain("midpoint of divider");
    }
}

/// <summary>DRC039 and DRC040: PWM pins and groups.</summary>
public class PwmRuleTests
{
    [Fact]
    public void A_buzzer_on_D5_has_PWM_and_on_D23_has_none()
    {
        Check(b => BuzzerOn(b, 68), RuleIds.PwmWithoutPwm).ShouldBeEmpty();
        Check(b => BuzzerOn(b, 64), RuleIds.PwmWithoutPwm).ShouldHaveSingleItem().Contacts.ShouldBe([64]);
    }

    [Fact]
    public void A_buzzer_and_a_dimmed_LED_in_different_groups_are_fine()
    {
        Check(b => DimmedLedOn(BuzzerOn(b, 68), 33), RuleIds.PwmGroupFrequency).ShouldBeEmpty();
        Check(b => DimmedLedOn(BuzzerOn(b, 23), 33), RuleIds.PwmGroupFrequency).ShouldHaveSingleItem().Contacts.ShouldBe([23, 33]);
    }

    [Fact]
    public void PWM_on_D7_is_told_it_runs_at_500_Hz_and_a_buzzer_there_is_a_warning()
    {
        var dimmed = Check(b => DimmedLedOn(b, 72), RuleIds.PwmGroupFrequency).ShouldHaveSingleItem();
        dimmed.Severity.ShouldBe(Severity.Note);
        dimmed.Message.ShouldContain("500 Hz");
        var buzzer = Check(b => BuzzerOn(b, 72), RuleIds.PwmGroupFrequency).ShouldHaveSingleItem();
        buzzer.Severity.ShouldBe(Severity.Warning);
        buzzer.Contacts.ShouldBe([72]);
    }
}

/// <summary>DRC041: one peripheral on D2/D3.</summary>
public class SharedD2D3RuleTests
{
    [Fact]
    public void Wire1_alone_on_D2_D3_is_fine_and_Wire1_with_SPI1_is_an_error()
    {
        Check(b => b.AddPart(Tmp102("U90")).Connect("U90", "5", b.Net(10)).Connect("U90", "2", b.Ground()).Connect("U90", "6", "/D2").Connect("U90", "1", "/D3")
                .AddBetween(Resistor("R90", "4.7k"), "/D2", b.Net(10)).AddBetween(Resistor("R91", "4.7k"), "/D3", b.Net(10))
                .Connect(b.Socket().Reference, "42", "/D2").Connect(b.Socket().Reference, "40", "/D3"), RuleIds.SharedD2D3)
            .ShouldBeEmpty();
        var f = Check(WireAndSpiOnD2D3, RuleIds.SharedD2D3).ShouldHaveSingleItem();
        f.Severity.ShouldBe(Severity.Error);
        f.Contacts.ShouldBe([40, 42]);
    }
}

/// <summary>DRC042: eight interrupt sources are allowed, nine are not.</summary>
public class InterruptLimitRuleTests
{
    [Fact]
    public void Eight_sources_with_the_PMICs_are_fine_and_nine_are_not()
    {
        Check(b => Alerts(b, [66, 68, 70, 72, 62, 64, 23]), RuleIds.InterruptLimit).ShouldBeEmpty();
        Check(EightAlerts, RuleIds.InterruptLimit).ShouldHaveSingleItem().Contacts.Count.ShouldBe(9);
    }
}

/// <summary>DRC043: a pull on the gate keeps it defined.</summary>
public class ControlInputPullRuleTests
{
    [Fact]
    public void A_gate_with_a_pull_down_is_fine_and_without_one_is_caught_at_the_pin()
    {
        Check(b => FloatingGate(b).AddBetween(Resistor("R90", "100k"), "/LOAD_GATE", b.Ground()), RuleIds.ControlInputPull).ShouldBeEmpty();
        Check(FloatingGate, RuleIds.ControlInputPull).ShouldHaveSingleItem().Contacts.ShouldBe([64]);
    }

    [Fact]
    public void A_load_switch_enable_on_a_pin_with_no_pull_is_caught()
    {
        var f = Check(b => b.AddPart(LoadSwitch("U90")).Connect("U90", "1", b.Net(10)).Connect("U90", "2", b.Ground()).Connect("U90", "6", "/SENSOR_3V3")
            .Connect("U90", "3", "/SENSOR_EN").Connect(b.Socket().Reference, "70", "/SENSOR_EN"), RuleIds.ControlInputPull).ShouldHaveSingleItem();
        f.Contacts.ShouldBe([70]);
        f.Message.ShouldContain("ON input");
    }
}
