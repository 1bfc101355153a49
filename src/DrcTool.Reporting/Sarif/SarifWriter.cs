using System.Text.Encodings.Web;
using System.Text.Json;
using DrcTool.Core.Checks;
using DrcTool.Reporting.Model;
using DrcTool.Reporting.Output;
using DrcTool.Reporting.Text;

namespace DrcTool.Reporting.Sarif;

/// <summary>
/// SARIF 2.1.0 for GitHub code scanning: the rule catalogue with its help, one result per finding with a physical
/// location (file, line) and logical locations (nets, part.pins), stable fingerprints, and waived findings as external
/// suppressions. Unreadable designs are tool execution notifications; unmatched waivers configuration notifications.
/// </summary>
public sealed class SarifWriter : IReportWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void Write(ReportRun run, Stream output)
    {
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        WriteTool(run, json);
        WriteInvocation(run, json);
        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(SarifUris.BaseId);
        json.WriteString("uri", SarifUris.BaseFolder(run.BaseDirectory));
        json.WriteEndObject();
        json.WriteEndObject();
        WriteArtifacts(run, json);
        json.WriteStartArray("results");
        foreach (var design in run.Designs)
        {
            foreach (var finding in design.Findings)
            {
                SarifResult.Write(run, design, finding, json);
            }
        }

        json.WriteEndArray();
        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
    }

    public static string Level(Severity severity) => SeverityText.Of(severity);

    /// <summary>
    /// The designs that were read, each with its format and SoM variant as the other reports spell them
    /// (<see cref="FormatNames"/>), so a SARIF reader knows what each file was taken for.
    /// </summary>
    private static void WriteArtifacts(ReportRun run, Utf8JsonWriter json)
    {
        var read = run.Designs.Where(d => d.Format is not null).ToList();
        if (read.Count == 0)
        {
            return;
        }

        json.WriteStartArray("artifacts");
        foreach (var design in read)
        {
            json.WriteStartObject();
            json.WriteStartObject("location");
            json.WriteString("uri", SarifUris.Relative(ReportPaths.Relative(run.BaseDirectory, design.File)));
            json.WriteString("uriBaseId", SarifUris.BaseId);
            json.WriteEndObject();
            json.WriteStartArray("roles");
            json.WriteStringValue("analysisTarget");
            json.WriteEndArray();
            json.WriteStartObject("properties");
            json.WriteString("format", design.Format);
            if (design.Variant is not null)
            {
                json.WriteString("variant", design.Variant);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteTool(ReportRun run, Utf8JsonWriter json)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", run.ToolName);
        json.WriteString("version", run.ToolVersion);
        json.WriteStartArray("rules");
        foreach (var rule in run.Rules)
        {
            SarifRule.Write(run, rule, json);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteInvocation(ReportRun run, Utf8JsonWriter json)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", !run.HasUnreadableDesigns);
        var unreadable = run.Designs.Where(d => d.Error is not null).ToList();
        if (unreadable.Count > 0)
        {
            json.WriteStartArray("toolExecutionNotifications");
            foreach (var design in unreadable)
            {
                var error = design.Error!;
                json.WriteStartObject();
                json.WriteString("level", "error");
                json.WriteStartObject("message");
                json.WriteString("text", error.Message);
                json.WriteEndObject();
                json.WriteStartArray("locations");
                SarifResult.WritePhysicalLocation(run, error.File, error.Line, error.Column, json);
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (run.UnmatchedWaivers.Count > 0)
        {
            json.WriteStartArray("toolConfigurationNotifications");
            foreach (var waiver in run.UnmatchedWaivers)
            {
                json.WriteStartObject();
                json.WriteString("level", "warning");
                json.WriteStartObject("message");
                json.WriteString("text", $"waiver for {waiver.Rule} on {waiver.Target} matched no finding (reason: {waiver.Reason})");
                json.WriteEndObject();
                if (waiver.ConfigFile is not null)
                {
                    json.WriteStartArray("locations");
                    SarifResult.WritePhysicalLocation(run, waiver.ConfigFile, 0, 0, json);
                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndArray();
    }
}
