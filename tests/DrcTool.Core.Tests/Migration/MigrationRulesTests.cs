using DrcTool.Core.Config;
using DrcTool.Core.Migration;

namespace DrcTool.Core.Tests.Migration;

public sealed class MigrationRulesTests
{
    [Fact]
    public void The_shipped_rules_read_and_every_pin_they_name_exists()
    {
        var rules = MigrationRules.Default;
        var target = TargetModuleReader.Default;

        rules.MaxInterrupts.ShouldBe(8);
        rules.PmicDevices.Select(d => d.Address).ShouldBe([0x6B, 0x36]);
        target.Contacts.Where(c => c.HasAdc).Select(c => c.Name).ShouldBe(["A0", "A1", "A2", "A3", "A4", "A5", "A6", "A7"], ignoreOrder: true);
        target.Contacts.Where(c => c.Pwm is not null && c.TakesSignals).Select(c => c.Name)
            .ShouldBe(["A0", "A1", "A6", "A7", "D4", "D5", "D6", "D7"], ignoreOrder: true);
        target.SignalContacts.ShouldNotContain(c => c.Kind == "sim" || c.Kind == "reserved" || c.Kind == "nfc" || c.Kind == "rgb" || c.Kind == "usb");
        target.Contacts.ShouldNotContain(c => c.HasDac);
    }

    [Fact]
    public void An_unknown_key_fails_naming_file_line_and_column()
    {
        var yaml = "target:\n  signal-kinds: [gpio]\n  max-interrupts: 8\n  max-interupts: 9\n";

        var error = Should.Throw<ConfigException>(() => MigrationRulesReader.Parse(yaml, "rules/migration.yaml"));

        error.Message.ShouldStartWith("rules/migration.yaml:4:3:");
        error.Message.ShouldContain("max-interupts");
    }

    [Fact]
    public void A_bad_address_fails_naming_where()
    {
        var yaml = "target:\n  signal-kinds: [gpio]\n  max-interrupts: 8\n  pmic:\n    devices:\n      - { part: gauge, address: 0xZZ }\n";

        Should.Throw<ConfigException>(() => MigrationRulesReader.Parse(yaml, "m.yaml")).Message.ShouldStartWith("m.yaml:6:");
    }
}
