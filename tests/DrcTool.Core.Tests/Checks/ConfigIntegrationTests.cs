using DrcTool.Core.Binding;
using DrcTool.Core.Checks;
using DrcTool.Core.Config;
using DrcTool.TestSupport;

namespace DrcTool.Core.Tests.Checks;

/// <summary>What a drctool.yaml changes in a check: the socket, the variant, severities, and the picture rules see.</summary>
public class ConfigIntegrationTests
{
    private static CheckResult Check(DesignBuilder builder, string yaml, CheckOptions? options = null) =>
        DesignChecker.Check(builder.Build(), (options ?? CheckOptions.Default) with { Config = DrcConfigLoader.Parse(yaml, "drctool.yaml") });

    [Fact]
    public void A_config_socket_pattern_finds_a_socket_the_shipped_patterns_do_not()
    {
        var board = new DesignBuilder().Part("X1", "EDGE", "ACME:EDGE", [("1", "GND"), ("2", "VCC")]);
        DesignChecker.Check(board.Build(), CheckOptions.Default).Binding.ShouldBeNull();
        var result = Check(board, "sockets:\n  - footprint: '^ACME:EDGE$'\n");
        result.Binding!.Socket.Reference.ShouldBe("X1");
        result.SocketSearch.HowFound.ShouldContain("drctool.yaml");
    }

    [Fact]
    public void The_config_som_reference_and_variant_apply_unless_the_command_line_gives_them()
    {
        var board = new DesignBuilder().Socket("J1").Socket("J2");
        const string yaml = "som:\n  reference: J2\n  variant: B524\n";
        var fromConfig = Check(board, yaml);
        fromConfig.Binding!.Socket.Reference.ShouldBe("J2");
        fromConfig.Variant.ShouldBe(SomVariant.B524);
        fromConfig.Binding[75]!.Pin.Name.ShouldBe("RI");
        var fromCli = Check(board, yaml, new CheckOptions { SomReference = "J1", Variant = SomVariant.B404 });
        fromCli.Binding!.Socket.Reference.ShouldBe("J1");
        fromCli.Variant.ShouldBe(SomVariant.B404);
    }

    [Fact]
    public void Config_severity_overrides_change_and_switch_off_rules()
    {
        var noSocket = new DesignBuilder().Part("R1", "10k");
        Check(noSocket, "severity:\n  DRC001: warning\n").Findings.ShouldHaveSingleItem().Severity.ShouldBe(Severity.Warning);
        Check(noSocket, "severity:\n  DRC001: off\n").Findings.ShouldBeEmpty();
    }

    [Fact]
    public void The_result_says_which_rules_did_not_run_and_why()
    {
        var noSocket = Check(new DesignBuilder().Part("R1", "10k"), "severity:\n  DRC025: off\n");
        noSocket.SkippedRules["DRC025"].ShouldBe(DesignChecker.SkippedOff);
        noSocket.SkippedRules["DRC010"].ShouldBe(DesignChecker.SkippedNoModule);
        noSocket.SkippedRules.ContainsKey("DRC001").ShouldBeFalse(); // it ran, and says why the others could not

        var bound = Check(new DesignBuilder().Socket().Grounded(), "severity:\n  DRC025: off\n");
        // Rules for the other modules (DRC044 up) do not run on a B-SoM board, and say so.
        static IEnumerable<string> BSomRules(CheckResult r) => r.SkippedRules.Keys.Where(k => RuleCatalog.Default.Find(k)!.Modules.Contains(Core.Modules.ModuleCatalog.BSomId));
        BSomRules(bound).ShouldBe(["DRC025"]);
        BSomRules(bound.WithFindings([])).ShouldBe(["DRC025"], "waivers keep what was skipped");
        bound.SkippedRules[RuleIds.FiveVoltOnIntolerantPin].ShouldContain("B-Series SoM");
    }

    [Fact]
    public void The_result_carries_the_electrical_picture_the_rules_used()
    {
        var result = Check(new DesignBuilder().Socket().Grounded().Part("U3", "AP2112K-3.3", 5).Net("+3V3", "J1.10", "J1.12", "U3.5"), "");
        result.Picture.ShouldNotBeNull();
        result.Picture.RailOf(result.Binding![10]!.Net!).ShouldNotBeNull().Volts.ShouldBe(3.3, 0.01);
    }
}
