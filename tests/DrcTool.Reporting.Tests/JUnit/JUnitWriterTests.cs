using System.Xml.Linq;
using DrcTool.Core.Checks;
using DrcTool.Reporting.JUnit;
using DrcTool.Reporting.Model;
using DrcTool.Reporting.Tests.Csv;
using DrcTool.Reporting.Tests.Support;

namespace DrcTool.Reporting.Tests.JUnit;

public class JUnitWriterTests
{
    private static XDocument JUnit(ReportRun run) => XDocument.Load(new MemoryStream(CsvWriterTests.Bytes(new JUnitWriter(), run)));

    [Fact]
    public void One_suite_per_design_and_one_case_per_design_and_rule()
    {
        var xml = JUnit(SampleRuns.Mixed());
        var suites = xml.Root!.Elements("testsuite").ToList();
        suites.Select(s => (string?)s.Attribute("name")).ShouldBe(
            ["boards/alpha/alpha.sch", "boards/beta/Beta Board.kicad_pcb", "boards/gamma/gamma.brd", "waivers"]);
        suites[0].Elements("testcase").Select(c => (string?)c.Attribute("name")).ShouldBe(
            ["DRC001 SoM socket found", "DRC010 No 5 V on a SoM signal pin", "DRC011 RST needs a pull-up to 3V3", "DRC020 NFC antenna connector"]);
        suites[2].Elements("testcase").Count().ShouldBe(4);
    }

    [Fact]
    public void Findings_at_or_above_the_fail_level_fail_their_case()
    {
        var alpha = JUnit(SampleRuns.Mixed()).Root!.Elements("testsuite").First();
        alpha.Attribute("failures")!.Value.ShouldBe("1");
        var cases = alpha.Elements("testcase").ToList();
        var fiveVolt = cases[1].Element("failure")!;
        fiveVolt.Attribute("type")!.Value.ShouldBe("error");
        fiveVolt.Attribute("message")!.Value.ShouldStartWith("D7 (contact 36) reaches");
        fiveVolt.Value.ShouldContain("boards/alpha/alpha.sch:42:5");
        fiveVolt.Value.ShouldContain("fix: Pull up to the SoM's 3V3");
        // The warning is below the default fail level: the case passes and lists it.
        cases[2].Element("failure").ShouldBeNull();
        cases[2].Element("system-out")!.Value.ShouldContain("[warning] RST (contact 34)");

        var strict = JUnit(SampleRuns.Mixed(failLevel: Severity.Warning)).Root!.Elements("testsuite").First();
        strict.Attribute("failures")!.Value.ShouldBe("2");
    }

    [Fact]
    public void Waived_findings_pass_and_unreadable_designs_are_errors()
    {
        var suites = JUnit(SampleRuns.Mixed(failLevel: Severity.Note)).Root!.Elements("testsuite").ToList();
        var waived = suites[2].Elements("testcase").Single(c => c.Attribute("name")!.Value.StartsWith("DRC011"));
        waived.Element("failure").ShouldBeNull();
        waived.Element("system-out")!.Value.ShouldContain("waived because: RST pulled up on the SoM carrier");

        var beta = suites[1];
        beta.Attribute("errors")!.Value.ShouldBe("1");
        beta.Element("testcase")!.Element("error")!.Attribute("message")!.Value.ShouldContain("unbalanced parentheses");
    }

    [Fact]
    public void A_rule_that_did_not_run_is_skipped_with_why_not_passed()
    {
        var run = SampleRuns.Mixed();
        var noModule = new DesignReport
        {
            File = "/repo/boards/delta/delta.net",
            Format = "kicad-net",
            Findings = [SampleRuns.FiveVolt("/repo/boards/delta/delta.net", 1) with { RuleId = "DRC001", Message = "no B-Series SoM socket found" }],
            SkippedRules = new Dictionary<string, string>
            {
                ["DRC010"] = DesignChecker.SkippedNoModule,
                ["DRC011"] = DesignChecker.SkippedNoModule,
                ["DRC020"] = DesignChecker.SkippedOff,
            },
        };
        var xml = JUnit(run with { Designs = [noModule] });

        var suite = xml.Root!.Elements("testsuite").First();
        suite.Attribute("skipped")!.Value.ShouldBe("3");
        xml.Root!.Attribute("skipped")!.Value.ShouldBe("3");
        var cases = suite.Elements("testcase").ToDictionary(c => c.Attribute("name")!.Value[..6]);
        cases["DRC001"].Element("failure").ShouldNotBeNull();
        cases["DRC001"].Element("skipped").ShouldBeNull();
        cases["DRC010"].Element("skipped")!.Attribute("message")!.Value.ShouldBe("no module found to check (see DRC001)");
        cases["DRC020"].Element("skipped")!.Attribute("message")!.Value.ShouldBe("switched off (severity: off in drctool.yaml)");

        // A design where every rule ran skips nothing.
        JUnit(SampleRuns.Mixed()).Root!.Elements("testsuite").First().Attribute("skipped")!.Value.ShouldBe("0");
    }

    [Fact]
    public void Control_characters_in_design_text_do_not_break_the_xml()
    {
        var xml = JUnit(SampleRuns.Mixed("BAD\u0001NET\uD800", Severity.Note));
        xml.Root!.Descendants("failure").First().Value.ShouldContain("BAD\uFFFDNET\uFFFD");
    }
}
