using DrcTool.Core.Checks;

namespace DrcTool.Cli.Tests;

/// <summary>`drctool explain ID` prints every catalogue rule's page from the copy embedded in the tool.</summary>
public class RulePagesTests
{
    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var d in RuleCatalog.Default.Descriptors) data.Add(d.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Explain_prints_the_rules_page(string id)
    {
        var run = CliRun.Of("explain", id);
        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldStartWith($"# {id}:");
        run.Output.ShouldContain("## Violating example");
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_page_cites_sources_a_user_can_open_not_paths_in_this_workspace(string id)
    {
        var page = CliRun.Of("explain", id).Output;
        page.ShouldNotContain("../shared", Case.Insensitive);
        page.ShouldNotContain("design-facts.md");
        var source = page[page.IndexOf("## Source", StringComparison.Ordinal)..];
        source = source[..(source.IndexOf("\n## ", 5, StringComparison.Ordinal) is var end and > 0 ? end : source.Length)];
        source.ShouldMatch(@"\]\(https://(docs\.particle\.io|github\.com/particle-iot)/", $"{id}: its Source section links to Particle's documentation");
    }

    [Fact]
    public void Sarif_help_links_open_the_installed_versions_rule_pages_unless_told_otherwise()
    {
        var dir = Directory.CreateTempSubdirectory("drctool-help-").FullName;
        try
        {
            var sarif = Path.Combine(dir, "r.sarif");
            CliRun.Of("check", Path.Combine(TestSupport.RepoPaths.SampleBoards, "reference-board", "reference-board.net"), "--report", sarif);
            using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(sarif));
            var rules = json.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules");
            var version = json.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("version").GetString();
            rules[0].GetProperty("helpUri").GetString().ShouldBe($"https://github.com/drctool/drctool/blob/v{version}/docs/rules/{rules[0].GetProperty("id").GetString()}.md");
            rules[0].GetProperty("help").GetProperty("markdown").GetString()!.ShouldContain("https://docs.particle.io/");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }

        Reporting.Model.HelpLinks.BaseFrom("https://example.org/fork/blob/main").ShouldBe(new Uri("https://example.org/fork/blob/main/"));
        Reporting.Model.HelpLinks.BaseFrom("docs/rules").ShouldBeNull();
        Reporting.Model.HelpLinks.BaseFrom("file:///etc/").ShouldBeNull();
    }

    [Fact]
    public void Rules_lists_every_base_board_rule()
    {
        var run = CliRun.Of("rules");
        run.ExitCode.ShouldBe(0);
        foreach (var d in RuleCatalog.Default.Descriptors) run.Output.ShouldContain(d.Id);
    }
}
