using System.Text;
using System.Text.Json;
using DrcTool.Core.Checks;
using DrcTool.Reporting.Model;

namespace DrcTool.Reporting.Sarif;

/// <summary>One rule of the catalogue as a SARIF reportingDescriptor, with its help for the code-scanning alert page.</summary>
internal static class SarifRule
{
    public static void Write(ReportRun run, RuleDescriptor rule, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", Name(rule.Title));
        Text(json, "shortDescription", rule.Title);
        Text(json, "fullDescription", rule.MessageFormat);
        var helpUri = HelpLinks.Absolute(run, rule);
        if (helpUri is not null)
        {
            json.WriteString("helpUri", helpUri.AbsoluteUri);
        }

        json.WriteStartObject("help");
        json.WriteString("text", $"{rule.Title}. {rule.MessageFormat} See {HelpLinks.For(run, rule)}.");
        json.WriteString("markdown", Markdown(run, rule));
        json.WriteEndObject();
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", SarifWriter.Level(rule.DefaultSeverity));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("category", rule.Category);
        json.WriteStartArray("tags");
        json.WriteStringValue("hardware");
        json.WriteStringValue(rule.Category);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>SARIF's rule name is an identifier-like word: "RST needs a pull-up" becomes "RstNeedsAPullUp".</summary>
    public static string Name(string title)
    {
        var sb = new StringBuilder();
        foreach (var word in title.Split([' ', '-', '_', '/', '(', ')', ',', '.', ':'], StringSplitOptions.RemoveEmptyEntries))
        {
            var clean = new string(word.Where(char.IsLetterOrDigit).ToArray());
            if (clean.Length > 0)
            {
                sb.Append(char.ToUpperInvariant(clean[0])).Append(clean.AsSpan(1).ToString().ToLowerInvariant());
            }
        }

        return sb.Length > 0 ? sb.ToString() : "Rule";
    }

    private static string Markdown(ReportRun run, RuleDescriptor rule) =>
        run.RuleHelp.TryGetValue(rule.Id, out var page) && page.Length > 0 ? page.ReplaceLineEndings("\n") :
        $"**{rule.Id}: {rule.Title}**\n\n{rule.MessageFormat}\n\nCategory: {rule.Category}. " +
        $"Default severity: {SarifWriter.Level(rule.DefaultSeverity)}.\n\n" +
        $"Why the rule exists, its source and a compliant and a violating example: [{rule.Id}]({HelpLinks.For(run, rule)}).";

    private static void Text(Utf8JsonWriter json, string property, string text)
    {
        json.WriteStartObject(property);
        json.WriteString("text", text);
        json.WriteEndObject();
    }
}
