using System.Text.Json;
using DrcTool.Core.Migration;
using DrcTool.Reporting.Json;

namespace DrcTool.Reporting.Migration;

/// <summary>
/// <c>drctool migrate --format json</c>: <c>kind: "migration"</c>, <c>source</c>, <c>target</c>, <c>pins[]</c>
/// (sourcePin, net, uses, pwmHz where a pwm use needs one, contact, targetPin, status, reason), <c>boardChanges[]</c> and <c>firmware[]</c> (id,
/// message), plus <c>fiveVolt[]</c> and the summary. Field names are part of the product (docs/migrate.md).
/// </summary>
public static class MigrationJson
{
    public static string ToText(MigrationPlan plan, string file) => JsonOutput.ToText(w => Write(w, plan, file));

    public static void Write(Utf8JsonWriter writer, MigrationPlan plan, string file)
    {
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", JsonOutput.SchemaVersion);
        writer.WriteString("kind", "migration");
        writer.WriteString("file", JsonOutput.PathText(file));
        writer.WriteStartObject("source");
        writer.WriteString("module", plan.SourceModule);
        writer.WriteString("ref", plan.SourceReference);
        writer.WriteEndObject();
        writer.WriteStartObject("target");
        writer.WriteString("module", plan.TargetModule);
        writer.WriteString("variant", plan.Variant);
        writer.WriteEndObject();
        writer.WriteBoolean("placesEverything", plan.PlacesEverything);
        writer.WriteBoolean("optimal", plan.Optimal);
        writer.WriteStartArray("pins");
        foreach (var row in MigrationRow.Of(plan))
        {
            writer.WriteStartObject();
            writer.WriteString("sourcePin", row.SourcePin);
            writer.WriteString("net", row.Net);
            writer.WriteStartArray("uses");
            foreach (var use in row.Uses.Split(", ", StringSplitOptions.RemoveEmptyEntries))
            {
                writer.WriteStringValue(use);
            }

            writer.WriteEndArray();
            if (row.PwmHz is { } hz)
            {
                writer.WriteNumber("pwmHz", hz);
            }

            if (row.Contact is { } contact)
            {
                writer.WriteNumber("contact", contact);
            }
            else
            {
                writer.WriteNull("contact");
            }

            writer.WriteString("targetPin", row.TargetPin);
            writer.WriteString("status", row.Status);
            writer.WriteString("reason", row.Reason);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteNotes(writer, "boardChanges", plan.BoardChanges);
        WriteNotes(writer, "firmware", plan.Firmware);
        JsonOutput.WriteStrings(writer, "fiveVolt", plan.FiveVoltPins.Select(p => p.Pin.Name));
        writer.WriteEndObject();
    }

    private static void WriteNotes(Utf8JsonWriter writer, string name, IReadOnlyList<PlanNote> notes)
    {
        writer.WriteStartArray(name);
        foreach (var note in notes)
        {
            writer.WriteStartObject();
            writer.WriteString("id", note.Id);
            writer.WriteString("message", note.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
