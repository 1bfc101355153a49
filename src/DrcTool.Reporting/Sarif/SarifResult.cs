using System.Text.Json;
using DrcTool.Core.Checks;
using DrcTool.Reporting.Model;
using DrcTool.Reporting.Text;

namespace DrcTool.Reporting.Sarif;

/// <summary>One finding as a SARIF result.</summary>
internal static class SarifResult
{
    public static void Write(ReportRun run, DesignReport design, Finding finding, Utf8JsonWriter json)
    {
        var designFile = ReportPaths.Relative(run.BaseDirectory, design.File);
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        var ruleIndex = IndexOf(run, finding.RuleId);
        if (ruleIndex >= 0)
        {
            json.WriteNumber("ruleIndex", ruleIndex);
        }

        json.WriteString("level", SarifWriter.Level(finding.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", finding.Message);
        json.WriteEndObject();

        json.WriteStartArray("locations");
        json.WriteStartObject();
        // Every result carries a file and a line: the finding's own, else the design file's first line.
        var file = finding.Location?.File is { Length: > 0 } f ? f : design.File;
        WritePhysicalLocationBody(run, file, Math.Max(1, finding.Location?.Line ?? 1), finding.Location?.Column ?? 0, json);
        WriteLogicalLocations(designFile, finding, json);
        json.WriteEndObject();
        json.WriteEndArray();

        json.WriteStartObject("partialFingerprints");
        json.WriteString(SarifFingerprint.Key, SarifFingerprint.Of(designFile, finding));
        json.WriteEndObject();

        if (finding.WaiverReason is { } reason)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "external");
            json.WriteString("status", "accepted");
            json.WriteString("justification", reason);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteStartObject("properties");
        json.WriteString("design", designFile);
        WriteStrings(json, "somPins", finding.SomPins);
        json.WriteStartArray("contacts");
        foreach (var contact in finding.Contacts)
        {
            json.WriteNumberValue(contact);
        }

        json.WriteEndArray();
        WriteStrings(json, "nets", finding.Nets);
        WriteStrings(json, "parts", finding.Parts);
        WriteStrings(json, "path", finding.Path);
        if (finding.FixHint is not null)
        {
            json.WriteString("fixHint", finding.FixHint);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A whole location object holding only a physical location (for notifications).</summary>
    public static void WritePhysicalLocation(ReportRun run, string file, int line, int column, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        WritePhysicalLocationBody(run, file, line, column, json);
        json.WriteEndObject();
    }

    private static void WritePhysicalLocationBody(ReportRun run, string file, int line, int column, Utf8JsonWriter json)
    {
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", SarifUris.Relative(ReportPaths.Relative(run.BaseDirectory, file)));
        json.WriteString("uriBaseId", SarifUris.BaseId);
        json.WriteEndObject();
        if (line > 0)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", line);
            if (column > 0)
            {
                json.WriteNumber("startColumn", column);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteLogicalLocations(string designFile, Finding finding, Utf8JsonWriter json)
    {
        if (finding.Nets.Count == 0 && finding.Parts.Count == 0)
        {
            return;
        }

        json.WriteStartArray("logicalLocations");
        foreach (var net in finding.Nets.Distinct(StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("name", net);
            json.WriteString("fullyQualifiedName", $"{designFile}::net::{net}");
            json.WriteString("kind", "net");
            json.WriteEndObject();
        }

        foreach (var part in finding.Parts.Distinct(StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("name", part);
            json.WriteString("fullyQualifiedName", $"{designFile}::part::{part}");
            json.WriteString("kind", part.Contains('.') ? "pin" : "part");
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static int IndexOf(ReportRun run, string ruleId)
    {
        for (var i = 0; i < run.Rules.Count; i++)
        {
            if (run.Rules[i].Id == ruleId)
            {
                return i;
            }
        }

        return -1;
    }
}
