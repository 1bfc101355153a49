using DrcTool.Core.Model;
using DrcTool.Reporting.Sarif;
using DrcTool.Reporting.Tests.Csv;

namespace DrcTool.Reporting.Tests.Sarif;

public class SarifWriterTests
{
    private static JsonElement Sarif(ReportRun run) =>
        JsonDocument.Parse(CsvWriterTests.Bytes(new SarifWriter(), run)).RootElement.Clone();

    [SharedFact]
    public void Sarif_is_valid_against_the_2_1_0_schema()
    {
        var withHelp = SampleRuns.Mixed() with { HelpBaseUri = new Uri("https://github.com/acme/drctool/blob/main/") };
        foreach (var run in new[] { SampleRuns.Mixed(), withHelp })
        {
            SarifSchema.Validate(Sarif(run)).ShouldBeEmpty();
        }
    }

    [SharedFact]
    public void The_validator_catches_what_the_schema_forbids()
    {
        // Without this, a validator that accepts everything would make the test above pass.
        var sarif = JsonSerializer.Serialize(Sarif(SampleRuns.Mixed()));
        var broken = new Dictionary<string, string>
        {
            ["wrong version"] = sarif.Replace("\"version\":\"2.1.0\"", "\"version\":\"2.0\""),
            ["bad level"] = sarif.Replace("\"level\":\"warning\"", "\"level\":\"severe\""),
            ["line 0"] = sarif.Replace("\"startLine\":42", "\"startLine\":0"),
            ["unknown property"] = sarif.Replace("\"ruleId\":", "\"ruleIdentifier\":\"x\",\"ruleId\":"),
            ["relative helpUri"] = JsonSerializer.Serialize(Sarif(SampleRuns.Mixed() with { HelpBaseUri = new Uri("https://x.org/") }))
                .Replace("https://x.org/docs/rules/DRC010.md", "docs/rules/DRC010.md"),
        };
        foreach (var (what, json) in broken)
        {
            json.ShouldNotBe(sarif, what);
            SarifSchema.Validate(JsonDocument.Parse(json).RootElement).ShouldNotBeEmpty(what);
        }
    }

    [Fact]
    public void Every_result_carries_a_file_and_a_line()
    {
        var results = Sarif(SampleRuns.Mixed()).GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        results.Count.ShouldBe(4);
        foreach (var result in results)
        {
            var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            physical.GetProperty("artifactLocation").GetProperty("uri").GetString().ShouldNotBeNullOrEmpty();
            physical.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString().ShouldBe("SRCROOT");
            physical.GetProperty("region").GetProperty("startLine").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        }

        var first = results[0];
        first.GetProperty("ruleId").GetString().ShouldBe("DRC010");
        first.GetProperty("level").GetString().ShouldBe("error");
        var location = first.GetProperty("locations")[0];
        location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString().ShouldBe("boards/alpha/alpha.sch");
        location.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32().ShouldBe(42);
        location.GetProperty("physicalLocation").GetProperty("region").GetProperty("startColumn").GetInt32().ShouldBe(5);
        location.GetProperty("logicalLocations").EnumerateArray().Select(l => (l.GetProperty("name").GetString(), l.GetProperty("kind").GetString()))
            .ShouldBe([("/LED", "net"), (SampleRuns.HostileNames[0], "net"), ("R4", "part"), ("J1.36", "pin")]);
    }

    [Fact]
    public void Rules_carry_their_help_and_default_level()
    {
        var run = SampleRuns.Mixed() with { HelpBaseUri = new Uri("https://github.com/acme/drctool/blob/main/") };
        var rules = Sarif(run).GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        rules.Select(r => r.GetProperty("id").GetString()).ShouldBe(["DRC001", "DRC010", "DRC011", "DRC020"]);
        var rst = rules[2];
        rst.GetProperty("name").GetString().ShouldBe("RstNeedsAPullUpTo3v3");
        rst.GetProperty("shortDescription").GetProperty("text").GetString().ShouldBe("RST needs a pull-up to 3V3");
        rst.GetProperty("helpUri").GetString().ShouldBe("https://github.com/acme/drctool/blob/main/docs/rules/DRC011.md");
        rst.GetProperty("defaultConfiguration").GetProperty("level").GetString().ShouldBe("warning");
        rst.GetProperty("help").GetProperty("markdown").GetString()!.ShouldContain("(https://github.com/acme/drctool/blob/main/docs/rules/DRC011.md)");

        var withPages = run with { RuleHelp = new Dictionary<string, string> { ["DRC011"] = "# DRC011\r\n\nWhy RST needs a pull-up." } };
        Sarif(withPages).GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules")[2]
            .GetProperty("help").GetProperty("markdown").GetString().ShouldBe("# DRC011\n\nWhy RST needs a pull-up.");
    }

