using DrcTool.Core.Checks;
using DrcTool.TestSupport;

namespace DrcTool.Core.Tests.Rules;

/// <summary>
/// README's rule table is generated from the catalogue. This test regenerates it and fails when README.md differs,
/// printing the fresh table; run with UPDATE_README=1 to write it.
/// </summary>
public class ReadmeRuleTableTests
{
    private const string Start = "<!-- rules:start -->";
    private const string End = "<!-- rules:end -->";

    [Fact]
    public void Readme_rule_table_matches_the_catalogue()
    {
        var readmePath = Path.Combine(RepoPaths.Root, "README.md");
        var readme = File.ReadAllText(readmePath).ReplaceLineEndings("\n");
        var start = readme.IndexOf(Start, StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, $"README.md has no {Start} marker");
        end.ShouldBeGreaterThan(start, $"README.md has no {End} marker after {Start}");
        var fresh = RuleTable.Markdown(RuleCatalog.Default);
        var current = readme[(start + Start.Length)..end];
        if (current == fresh) return;

        if (Environment.GetEnvironmentVariable("UPDATE_README") == "1")
        {
            File.WriteAllText(readmePath, readme[..(start + Start.Length)] + fresh + readme[end..]);
            return;
        }

        current.ShouldBe(fresh, $"README.md's rule table is stale; run `UPDATE_README=1 dotnet test --filter ReadmeRuleTable` or paste:\n{fresh}");
    }

    [Fact]
    public void The_table_has_a_row_per_rule_linking_its_page()
    {
        var table = RuleTable.Markdown(RuleCatalog.Default);
        foreach (var d in RuleCatalog.Default.Descriptors)
        {
            table.ShouldContain($"| [{d.Id}]({d.HelpLink}) | {d.Title} |");
        }
    }
}
