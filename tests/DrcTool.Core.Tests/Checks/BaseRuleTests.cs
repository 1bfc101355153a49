using DrcTool.TestSupport;
using DrcTool.Core.Checks;

namespace DrcTool.Core.Tests.Checks;

public class BaseRuleTests
{
    private static IReadOnlyList<Finding> Check(DesignBuilder builder, string? rule = null, CheckOptions? options = null)
    {
        var result = DesignChecker.Check(builder.Build(), options ?? CheckOptions.Default);
        return rule is null ? result.Findings : result.Findings.Where(f => f.RuleId == rule).ToList();
    }

    [Fact]
    public void A_clean_socket_gives_no_binding_findings()
    {
        Check(new DesignBuilder().Socket().Grounded()).Where(f => string.CompareOrdinal(f.RuleId, "DRC010") < 0).ShouldBeEmpty();
    }

    [Fact]
    public void DRC001_reports_a_design_without_a_socket_instead_of_failing()
    {
        var findings = Check(new DesignBuilder().Part("R1", "10k").Part("C1", "100n"));
        var f = findings.ShouldHaveSingleItem();
        f.RuleId.ShouldBe("DRC001");
        f.Severity.ShouldBe(Severity.Note); // no module is not an error (issue 10) unless the config requires one
        f.Message.ShouldStartWith("no Particle module found");
        f.Location!.Value.File.ShouldBe(DesignBuilder.File);
    }

    [Fact]
    public void DRC001_reports_an_unknown_som_reference()
    {
        var f = Check(new DesignBuilder().Socket().Grounded(), "DRC001", new CheckOptions { SomReference = "J9" }).ShouldHaveSingleItem();
        f.Message.ShouldContain("J9");
    }

    [Fact]
    public void DRC001_reports_a_som_reference_whose_pads_are_not_the_socket()
    {
        var board = new DesignBuilder().Socket().Grounded().Part("R1", "10k", 2).Part("U5", "TRACKER", "T", Enumerable.Range(1, 90).Select(i => (i.ToString(), "")));
        var resistor = Check(board, "DRC001", new CheckOptions { SomReference = "R1" }).ShouldHaveSingleItem();
        resistor.Severity.ShouldBe(Severity.Warning);
        resistor.Message.ShouldContain("only 2 of its pads are M.2 contacts");
        var tracker = Check(board, "DRC001", new CheckOptions { SomReference = "U5" }).ShouldHaveSingleItem();
        tracker.Severity.ShouldBe(Severity.Error);
        tracker.Message.ShouldContain("cannot have (24, 25");
        Check(board, "DRC001", new CheckOptions { SomReference = "J1" }).ShouldBeEmpty();
    }

    [Fact]
    public void DRC001_warns_when_two_parts_look_like_the_socket()
    {
        var f = Check(new DesignBuilder().Socket("J1").Socket("J2"), "DRC001").ShouldHaveSingleItem();
        f.Severity.ShouldBe(Severity.Warning);
        f.Parts.ShouldBe(["J1", "J2"]);
    }

    [Fact]
    public void DRC002_swapped_D2_D3_is_an_error_when_wired_and_a_warning_when_not()
    {
        var swapped = new Dictionary<string, string> { ["40"] = "D2", ["42"] = "D3" };
        var findings = Check(new DesignBuilder().Socket(rename: swapped).Grounded().Part("R5", "1k").Net("LED", "J1.40", "R5.1"), "DRC002");
        findings.Count.ShouldBe(2);
        var wired = findings[0];
        wired.Severity.ShouldBe(Severity.Error);
        wired.Contacts.ShouldBe([40, 42]);
        wired.Nets.ShouldBe(["LED"]);
        wired.Parts.ShouldBe(["J1.40", "R5"]);
        wired.Message.ShouldContain("named 'D2'");
        wired.Message.ShouldContain("contact 40 is D3");
        findings[1].Severity.ShouldBe(Severity.Warning);
        findings[1].Contacts[0].ShouldBe(42);
    }

    [Fact]
    public void DRC002_a_symbol_named_by_the_M2_standard_gets_one_note_not_a_finding_per_pad()
    {
        // M.2 key-E names from the PCI-SIG pinout, as generic M.2 socket symbols carry them.
        var m2Names = new Dictionary<string, string>
        {
            ["2"] = "3.3V", ["3"] = "USB_D+", ["4"] = "3.3V", ["5"] = "USB_D-", ["6"] = "LED1#", ["8"] = "PCM_CLK",
            ["9"] = "SDIO_CLK", ["10"] = "PCM_SYNC", ["11"] = "SDIO_CMD", ["12"] = "PCM_IN", ["13"] = "SDIO_DATA0",
            ["14"] = "PCM_OUT", ["15"] = "SDIO_DATA1", ["16"] = "LED2#", ["17"] = "SDIO_DATA2", ["19"] = "SDIO_DATA3",
            ["20"] = "UART_WAKE#", ["21"] = "SDIO_WAKE#", ["22"] = "UART_RXD", ["23"] = "SDIO_RESET#", ["32"] = "UART_TXD",
            ["34"] = "UART_RTS", ["36"] = "UART_CTS", ["38"] = "VENDOR_DEFINED", ["40"] = "VENDOR_DEFINED", ["42"] = "VENDOR_DEFINED",
            ["44"] = "COEX3", ["46"] = "COEX_TXD", ["48"] = "COEX_RXD", ["50"] = "SUSCLK", ["52"] = "PERST0#", ["54"] = "W_DISABLE2#",
            ["56"] = "W_DISABLE1#", ["58"] = "I2C_DATA", ["60"] = "I2C_CLK", ["62"] = "ALERT#",
        };
        var findings = Check(new DesignBuilder().Socket(rename: m2Names).Grounded(), "DRC002");
        var note = findings.ShouldHaveSingleItem();
        note.Severity.ShouldBe(Severity.Note);
        note.Message.ShouldContain("another scheme");
    }

