using DrcTool.Core.Checks;
using DrcTool.Core.Tests.SampleBoards;
using static DrcTool.Core.Tests.Rules.RuleBehaviourTests;
using static DrcTool.Core.Tests.SampleBoards.SampleParts;

namespace DrcTool.Core.Tests.Rules;

/// <summary>
/// Issue 10's wrong facts: limits that depend on the variant are checked against every variant the socket takes when
/// none is given (the strictest wins, the message names the variants it concerns), and against the one given otherwise;
/// an unsuitable antenna and a weak pull-up to 5 V are still caught.
/// </summary>
public class WrongFactTests
{
    [Theory]
    [InlineData(SomVariant.B404X)]
    [InlineData(SomVariant.B402)]
    [InlineData(SomVariant.B524)]
    [InlineData(SomVariant.B504)]
    [InlineData(null)]
    public void DRC020_5V_on_VCC_is_an_error_for_every_variant(SomVariant? variant)
    {
        var f = Check(b => VccFrom(b, "AP7361C-5.0"), RuleIds.SupplyVcc, variant).ShouldHaveSingleItem();
        f.Severity.ShouldBe(Severity.Error);
        f.Message.ShouldContain("above the recommended maximum of every variant");
        f.Contacts.ShouldBe([2, 4, 6, 8]);
    }

    [Fact]
    public void DRC020_5V_with_no_variant_names_the_variants_whose_absolute_maximum_it_passes()
    {
        var message = Check(b => VccFrom(b, "AP7361C-5.0"), RuleIds.SupplyVcc).ShouldHaveSingleItem().Message;
        message.ShouldContain("the absolute maximum of B524, B523, B504");
        message.ShouldContain("B404X, B404, B402 need 3.6-4.2 V (absolute maximum 6.0 V); B524, B523, B504 need 3.6-4.3 V (absolute maximum 4.7 V)");
    }

    [Theory]
    [InlineData(SomVariant.B404X)]
    [InlineData(SomVariant.B524)]
    [InlineData(null)]
    public void DRC020_VCC_below_3V6_is_an_error(SomVariant? variant)
    {
        var f = Check(b => VccFrom(b, "AP7361C-3.3"), RuleIds.SupplyVcc, variant).ShouldHaveSingleItem();
        f.Severity.ShouldBe(Severity.Error);
        f.Message.ShouldContain("below the 3.6 V minimum");
    }

    [Fact]
    public void DRC020_4V25_is_a_warning_naming_the_B4xx_when_no_variant_is_given()
    {
        var f = Check(b => VccFrom(b, "AP7361C-4.25"), RuleIds.SupplyVcc).ShouldHaveSingleItem();
        f.Severity.ShouldBe(Severity.Warning);
        f.Message.ShouldContain("above the recommended maximum of B404X, B404, B402");
        Check(b => VccFrom(b, "AP7361C-4.25"), RuleIds.SupplyVcc, SomVariant.B402).ShouldHaveSingleItem().Severity.ShouldBe(Severity.Warning);
        Check(b => VccFrom(b, "AP7361C-4.25"), RuleIds.SupplyVcc, SomVariant.B523).ShouldBeEmpty();
    }

    private static SampleBoard Ilim(SampleBoard b, string ohms)
    {
        var pmic = b.Parts.First(p => p.Value.Contains("BQ2419", StringComparison.OrdinalIgnoreCase)).Reference;
        var ilim = b.NetOf(pmic, "10")!;
        return b.SetValue(b.Between(ilim, b.Ground()).Reference, ohms);
    }

    [Fact]
    public void DRC030_1A2_is_enough_for_the_LTE_M_B4xx_but_not_for_the_B5xx_2G_3G_fallback()
    {
        Check(b => Ilim(b, "442"), RuleIds.PmicInputCurrent, SomVariant.B404X).ShouldBeEmpty();
        Check(b => Ilim(b, "442"), RuleIds.PmicInputCurrent, SomVariant.B524).ShouldHaveSingleItem().Message.ShouldContain("below 1.50 A for B524");
        var none = Check(b => Ilim(b, "442"), RuleIds.PmicInputCurrent).ShouldHaveSingleItem().Message;
        none.ShouldContain("1.20 A");
        none.ShouldContain("below 1.50 A for B524, B523, B504");
        none.ShouldContain("2G/3G");
        none.ShouldNotContain("B404X");
    }

    [Fact]
    public void DRC030_the_reference_boards_332_ohms_suits_every_variant()
    {
        Check(b => b, RuleIds.PmicInputCurrent).ShouldBeEmpty();
    }

    [Fact]
    public void DRC025_lists_the_antennas_of_the_variant()
    {
        var b504 = Check(b => b, RuleIds.Antennas, SomVariant.B504).ShouldHaveSingleItem().Message;
        b504.ShouldContain("PARANTCW1EA");
        b504.ShouldContain("PARANTGN1EA");
        var b524 = Check(b => b, RuleIds.Antennas, SomVariant.B524).ShouldHaveSingleItem().Message;
        b524.ShouldContain("ANTCW2EA");
        b524.ShouldContain("ANT_DIV");
    }

