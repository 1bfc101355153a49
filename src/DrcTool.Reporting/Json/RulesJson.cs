using System.Text.Json;
using DrcTool.Core.Checks;
using DrcTool.Core.Modules;

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
            // Which modules' boards the rule checks ("any" for the module search itself).
            writer.WriteStartArray("modules");
            foreach (var module in catalog.ModuleNamesOf(d.Id, ModuleCatalog.Default))
            {
                writer.WriteStringValue(module);
            }

            writer.WriteEndArray();
            writer.WriteString("messageFormat", d.MessageFormat);
            // The other situations the rule reports, each a format of its own under a key ("not-connected").
            writer.WriteStartObject("messages");
            foreach (var (key, format) in d.AllMessageFormats.Skip(1))
            {
                writer.WriteString(key, format);
            }

            writer.WriteEndObject();
            writer.WriteString("helpLink", d.HelpLink);
            // The numbers the rule checks against, as the config in effect sets them, and where each is set.
            writer.WriteStartArray("parameters");
            foreach (var key in d.ParameterKeys(catalog.Parameters))
            {
                writer.WriteStartObject();
                writer.WriteString("key", key);
                writer.WriteNumber("value", catalog.Parameters[key]);
                writer.WriteString("source", catalog.Parameters.SourceOf(key));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