    [Fact]
    public void DRC003_SIM_pin_wired_to_a_part_is_an_error_and_to_a_test_point_a_warning()
    {
        var findings = Check(new DesignBuilder().Socket().Grounded()
            .Part("U5", "NANO-SIM", 6).Part("TP1", "TP", 1)
            .Net("SIM_CLK", "J1.71", "U5.3").Net("SIM_IO", "J1.73", "TP1.1"), "DRC003");
        findings.Count.ShouldBe(2);
        findings[0].Severity.ShouldBe(Severity.Error);
        findings[0].Contacts.ShouldBe([71]);
        findings[0].Parts.ShouldBe(["J1.71", "U5"]);
        findings[1].Severity.ShouldBe(Severity.Warning);
        findings[1].Message.ShouldContain("only test points");
    }

    [Fact]
    public void DRC004_reports_a_GND_contact_off_the_ground_net_and_an_open_hold_down_tab()
    {
        var builder = new DesignBuilder().Socket().Part("C1", "100n").Part("C2", "100n")
            .Net("GND", "J1.1", "J1.3", "J1.5", "J1.7", "J1.9", "J1.15", "J1.21", "J1.39", "J1.49", "J1.76", "C1.2")
            .Net("GND2", "J1.56", "C2.2");
        var findings = Check(builder, "DRC004");
        findings.Count.ShouldBe(2);
        findings[0].Severity.ShouldBe(Severity.Error);
        findings[0].Contacts.ShouldBe([56]);
        findings[0].Nets.ShouldBe(["GND2", "GND"]);
        findings[1].Severity.ShouldBe(Severity.Warning);
        findings[1].Contacts.ShouldBe([77]);
        findings[1].Message.ShouldContain("unconnected");
    }

    [Fact]
    public void A_finding_names_at_most_twenty_parts_of_a_big_net()
    {
        var builder = new DesignBuilder().Socket().Grounded();
        var caps = Enumerable.Range(100, 300).Select(i => $"C{i}").ToList();
        caps.ForEach(c => builder.Part(c, "100n"));
        builder.Net("GND2", ["J1.67", .. caps.Select(c => $"{c}.2")]);
        var f = Check(builder, "DRC003").ShouldHaveSingleItem();
        f.Parts.Count.ShouldBe(21);
        f.Parts[0].ShouldBe("J1.67");
        f.Parts[1].ShouldBe("C100");
        f.Message.ShouldContain("C100, C101, C102, C103, C104 and 295 more parts");
    }

    [Fact]
    public void Findings_are_sorted_errors_first_then_by_rule_and_contact()
    {
        var swapped = new Dictionary<string, string> { ["40"] = "D2", ["42"] = "D3" };
        var findings = Check(new DesignBuilder().Socket(rename: swapped).Part("U5", "SIM", 6).Net("S", "J1.67", "U5.1"));
        findings.Select(f => (f.Severity, f.RuleId)).ShouldBe(findings.Select(f => (f.Severity, f.RuleId))
            .OrderByDescending(x => x.Severity).ThenBy(x => x.RuleId, StringComparer.Ordinal));
        findings.First().Severity.ShouldBe(Severity.Error);
    }

    [Fact]
    public void Severity_overrides_and_enabled_rules_apply()
    {
        var options = new CheckOptions
        {
            EnabledRules = new HashSet<string> { "DRC001" },
            SeverityOverrides = new Dictionary<string, Severity> { ["DRC001"] = Severity.Note },
        };
        var f = Check(new DesignBuilder().Part("R1", "1k"), options: options).ShouldHaveSingleItem();
        f.Severity.ShouldBe(Severity.Note);
    }

    [Fact]
    public void The_catalog_lists_the_base_rules_with_their_descriptors()
    {
        var ids = RuleCatalog.Default.Descriptors.Select(d => d.Id).ToList();
        ids.ShouldContain("DRC001");
        ids.ShouldContain("DRC004");
        ids.ShouldBe(ids.Order(StringComparer.Ordinal));
        RuleCatalog.Default.Find("drc002")!.Descriptor.HelpLink.ShouldBe("docs/rules/DRC002.md");
    }
}