    [Fact]
    public void DRC025_takes_its_antennas_from_the_module_data_and_a_config_replaces_a_variants_list()
    {
        var antennas = ModuleCatalog.Default.BSom.Antennas;
        antennas.For("B524").Select(a => a.Count).ShouldBe([1, 1, 2]);
        antennas.Unsuitable.ShouldHaveSingleItem().Pattern.ShouldBe("ANT-?ELEC");

        var config = DrcTool.Core.Config.DrcConfigLoader.Parse(
            "antennas:\n  needed:\n    B404X:\n      - { what: 'cellular: ACME-LTE1 (required)', pattern: 'ACME-?LTE1' }\n"
            + "  unsuitable:\n    - { pattern: 'ANT-?FLXV2', why: 'not for this enclosure' }\n", "drctool.yaml");
        var design = Load(ReferenceBoard().AddPart(Antenna("ANT2", "ANT-FLXV2")));
        var findings = DesignChecker.Check(design, new CheckOptions { Config = config, Variant = SomVariant.B404X }).Findings
            .Where(f => f.RuleId == RuleIds.Antennas).ToList();
        findings.Select(f => f.Message).ShouldBe(
        [
            "ANT2 ANT-FLXV2 is not for this enclosure; every B-Series SoM variant is LTE",
            "B404X: the SoM has U.FL sockets and no chip antenna; the BOM should carry cellular: ACME-LTE1 (required)",
        ], ignoreOrder: true);
        Should.Throw<ConfigException>(() => DrcTool.Core.Config.DrcConfigLoader.Parse("antennas:\n  needed:\n    B999: []\n", "drctool.yaml"))
            .Message.ShouldContain("B999");
    }

    [Fact]
    public void DRC025_with_no_variant_lists_each_variants_antennas_unless_the_BOM_carries_one_full_set()
    {
        var message = Check(b => b, RuleIds.Antennas).ShouldHaveSingleItem().Message;
        message.ShouldContain("for B404X [cellular: PARANTC41EA (required)");
        message.ShouldContain("for B504 [cellular: PARANTCW1EA (required)");
        Check(b => b.AddPart(Antenna("ANT1", "PARANTC41EA")).AddPart(Antenna("ANT2", "ANT-FLXV2")), RuleIds.Antennas).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("ANTELEC")]
    [InlineData("ANT-ELEC")]
    [InlineData("ANTELEC50")]
    public void DRC025_an_Electron_2G_3G_antenna_in_the_BOM_is_a_warning(string value)
    {
        var findings = Check(b => b.AddPart(Antenna("ANT1", value)).AddPart(Antenna("ANT2", "ANT-FLXV2")), RuleIds.Antennas, SomVariant.B404X);
        var warning = findings.Where(f => f.Severity == Severity.Warning).ShouldHaveSingleItem();
        warning.Parts.ShouldBe(["ANT1"]);
        warning.Message.ShouldContain("LTE");
        findings.Count.ShouldBe(2); // and the cellular antenna is still missing
        warning.FixHint.ShouldBe("Use the variant's certified antenna (PARANTC41EA for the B404X).");
    }

    [Fact]
    public void DRC025_the_unsuitable_antennas_fix_names_each_variants_antenna_from_the_module_data()
    {
        var warning = Check(b => b.AddPart(Antenna("ANT1", "ANTELEC")), RuleIds.Antennas)
            .Where(f => f.Severity == Severity.Warning).ShouldHaveSingleItem();
        warning.FixHint.ShouldBe("Use the variant's certified antenna (PARANTC41EA for the B404X, PARANTC41EA or ANTCW2EA for the B404/B402, "
            + "ANTCW2EA for the B524/B523, PARANTCW1EA for the B504).");
    }

    [Theory]
    [InlineData("10k", "220 µA")]
    [InlineData("1M", "2.2 µA")]
    public void DRC010_a_pull_up_to_5V_is_an_error_however_large_with_the_current_it_pushes_into_the_pin(string ohms, string current)
    {
        var f = Check(b => b.AddBetween(Resistor("R90", ohms), "/SENSOR_OUT", b.Net(16)).Connect(b.Socket().Reference, "66", "/SENSOR_OUT"),
            RuleIds.FiveVoltOnSignal).ShouldHaveSingleItem();
        f.Severity.ShouldBe(Severity.Error);
        f.Contacts.ShouldBe([66]);
        f.Parts.ShouldBe(["R90"]);
        f.Message.ShouldContain($"pushing up to {current} into the pin");
    }

    [Fact]
    public void DRC010_a_divider_that_brings_5V_down_to_3V3_is_not_a_violation()
    {
        Check(b => b.AddBetween(Resistor("R90", "10k"), "/SENSOR_OUT", b.Net(16)).AddBetween(Resistor("R91", "15k"), "/SENSOR_OUT", b.Ground())
            .Connect(b.Socket().Reference, "66", "/SENSOR_OUT"), RuleIds.FiveVoltOnSignal).ShouldBeEmpty();
    }

    [Fact]
    public void DRC002_a_symbol_naming_A0_A7_by_their_nRF_channels_is_not_a_mismatch()
    {
        Check(b => SampleViolations.RenamePins(b, ("23", "AIN1"), ("33", "AIN2"), ("35", "AIN4"), ("37", "AIN5"), ("41", "AIN6"), ("43", "AIN7"), ("45", "AIN3"), ("47", "AIN0")),
            RuleIds.SymbolPinNameMismatch).ShouldBeEmpty();
    }

    [Fact]
    public void DRC002_AIN0_on_A0_is_a_mismatch_since_AIN0_is_A7()
    {
        // The finding names the pad's contact and the contact the name belongs to.
        Check(b => SampleViolations.RenamePins(b, ("23", "AIN0")), RuleIds.SymbolPinNameMismatch).ShouldHaveSingleItem().Contacts.ShouldBe([23, 47]);
    }
}
