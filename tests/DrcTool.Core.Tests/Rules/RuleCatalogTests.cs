using System.Text.RegularExpressions;
using DrcTool.Core.Checks;
using DrcTool.TestSupport;

namespace DrcTool.Core.Tests.Rules;

/// <summary>Every rule in the catalogue is documented and has a board that breaks it (as Meziantou.Analyzer guards its rules).</summary>
public class RuleCatalogTests
{
    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in RuleCatalog.Default.Descriptors) data.Add(descriptor.Id);
        return data;
    }

    [Fact]
    public void Rule_ids_are_unique_three_digit_DRC_ids_in_order()
    {
        var ids = RuleCatalog.Default.Descriptors.Select(d => d.Id).ToList();
        ids.ShouldAllBe(id => Regex.IsMatch(id, @"^DRC\d{3}$"));
        ids.Distinct().Count().ShouldBe(ids.Count);
        ids.ShouldBe(ids.Order(StringComparer.Ordinal).ToList());
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_has_a_descriptor_with_title_category_and_help_link(string id)
    {
        var d = RuleCatalog.Default.Find(id)!.Descriptor;
        d.Title.ShouldNotBeNullOrWhiteSpace();
        d.MessageFormat.ShouldNotBeNullOrWhiteSpace();
        d.Category.ShouldNotBeNullOrWhiteSpace();
        d.HelpLink.ShouldBe($"docs/rules/{id}.md");
    }

    [Fact]
    public void Every_rule_class_is_in_the_catalogue_and_every_id_has_its_rule()
    {
        var classes = typeof(DesignRule).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(DesignRule)) && !t.IsAbstract).ToList();
        var inCatalogue = RuleCatalog.Default.Rules.Select(r => r.GetType()).ToList();
        classes.Except(inCatalogue).ShouldBeEmpty("rule classes the generated BuiltInRules.All() missed");
        var ids = typeof(DrcTool.Core.Checks.RuleIds).GetFields().Select(f => (string)f.GetRawConstantValue()!).Order(StringComparer.Ordinal).ToList();
        RuleCatalog.Default.Descriptors.Select(d => d.Id).ShouldBe(ids);
    }

    [Fact]
    public void Every_rule_lives_in_the_folder_of_its_category()
    {
        foreach (var rule in RuleCatalog.Default.Rules)
        {
            var folder = rule.GetType().Namespace!.Split('.')[^1];
            var category = rule.Descriptor.Category.Replace(" ", "", StringComparison.Ordinal);
            folder.ToUpperInvariant().ShouldBe(category.ToUpperInvariant(), $"{rule.Descriptor.Id} ({rule.GetType().Name})");
            var file = Path.Combine(RepoPaths.Root, "src", "DrcTool.Core", "Checks", "Rules", folder, rule.GetType().Name + ".cs");
            File.Exists(file).ShouldBeTrue($"{rule.Descriptor.Id} is not in {file}");
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_has_a_doc_page_with_why_source_and_both_examples(string id)
    {
        var path = Path.Combine(RepoPaths.Root, "docs", "rules", $"{id}.md");
        File.Exists(path).ShouldBeTrue($"{id} has no page at {path}");
        var page = File.ReadAllText(path);
        page.ShouldStartWith($"# {id}:");
        page.ShouldContain(RuleCatalog.Default.Find(id)!.Descriptor.Title);
        foreach (var section in new[] { "## Why", "## Source", "## Violating example", "## Compliant example" })
        {
            page.ShouldContain(section, customMessage: $"{id}'s page lacks '{section}'");
        }

        // Sources a user can open: Particle's public documentation and repositories, not this workspace's ../shared.
        page.ShouldNotContain("../shared/", customMessage: $"{id}'s page cites a path only this workspace has");
        page.ShouldMatch(@"\]\(https://(docs\.particle\.io|github\.com/particle-iot)/", $"{id}'s page links no Particle source");
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_has_a_violating_sample_board_with_approved_findings(string id)
    {
        var folder = Path.Combine(RepoPaths.SampleBoards, "violations");
        var boards = Directory.Exists(folder) ? Directory.GetDirectories(folder, $"{id}-*") : [];
        var board = boards.ShouldHaveSingleItem($"{id} needs exactly one folder sample-boards/violations/{id}-*");
        var files = SampleBoardFiles.BoardsIn(board);
        files.ShouldNotBeEmpty($"{board} holds no board file");
        foreach (var file in files)
        {
            File.Exists(SampleBoardFiles.ApprovedPath(file)).ShouldBeTrue($"{file} has no approved findings");
        }
    }

    [Fact]
    public void Descriptor_severities_match_what_the_doc_pages_say()
    {
        foreach (var d in RuleCatalog.Default.Descriptors.Where(d => string.CompareOrdinal(d.Id, "DRC010") >= 0))
        {
            var page = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "rules", $"{d.Id}.md"));
            page.ShouldContain($"**Severity:** {d.DefaultSeverity.ToString().ToLowerInvariant()}", customMessage: d.Id);
        }
    }
}
