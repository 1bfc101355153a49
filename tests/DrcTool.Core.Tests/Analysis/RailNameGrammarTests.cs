using DrcTool.Core.Analysis.Values;

namespace DrcTool.Core.Tests.Analysis;

public class RailNameGrammarTests
{
    [Theory]
    [InlineData("+5V", 5.0)]
    [InlineData("5V0", 5.0)]
    [InlineData("5V", 5.0)]
    [InlineData("VBUS", 5.0)]
    [InlineData("VUSB", 5.0)]
    [InlineData("USB_VBUS", 5.0)]
    [InlineData("+3V3", 3.3)]
    [InlineData("3.3V", 3.3)]
    [InlineData("3V3", 3.3)]
    [InlineData("+3.3V", 3.3)]
    [InlineData("+3.3", 3.3)]
    [InlineData("VCC_1V8", 1.8)]
    [InlineData("VDD3V3", 3.3)]
    [InlineData("V3V3", 3.3)]
    [InlineData("3V7", 3.7)]
    [InlineData("3V8", 3.8)]
    [InlineData("VBAT", 4.2)]
    [InlineData("LI+", 4.2)]
    [InlineData("VSYS", 4.2)]
    [InlineData("-5V", -5.0)]
    [InlineData("+12V", 12.0)]
    [InlineData("3V3-REG", 3.3)]
    [InlineData("3V3_SW", 3.3)]
    [InlineData("+3V3D", 3.3)]
    [InlineData("USB_5V", 5.0)]
    [InlineData("/power/+3V3", 3.3)]
    [InlineData("GND", 0.0)]
    [InlineData("AGND", 0.0)]
    [InlineData("VSS", 0.0)]
    public void Reads_the_voltage_a_name_states(string name, double volts)
    {
        var named = RailNameGrammar.TryParse(name, RuleParameters.Default);

        named.ShouldNotBeNull();
        named.Volts.ShouldBe(volts, 1e-9);
    }

    [Theory]
    [InlineData("V_IN")]
    [InlineData("VCC")]
    [InlineData("VIN")]
    [InlineData("SDA")]
    [InlineData("/RESET")]
    [InlineData("N$3")]
    [InlineData("3V3_EN")]
    [InlineData("EN_3V3")]
    [InlineData("PG_5V")]
    [InlineData("VBUS_DET")]
    [InlineData("FB1")]
    [InlineData("SW2")]
    [InlineData("LED-G")]
    [InlineData("D3")]
    [InlineData("A5")]
    [InlineData("Net-(R1-Pad2)")]
    [InlineData("unconnected-(J1-CELL VBUS-Pad74)")]
    [InlineData("Net-(U3-VOUT)")]
    [InlineData("/sheet/Net-(C1-Pad1)")]
    [InlineData("")]
    public void Finds_no_voltage_where_the_name_states_none(string name)
    {
        RailNameGrammar.TryParse(name, RuleParameters.Default).ShouldBeNull();
    }

    [Fact]
    public void Ground_is_marked_and_battery_keeps_its_range()
    {
        RailNameGrammar.TryParse("GND", RuleParameters.Default)!.IsGround.ShouldBeTrue();
        RailNameGrammar.TryParse("3V3", RuleParameters.Default)!.IsGround.ShouldBeFalse();
        var battery = RailNameGrammar.TryParse("VBAT", RuleParameters.Default)!;
        battery.MaxVolts.ShouldBe(4.2);
        battery.MinVolts.ShouldBeLessThan(3.7);
    }

    [Fact]
    public void Named_rails_take_the_parameters_a_config_sets()
    {
        var config = DrcTool.Core.Config.DrcConfigLoader.Parse(
            "parameters:\n  battery: { full-volts: 4.35, empty-volts: 3.2, system-min-volts: 3.6 }\n  vusb: { typical-volts: 5.1 }\n", "drctool.yaml");
        var battery = RailNameGrammar.TryParse("VBAT", config.Parameters)!;
        (battery.Volts, battery.MinVolts, battery.MaxVolts).ShouldBe((4.35, 3.2, 4.35));
        battery.Why.ShouldBe("name 'VBAT' is a LiPo battery rail, up to 4.35 V when charged");
        RailNameGrammar.TryParse("VSYS", config.Parameters)!.MinVolts.ShouldBe(3.6);
        var usb = RailNameGrammar.TryParse("VBUS", config.Parameters)!;
        usb.Volts.ShouldBe(5.1);
        usb.Why.ShouldBe("name 'VBUS' is USB bus power, 5.1 V");
        RailNameGrammar.TryParse("VBUS", RuleParameters.Default)!.Why.ShouldBe("name 'VBUS' is USB bus power, 5 V");
    }
}