    [Fact]
    public void Designs_read_are_artifacts_with_their_format_spelled_as_in_the_json_and_workbook()
    {
        var run = SampleRuns.Mixed();
        var artifacts = Sarif(run).GetProperty("runs")[0].GetProperty("artifacts").EnumerateArray().ToList();
        artifacts.Select(a => a.GetProperty("location").GetProperty("uri").GetString())
            .ShouldBe(["boards/alpha/alpha.sch", "boards/beta/Beta%20Board.kicad_pcb", "boards/gamma/gamma.brd"]);
        artifacts[0].GetProperty("properties").GetProperty("format").GetString().ShouldBe("eagle-sch");
        artifacts[0].GetProperty("properties").GetProperty("variant").GetString().ShouldBe("B404X");
        artifacts[0].GetProperty("roles")[0].GetString().ShouldBe("analysisTarget");
    }

    [Fact]
    public void Waived_findings_are_external_suppressions_with_the_reason()
    {
        var results = Sarif(SampleRuns.Mixed()).GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        var waived = results.Single(r => r.TryGetProperty("suppressions", out _));
        var suppression = waived.GetProperty("suppressions")[0];
        suppression.GetProperty("kind").GetString().ShouldBe("external");
        suppression.GetProperty("justification").GetString().ShouldBe("RST pulled up on the SoM carrier, see ECO-12");
        waived.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()
            .ShouldBe("boards/gamma/gamma.brd");
    }

    [Fact]
    public void Unreadable_designs_and_unmatched_waivers_are_notifications()
    {
        var invocation = Sarif(SampleRuns.Mixed()).GetProperty("runs")[0].GetProperty("invocations")[0];
        invocation.GetProperty("executionSuccessful").GetBoolean().ShouldBeFalse();
        var error = invocation.GetProperty("toolExecutionNotifications")[0];
        error.GetProperty("message").GetProperty("text").GetString()!.ShouldContain("unbalanced parentheses");
        var physical = error.GetProperty("locations")[0].GetProperty("physicalLocation");
        physical.GetProperty("artifactLocation").GetProperty("uri").GetString().ShouldBe("boards/beta/Beta%20Board.kicad_pcb");
        physical.GetProperty("region").GetProperty("startLine").GetInt32().ShouldBe(17);
        invocation.GetProperty("toolConfigurationNotifications")[0].GetProperty("message").GetProperty("text").GetString()!
            .ShouldContain("DRC030 on /SIM_VCC matched no finding");
    }

    [Fact]
    public void Fingerprints_ignore_line_numbers_and_message_wording_but_not_what_the_finding_is_about()
    {
        var at42 = SampleRuns.FiveVolt("/repo/a.sch", 42);
        var moved = SampleRuns.FiveVolt("/repo/a.sch", 317) with { Message = "reworded" };
        var otherNet = SampleRuns.FiveVolt("/repo/a.sch", 42, "+12V");
        SarifFingerprint.Of("a.sch", moved).ShouldBe(SarifFingerprint.Of("a.sch", at42));
        SarifFingerprint.Of("a.sch", otherNet).ShouldNotBe(SarifFingerprint.Of("a.sch", at42));
        SarifFingerprint.Of("b.sch", at42).ShouldNotBe(SarifFingerprint.Of("a.sch", at42));
        (at42 with { RuleId = "DRC011" }).ShouldSatisfyAllConditions(f => SarifFingerprint.Of("a.sch", f).ShouldNotBe(SarifFingerprint.Of("a.sch", at42)));
    }

    [Fact]
    public void Same_run_gives_byte_identical_sarif()
    {
        CsvWriterTests.Bytes(new SarifWriter(), SampleRuns.Mixed()).ShouldBe(CsvWriterTests.Bytes(new SarifWriter(), SampleRuns.Mixed()));
    }

    [Fact]
    public void A_finding_without_a_location_points_at_the_design_file_line_1()
    {
        var run = new ReportRun
        {
            BaseDirectory = "/repo",
            Designs = [new DesignReport { File = "/repo/x.net", Findings = [SampleRuns.NfcNote("/repo/x.net") with { Location = SourceLocation.Unknown("/repo/x.net") }] }],
        };
        var region = Sarif(run).GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation");
        region.GetProperty("artifactLocation").GetProperty("uri").GetString().ShouldBe("x.net");
        region.GetProperty("region").GetProperty("startLine").GetInt32().ShouldBe(1);
    }
}
