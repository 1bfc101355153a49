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

    [Fact]
    public void Rules_lists_every_base_board_rule()
    {
        var run = CliRun.Of("rules");
        run.ExitCode.ShouldBe(0);
        foreach (var d in RuleCatalog.Default.Descriptors) run.Output.ShouldContain(d.Id);
    }
}
