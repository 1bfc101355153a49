using DrcTool.Core.Analysis.Uses;
using DrcTool.Core.Analysis;
using DrcTool.Core.Checks;
using DrcTool.Core.Config;
using DrcTool.Core.Import;

using DrcTool.TestSupport;

namespace DrcTool.Core.Tests.Modules;

/// <summary>
/// Pin uses on real boards in ../shared. Expected uses were read by hand from the schematics: the chipmc Boron carrier
/// (U3 AB1805 RTC and U7 FRAM on SDA/SCL, U2 RFM95 radio on SPI with its NSS on D5 and DIO0 interrupt net on D2, U1 TMP36
/// on A4, the user switch behind R7 on D4), AN025 (MB85RS256 FRAM U2 on A4-A7), the Electron switch demo (RGB LED
/// behind R1-R3 on WKP, D2, D3).
/// </summary>
public sealed class PinUseInferenceTests
{
    private static IReadOnlyDictionary<string, PinUses> UsesByPin(params string[] path)
    {
        var design = DesignLoader.Default.Load(RepoPaths.SharedFile(["boards", .. path]));
        var binding = DesignChecker.Default.Bind(design, CheckOptions.Default).Binding.ShouldNotBeNull();
        var uses = PinUseInference.Default.Infer(binding, ElectricalPicture.Build(design, binding));
        return binding.Contacts.GroupBy(c => c.Pin.Name).ToDictionary(g => g.Key, g => uses[g.First().Contact]);
    }

    [SharedTheory]
    [InlineData("D0", PinUse.I2c)]
    [InlineData("D1", PinUse.I2c)]
    [InlineData("SCK", PinUse.Spi)]
    [InlineData("MOSI", PinUse.Spi)]
    [InlineData("MISO", PinUse.Spi)]
    [InlineData("D5", PinUse.Spi)]
    [InlineData("A4", PinUse.Analog)]
    [InlineData("D2", PinUse.Interrupt)]
    [InlineData("D4", PinUse.Digital)]
    [InlineData("TX", PinUse.Uart)]
    [InlineData("GND", PinUse.Ground)]
    [InlineData("3V3", PinUse.Power)]
    [InlineData("RST", PinUse.Reset)]
    public void Boron_carrier(string pin, PinUse use)
    {
        var uses = UsesByPin("chipmc-boron-carrier", "Carrier Board.sch")[pin];
        uses.Uses.ShouldBe([use], string.Join("; ", uses.Evidence));
        uses.Evidence.ShouldNotBeEmpty();
    }

    [SharedFact]
    public void An_unconnected_pin_has_no_use()
    {
        UsesByPin("chipmc-boron-carrier", "Carrier Board.sch")["D7"].Uses.ShouldBeEmpty();
    }

    [SharedTheory]
    [InlineData("A4")]
    [InlineData("A5")]
    [InlineData("A6")]
    [InlineData("A7")]
    public void Tracker_SoM_FRAM_pins_are_spi(string pin) =>
        UsesByPin("an025-tracker-som-first-board", "TrackerBase2.sch")[pin].Uses.ShouldBe([PinUse.Spi]);

    [SharedTheory]
    [InlineData("WKP")]
    [InlineData("D2")]
    [InlineData("D3")]
    public void Electron_LED_behind_a_resistor_is_a_led_use(string pin) =>
        UsesByPin("switch-demo-electron-eseries", "SwitchDemoElectron.sch")[pin].Has(PinUse.Led).ShouldBeTrue();

    [Fact]
    public void A_use_outside_the_vocabulary_names_its_line()
    {
        var ex = Should.Throw<ConfigException>(() => PinUseRules.Parse("kinds:\n  ground: [ground]\nfallback: [gpio]\n", "pin-uses.yaml"));
        ex.Line.ShouldBe(3);
        ex.Message.ShouldContain("gpio");
    }

    [Fact]
    public void The_shipped_rules_load()
    {
        PinUseRules.Default.Fallback.ShouldBe([PinUse.Digital]);
        PinUseRules.Default.PartPins.ShouldNotBeEmpty();
        PinUseRules.Default.NetNames.ShouldNotBeEmpty();
    }
}
