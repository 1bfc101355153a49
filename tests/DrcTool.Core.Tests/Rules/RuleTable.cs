using System.Text;
using DrcTool.Core.Checks;
using DrcTool.Core.Modules;

namespace DrcTool.Core.Tests.Rules;

/// <summary>The README rule table, from the descriptors: ID (linked to its page), title, category, modules, default severity.</summary>
internal static class RuleTable
{
    public static string Markdown(RuleCatalog catalog)
    {
        var s = new StringBuilder("\n| ID | Rule | Category | Modules | Severity |\n|---|---|---|---|---|\n");
        foreach (var d in catalog.Descriptors)
        {
            var modules = string.Join(", ", catalog.ModuleNamesOf(d.Id, ModuleCatalog.Default));
            s.Append($"| [{d.Id}]({d.HelpLink}) | {d.Title.Replace("|", "\\|")} | {d.Category} | {modules} | {d.DefaultSeverity.ToString().ToLowerInvariant()} |\n");
        }

        return s.ToString();
    }
}
