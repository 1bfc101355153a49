using DrcTool.Core.Checks;
using DrcTool.Core.Config;
using DrcTool.Core.Import;
using DrcTool.Core.Model;
using DrcTool.Core.Tests.SampleBoards;
using DrcTool.TestSupport;
using static DrcTool.Core.Tests.SampleBoards.SampleParts;

namespace DrcTool.Core.Tests.Rules;

/// <summary>
/// What the sample boards do not show: variant differences, value ranges, dividers, and the config opening a jumper.
/// Each test changes the reference board in memory and checks one rule.
/// </summary>
public class RuleBehaviourTests
{
    internal static IReadOnlyList<Finding> Check(Func<SampleBoard, SampleBoard> change, string rule, SomVariant? variant = null)
    {
        var design = Load(change(ReferenceBoard()));
        return DesignChecker.Check(design, new CheckOptions { Variant = variant }).Findings.Where(f => f.RuleId == rule).ToList();
    }

    internal static SampleBoard ReferenceBoard() => SampleNetlistFile.Read(SampleBoardGeneratorTests.ReferencePath).Clone("test");

    /// <summary>
    /// The board through the real netlist reader, as a user's file would go: written to a temporary .net file, loaded,
    /// and the file deleted (the design keeps everything the checks need).
    /// </summary>
    internal static Design Load(SampleBoard board)
    {
        var path = Path.Combine(Path.GetTempPath(), $"drctool-rule-{Guid.NewGuid():N}.net");
        try
        {
            File.WriteAllText(path, SampleNetlistFile.Write(board, "test.kicad_sch"));
            return DesignLoader.Default.Load(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    internal static SampleBoard VccFrom(SampleBoard b, string ldoValue)
    {
        var ldo = b.NextReference("U");
        b.AddPart(Ldo(ldo, ldoValue)).Connect(ldo, "1", b.Net(16)).Connect(ldo, "3", b.Net(16)).Connect(ldo, "2", b.Ground()).Connect(ldo, "5", "VCC_MODEM");
        foreach (var c in new[] { "2", "4", "6", "8" }) b.Connect(b.Socket().Reference, c, "VCC_MODEM");
        return b;
    }

    [Fact]
    public void DRC020_3V8_is_fine_on_every_variant()
    {
        foreach (var variant in Enum.GetValues<SomVariant>())
        {
            Check(b => VccFrom(b, "AP7361C-3.8"), RuleIds.SupplyVcc, variant).ShouldBeEmpty(variant.ToString());
        }
    }

    [Fact]
    public void DRC022_contact_75_is_reserved_on_B4xx_and_the_modem_RI_on_B5xx()
    {
        SampleBoard Wire75(SampleBoard b) => b.AddPart(Header("J9", 2)).Connect("J9", "1", "/RI").Connect(b.Socket().Reference, "75", "/RI").Connect("J9", "2", b.Ground());
        Check(Wire75, RuleIds.ReservedContacts, SomVariant.B404X).ShouldHaveSingleItem().Contacts.ShouldBe([75]);
        Check(Wire75, RuleIds.ReservedContacts, SomVariant.B524).ShouldBeEmpty();
    }

    [Fact]
    public void DRC025_counts_a_second_ANTCW2EA_as_the_B524_diversity_antenna()
    {
        SampleBoard Antennas(SampleBoard b, int cellular)
        {
            b.AddPart(Antenna("ANT1", "ANT-FLXV2"));
            for (var i = 0; i < cellular; i++) b.AddPart(Antenna($"ANT{i + 2}", "ANTCW2EA"));
            return b;
        }

        Check(b => Antennas(b, 1), RuleIds.Antennas, SomVariant.B524).ShouldHaveSingleItem().Message.ShouldContain("ANT_DIV");
        Check(b => Antennas(b, 2), RuleIds.Antennas, SomVariant.B524).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("470", 1)]
    [InlineData("4.7k", 0)]
    [InlineData("10k", 0)]
    [InlineData("220k", 1)]
    public void DRC013_flags_reset_pull_ups_far_from_10k_as_warnings(string value, int findings)
    {
        var found = Check(b => b.SetValue(b.Between(b.Net(34), b.Net(10)).Reference, value), RuleIds.ResetPullUp);
        found.Count.ShouldBe(findings);
        found.ShouldAllBe(f => f.Severity == Severity.Warning);
    }

    [Theory]
    [InlineData("22k", 1)]
    [InlineData("4.7k", 0)]
    [InlineData("1k", 1)]
    public void DRC028_flags_I2C_pull_ups_outside_1k5_to_10k(string value, int findings)
    {
        var found = Check(b => b.SetValue(b.Between(b.Net(22), b.Net(10)).Reference, value), RuleIds.I2cPullUps);
        found.Count.ShouldBe(findings);
        found.ShouldAllBe(f => f.Severity == Severity.Warning && f.Contacts.Contains(22));
    }

    [Theory]
    [InlineData("15k", 0)] // 10k/15k: 3.0 V from 5 V, 3.3 V even at VBUS's 5.5 V maximum
    [InlineData("100k", 1)] // 4.5 V from 5 V
    public void DRC010_accepts_a_divider_that_brings_5V_down_to_3V6_or_less(string lower, int findings)
    {
        Check(b => b.AddBetween(Resistor("R90", "10k"), "/SENSE", b.Net(16)).AddBetween(Resistor("R91", lower), "/SENSE", b.Ground())
            .Connect(b.Socket().Reference, "23", "/SENSE"), RuleIds.FiveVoltOnSignal).Count.ShouldBe(findings);
    }

    [Fact]
    public void DRC010_names_the_5V_rail_when_a_signal_is_on_it_directly()
    {
        var f = Check(b => b.Connect(b.Socket().Reference, "66", b.Net(16)), RuleIds.FiveVoltOnSignal).ShouldHaveSingleItem();
        f.Contacts.ShouldBe([66]);
        f.Message.ShouldContain("directly");
    }

    [Fact]
    public void DRC017_reports_a_common_cathode_LED()
    {
        var led = Check(b => b.Connect("D1", "1", b.Ground()), RuleIds.RgbLedWiring).ShouldHaveSingleItem();
        led.Message.ShouldContain("common-cathode");
    }

    [Fact]
    public void DRC023_accepts_an_NFC_antenna_with_a_tuning_capacitor()
    {
        Check(b => b.AddBetween(Capacitor("C90", "22p"), b.Net(17), b.Net(19)), RuleIds.NfcWiring).ShouldBeEmpty();
    }

    [Fact]
    public void DRC035_accepts_VUSB_from_USB_and_rejects_it_from_3V3()
    {
        Check(b => b, RuleIds.VusbSource).ShouldBeEmpty();
        Check(b => b.Connect(b.Socket().Reference, "16", b.Net(10)), RuleIds.VusbSource).ShouldHaveSingleItem().Message.ShouldContain("3V3");
    }

    /// <summary>
    /// SomUSB2's 3V3 reaches its MP2122 only through SJ1, a normally-open solder jumper. Counted closed (the default),
    /// DRC019 is silent; opened in drctool.yaml, the SoM's 3V3 is unfed and DRC019 says so.
    /// </summary>
    [SharedFact]
    public void DRC019_on_SomUSB2_follows_what_the_config_says_about_SJ1()
    {
        var design = DesignLoader.Default.Load(RepoPaths.SharedFile("boards", "som-first-board-somusb2", "SomUSB2.sch"));
        DesignChecker.Check(design, CheckOptions.Default).Findings.ShouldNotContain(f => f.RuleId == RuleIds.Supply3V3);
        var open = new CheckOptions { Config = DrcConfig.Default with { OpenParts = ["SJ1"] } };
        var f = DesignChecker.Check(design, open).Findings.Where(f => f.RuleId == RuleIds.Supply3V3).ShouldHaveSingleItem();
        f.Severity.ShouldBe(Severity.Error);
        f.Message.ShouldContain("not fed");
    }

    [Theory]
    [InlineData("10k", 0)]
    [InlineData("100k", 1)]
    public void DRC015_checks_a_MODE_pull_up_to_3V3_against_2k2_to_10k(string value, int findings)
    {
        Check(b => b.AddBetween(Resistor("R90", value), b.Net(32), b.Net(10)), RuleIds.ModePullUp).Count.ShouldBe(findings);
    }

    [Fact]
    public void Parameters_from_the_config_move_the_thresholds()
    {
        var design = Load(ReferenceBoard());
        var strict = DrcConfig.Default with { ParameterOverrides = new Dictionary<string, (double, string)> { ["pmic.b4xx-min-input-amps"] = (2.0, "test") } };
        var f = DesignChecker.Check(design, new CheckOptions { Config = strict, Variant = SomVariant.B404X }).Findings.Where(f => f.RuleId == RuleIds.PmicInputCurrent).ShouldHaveSingleItem();
        f.Message.ShouldContain("below 2.00 A for B404X");
    }

    [Fact]
    public void DRC019_reports_3V3_on_the_USB_5V_once_and_DRC035_reports_VUSB_on_3V3()
    {
        SampleBoard ThreeV3OnUsb(SampleBoard b) => b.Connect(b.Socket().Reference, "10", b.Net(16)).Connect(b.Socket().Reference, "12", b.Net(16));
        Check(ThreeV3OnUsb, RuleIds.Supply3V3).ShouldHaveSingleItem().Message.ShouldContain("VUSB (16)");
        Check(ThreeV3OnUsb, RuleIds.VusbSource).ShouldHaveSingleItem();
    }

    [Fact]
    public void DRC019_reports_3V3_at_the_wrong_voltage()
    {
        var ldo = "U90";
        Check(b => b.RemovePart("U3").AddPart(Ldo(ldo, "AP2112K-1.8")).Connect(ldo, "1", b.Net(2)).Connect(ldo, "3", b.Net(2)).Connect(ldo, "2", b.Ground())
            .Connect(ldo, "5", b.Net(10)).RenameNet(b.Net(10), "+1V8"), RuleIds.Supply3V3).ShouldHaveSingleItem().Message.ShouldContain("1.8 V");
    }

    [Fact]
    public void DRC013_accepts_a_push_pull_reset_supervisor_on_3V3_instead_of_the_pull_up()
    {
        var supervisor = new SamplePart("U91", "TPS3839G33", "Package_TO_SOT_SMD:SOT-23", "Power_Supervisor", "TPS3839", "Supervisor, push-pull output",
            [new("1", "GND", "power_in"), new("2", "~{RESET}", "output"), new("3", "VDD", "power_in")]);
        SampleBoard WithSupervisor(SampleBoard b) => b.RemovePart(b.Between(b.Net(34), b.Net(10)).Reference).AddPart(supervisor)
            .Connect("U91", "1", b.Ground()).Connect("U91", "2", b.Net(34)).Connect("U91", "3", b.Net(10));
        Check(WithSupervisor, RuleIds.ResetPullUp).ShouldBeEmpty();
        Check(b => b.RemovePart(b.Between(b.Net(34), b.Net(10)).Reference), RuleIds.ResetPullUp).ShouldHaveSingleItem().Severity.ShouldBe(Severity.Error);
    }

    /// <summary>A 1-output logic part (74LVC1G17 buffer): 2 A in, 3 GND, 4 Y out, 5 VCC.</summary>
    private static SamplePart Buffer(string reference) =>
        new(reference, "74LVC1G17", "Package_TO_SOT_SMD:SOT-23-5", "74xGxx", "74LVC1G17", "Single Schmitt-trigger buffer",
            [new("2", "A", "input"), new("3", "GND", "power_in"), new("4", "Y", "output"), new("5", "VCC", "power_in")]);

    [Fact]
    public void DRC010_reports_a_driver_powered_from_5V()
    {
        var f = Check(b => b.AddPart(Buffer("U92")).Connect("U92", "5", b.Net(16)).Connect("U92", "3", b.Ground())
            .Connect("U92", "4", "/BUF_OUT").Connect(b.Socket().Reference, "70", "/BUF_OUT"), RuleIds.FiveVoltOnSignal).ShouldHaveSingleItem();
        f.Contacts.ShouldBe([70]);
        f.Parts.ShouldBe(["U92.4"]);
        f.Message.ShouldContain("driven by U92.4");
    }

    [Fact]
    public void DRC011_reports_a_driver_on_an_always_on_rail_when_3V3_can_be_cut()
    {
        var switched = SampleViolations.All.Single(v => v.RuleId == RuleIds.LeakageWhen3V3Cut && v.Folder.StartsWith("violations/", StringComparison.Ordinal)).Make;
        var findings = Check(b => switched(b).AddPart(Buffer("U92")).Connect("U92", "5", "+3V3").Connect("U92", "3", b.Ground())
            .Connect("U92", "4", "/BUF_OUT").Connect(b.Socket().Reference, "70", "/BUF_OUT"), RuleIds.LeakageWhen3V3Cut);
        findings.Select(f => f.Contacts[0]).ShouldBe([62, 70]);
        findings[1].Message.ShouldContain("driven by U92.4");
    }

    [Fact]
    public void DRC026_says_when_the_PMIC_is_on_Wire1_and_DRC032_when_the_gauge_is()
    {
        // The whole bus moved to D2 (42) / D3 (40): PMIC, gauge and pull-ups together.
        SampleBoard OnWire1(SampleBoard b)
        {
            var socket = b.Socket().Reference;
            var (sda, scl) = (b.Net(22), b.Net(20));
            return b.Connect(socket, "22", "/D0_FREE").Connect(socket, "20", "/D1_FREE").Connect(socket, "42", sda).Connect(socket, "40", scl);
        }

        var pmic = Check(OnWire1, RuleIds.PmicI2cPins);
        pmic.Count.ShouldBe(2);
        pmic.ShouldAllBe(f => f.Message.Contains("(Wire1, not Wire)"));
        Check(OnWire1, RuleIds.FuelGaugeWiring).Count.ShouldBe(2);
        Check(OnWire1, RuleIds.I2cPullUps).ShouldBeEmpty(); // Wire1 carries the devices and has its pull-ups
    }
}
