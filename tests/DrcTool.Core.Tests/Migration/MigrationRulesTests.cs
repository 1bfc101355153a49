using DrcTool.Core.Config;
using DrcTool.Core.Knowledge;
using DrcTool.Core.Modules;
using DrcTool.Core.Migration;

namespace DrcTool.Core.Tests.Migration;

public sealed class MigrationRulesTests
{
    [Fact]
    public void The_shipped_rules_read_and_every_pin_they_name_exists()
    {
        var rules = MigrationRules.Default;
        var target = TargetModuleReader.Default;

        target.MaxInterrupts.ShouldBe(8);
        rules.PmicDevices.Select(d => d.Address).ShouldBe([0x6B, 0x36]);
        target.Contacts.Where(c => c.HasAdc).Select(c => c.Name).ShouldBe(["A0", "A1", "A2", "A3", "A4", "A5", "A6", "A7"], ignoreOrder: true);
        target.Contacts.Where(c => c.Pwm is not null && c.TakesSignals).Select(c => c.Name)
            .ShouldBe(["A0", "A1", "A6", "A7", "D4", "D5", "D6", "D7"], ignoreOrder: true);
        target.SignalContacts.ShouldNotContain(c => c.Kind == "sim" || c.Kind == "reserved" || c.Kind == "nfc" || c.Kind == "rgb" || c.Kind == "usb");
        target.Contacts.ShouldNotContain(c => c.HasDac);
    }

    [Fact]
    public void Buses_pmic_and_ethernet_pins_come_from_the_b_som_module_data()
    {
        var target = TargetModuleReader.Default;

        target.Bus("Wire")!.Roles.ShouldBe(new Dictionary<string, string> { ["SDA"] = "D0", ["SCL"] = "D1" }, ignoreOrder: true);
        target.Bus("Wire1")!.Roles.ShouldBe(new Dictionary<string, string> { ["SDA"] = "D2", ["SCL"] = "D3" }, ignoreOrder: true);
        target.Bus("SPI")!.Roles.ShouldBe(new Dictionary<string, string> { ["SCK"] = "SCK", ["MOSI"] = "MOSI", ["MISO"] = "MISO" }, ignoreOrder: true);
        target.Bus("SPI1")!.Roles.ShouldBe(new Dictionary<string, string> { ["SCK"] = "D2", ["MOSI"] = "D3", ["MISO"] = "D4" }, ignoreOrder: true);
        target.Bus("Serial1")!.Roles.ShouldBe(new Dictionary<string, string> { ["TX"] = "TX", ["RX"] = "RX" }, ignoreOrder: true);
        target.Bus("Serial1")!.OptionalRoles.ShouldBe(new Dictionary<string, string> { ["RTS"] = "D2", ["CTS"] = "D3" }, ignoreOrder: true);
        target.PmicBus.ShouldBe("Wire");
        target.PmicInterruptPin.ShouldBe("A6");
        target.EthernetBus.ShouldBe("SPI");
        target.EthernetPins.ShouldBe(new Dictionary<string, string> { ["nCS"] = "D8", ["nINT"] = "D22", ["nRESET"] = "A7" }, ignoreOrder: true);
        target.PwmGroups.Single(g => g.Name == "PWM0").FixedHz.ShouldBe(500);
        target.PwmGroups.Single(g => g.Name == "PWM0").Pins.ShouldContain("D7");
        target.PwmGroups.Where(g => g.Name != "PWM0").ShouldAllBe(g => g.FixedHz == null);
    }

    [Fact]
    public void The_status_led_groups_frequency_is_the_rule_parameter_drc040_reads()
    {
        // One 500 Hz: pwm.status-led-hz in rules/rule-parameters.yaml; a config that changes it changes the solver's group.
        var parameters = RuleParameters.Default.With(new Dictionary<string, (double Value, string Source)>
        {
            ["pwm.status-led-hz"] = (1000, "drctool.yaml:3:5"),
            ["pwm.default-hz"] = (750, "drctool.yaml:4:5"),
        });

        var target = TargetModuleReader.Build(ModuleCatalog.Default.BSom, MigrationRules.Default, parameters);

        RuleParameters.Default.StatusLedPwmHz.ShouldBe(500);
        target.PwmGroups.Single(g => g.Name == "PWM0").FixedHz.ShouldBe(1000);
        target.DefaultPwmHz.ShouldBe(750);
    }

    [Fact]
    public void An_unknown_key_fails_naming_file_line_and_column()
    {
        var yaml = "target:\n  signal-kinds: [gpio]\n  optional-roles: [RTS]\n  max-interupts: 9\n";

        var error = Should.Throw<ConfigException>(() => MigrationRulesReader.Parse(yaml, "rules/migration.yaml"));

        error.Message.ShouldStartWith("rules/migration.yaml:4:3:");
        error.Message.ShouldContain("max-interupts");
    }

    [Fact]
    public void A_bad_address_fails_naming_where()
    {
        var yaml = "target:\n  signal-kinds: [gpio]\n  optional-roles: [RTS]\n  pmic-devices:\n    - { part: gauge, address: 0xZZ }\n";

        Should.Throw<ConfigException>(() => MigrationRulesReader.Parse(yaml, "m.yaml")).Message.ShouldStartWith("m.yaml:5:");
    }
}
