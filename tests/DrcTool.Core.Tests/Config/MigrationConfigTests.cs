using DrcTool.Core.Config;
using DrcTool.Core.Migration;

namespace DrcTool.Core.Tests.Config;

/// <summary>drctool.yaml's `migration:` laid over rules/migration.yaml, as `parameters:` over rule-parameters.yaml (docs/config.md).</summary>
public sealed class MigrationConfigTests
{
    private static DrcConfig Load(string yaml) => DrcConfigLoader.Parse(yaml, "hw/drctool.yaml");

    [Fact]
    public void Without_a_migration_section_the_shipped_rules_apply()
    {
        var config = Load("fail-on: warning\n");

        config.MigrationOverride.ShouldBeNull();
        config.Migration.ShouldBeSameAs(MigrationRules.Default);
        MigrationPlanner.For(config).ShouldBeSameAs(MigrationPlanner.Default);
    }

    [Fact]
    public void Named_entries_replace_the_shipped_ones_and_the_rest_stay()
    {
        var config = Load("""
            migration:
              replacements:
                can: our CAN daughterboard (J9)
              no-equivalent:
                VBAT: the RTC runs from our supercap
            """);

        var rules = config.Migration;
        rules.ReplacementFor(PinUse.Can).ShouldBe("our CAN daughterboard (J9)");
        rules.ReplacementFor(PinUse.Dac).ShouldBe(MigrationRules.Default.ReplacementFor(PinUse.Dac));
        rules.NoEquivalent["VBAT"].ShouldBe("the RTC runs from our supercap");
        rules.NoEquivalent["VIN"].ShouldBe(MigrationRules.Default.NoEquivalent["VIN"]);
    }

    [Fact]
    public void The_antennas_change_names_the_module_datas_antennas_and_a_configs()
    {
        var config = Load("antennas:\n  needed:\n    B524:\n      - { what: 'cellular: ANT-ACME-LTE (required)', pattern: 'ACME' }\n");
        var board = new SourceBoard("Boron", "U1", []);

        var shipped = MigrationPlanner.Default.Plan(board, SomVariant.B524, new SolveOptions()).BoardChanges.Single(c => c.Id == "antennas").Message;
        var configured = MigrationPlanner.For(config).Plan(board, SomVariant.B524, new SolveOptions()).BoardChanges.Single(c => c.Id == "antennas").Message;

        // rules/modules/b-som/module.yaml antennas.needed (DRC025's list) and antenna.*-mm of rule-parameters.yaml.
        shipped.ShouldContain("cellular: ANTCW2EA (required); BLE: ANT-FLXV2");
        shipped.ShouldContain("at least 8 mm (ideally 12 mm)");
        configured.ShouldContain("cellular: ANT-ACME-LTE (required)");
        configured.ShouldNotContain("ANTCW2EA");
    }

    [Fact]
    public void A_note_with_a_shipped_id_and_when_takes_its_place_and_a_new_one_is_added()
    {
        var config = Load("""
            migration:
              board-changes:
                - { id: supply-vcc, when: b4xx, message: "VCC from our 3.8 V buck (U12)" }
                - { id: enclosure, when: always, message: "The M.2 SoM is 1 mm taller than the Boron: check the lid" }
            """);

        var changes = config.Migration.BoardChanges;
        changes.Count.ShouldBe(MigrationRules.Default.BoardChanges.Count + 1);
        changes.Single(c => c is { Id: "supply-vcc", When: "b4xx" }).Message.ShouldBe("VCC from our 3.8 V buck (U12)");
        changes.Single(c => c is { Id: "supply-vcc", When: "b5xx" }).ShouldBe(MigrationRules.Default.BoardChanges.Single(c => c is { Id: "supply-vcc", When: "b5xx" }));
        changes[^1].Id.ShouldBe("enclosure");
    }

    [Fact]
    public void A_users_i2c_part_collides_with_the_fuel_gauge_in_the_plan()
    {
        var config = Load("""
            migration:
              parts:
                i2c-addresses:
                  - { pattern: 'ACME-GAUGE', address: 0x36 }
            """);
        var gauge = new NetPart("U9", "ACME-GAUGE-2", "SDA");
        SourceBoardPin Pin(string name, string role, int contact) =>
            new(name, "gpio", ["gpio", $"i2c:Wire:{role}"], role, [PinUse.I2c]) { GuideContact = contact, Parts = [gauge with { Pin = role }] };
        var board = new SourceBoard("Boron", "U1", [Pin("D0", "SDA", 22), Pin("D1", "SCL", 20)]);

        var shipped = MigrationPlanner.Default.Plan(board, SomVariant.B404X, new SolveOptions { PmicFitted = true });
        var configured = MigrationPlanner.For(config).Plan(board, SomVariant.B404X, new SolveOptions { PmicFitted = true });

        config.Migration.I2cAddressParts[0].Address.ShouldBe(0x36);
        shipped.Pins.ShouldAllBe(p => p.Status == PlacementStatus.Kept);   // an unknown part: Wire with the PMIC is fine
        configured.Pins.ShouldAllBe(p => p.Status == PlacementStatus.Moved); // 0x36 is the fuel gauge's: the bus moves to Wire1
        configured.Pins.Select(p => p.Contact!.Name).ShouldBe(["D2", "D3"], ignoreOrder: true);
    }

    [Fact]
    public void Parameters_in_the_same_config_reach_the_plans_numbers()
    {
        var config = Load("parameters:\n  supply-3v3:\n    min-volts: 3.1\n");
        var board = new SourceBoard("Boron", "U1", []);

        var plan = MigrationPlanner.For(config).Plan(board, SomVariant.B404X, new SolveOptions());

        plan.BoardChanges.Single(c => c.Id == "supply-3v3").Message.ShouldContain("3.1-3.6 V");
    }

    [Theory]
    [InlineData("migration:\n  antennas:\n    B524: X\n", 2, 3, "antennas")]
    [InlineData("migration:\n  target:\n    signal-kinds: []\n", 3, 19, "signal-kinds")]
    [InlineData("migration:\n  board-changes:\n    - { id: x, when: always }\n", 3, 7, "'id', 'when' and 'message'")]
    [InlineData("migration:\n  parts:\n    i2c-addresses:\n      - { pattern: 'X(', address: 0x36 }\n", 4, 20, "regular expression")]
    public void A_mistake_names_the_config_line_and_column(string yaml, int line, int column, string words)
    {
        var ex = Should.Throw<ConfigException>(() => Load(yaml));

        ex.Message.ShouldStartWith($"hw/drctool.yaml:{line}:{column}:");
        ex.Message.ShouldContain(words);
    }
}
