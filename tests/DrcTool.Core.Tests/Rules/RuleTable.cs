using System.Text;
using DrcTool.Core.Checks;

namespace DrcTool.Core.Tests.Rules;

/// <summary>The README rule table, from the descriptors: ID (linked to its page), title, category, default severity.</summary>
internal static class RuleTable
{
    public static string Markdown(IEnumerable<RuleDescriptor> descriptors)
    {
        var s = new StringBuilder("\n| ID | Rule | Category | Severity |\n|---|---|---|---|\n");
        foreach (var d in descriptors)
        {
            s.Append($"| [{d.Id}]({d.HelpLink}) | {d.Title.Replace("|", "\\|")} | {d.Category} | {d.DefaultSeverity.ToString().ToLowerInvariant()} |\n");
        }

        return s.ToString();
    }
}
