using System.Text.Json;
using DrcTool.Core.Checks;

namespace DrcTool.Reporting.Json;

/// <summary>The rule catalogue (<c>drctool rules --format json</c>).</summary>
public static class RulesJson
{
    public static void Write(Utf8JsonWriter writer, RuleCatalog catalog)
    {
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", JsonOutput.SchemaVersion);
        writer.WriteString("kind", "rules");
        writer.WriteStartArray("rules");
        foreach (var d in catalog.Descriptors)
        {
            writer.WriteStartObject();
            writer.WriteString("id", d.Id);
            writer.WriteString("title", d.Title);
            writer.WriteString("category", d.Category);
            writer.WriteString("defaultSeverity", JsonOutput.SeverityText(d.DefaultSeverity));
            writer.WriteString("messageFormat", d.MessageFormat);
            writer.WriteString("helpLink", d.HelpLink);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
