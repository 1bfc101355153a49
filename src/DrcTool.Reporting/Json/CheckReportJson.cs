using System.Text.Json;
using DrcTool.Core.Checks;

namespace DrcTool.Reporting.Json;

/// <summary>
/// The check report (<c>drctool check --format json</c>, <c>--report x.json</c>): one document for the whole run with
/// a <c>designs</c> array, one entry per input file, in the order the files were given.
/// </summary>
public static class CheckReportJson
{
    /// <param name="header">The tool version, the severities listed and the time of the run; the defaults when null.</param>
    public static void Write(Utf8JsonWriter writer, IReadOnlyList<DesignOutcome> outcomes, RuleCatalog catalog, CheckJsonHeader? header = null)
    {
        header ??= CheckJsonHeader.Default;
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", JsonOutput.SchemaVersion);
        writer.WriteString("kind", "check");
        header.Write(writer);
        var results = outcomes.Where(o => o.Result is not null).Select(o => o.Result!).ToList();
        WriteSummary(writer, results, outcomes.Count, outcomes.Count(o => !o.IsReadable));
        writer.WriteStartArray("designs");
        foreach (var outcome in outcomes)
        {
            WriteDesign(writer, outcome, catalog, header);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter writer, IReadOnlyList<CheckResult> results, int designs, int unreadable)
    {
        writer.WriteStartObject("summary");
        writer.WriteNumber("designs", designs);
        writer.WriteNumber("unreadable", unreadable);
        writer.WriteNumber("errors", results.Sum(r => r.Count(Severity.Error)));
        writer.WriteNumber("warnings", results.Sum(r => r.Count(Severity.Warning)));
        writer.WriteNumber("notes", results.Sum(r => r.Count(Severity.Note)));
        writer.WriteNumber("suppressed", results.Sum(r => r.Findings.Count(f => f.IsSuppressed)));
        writer.WriteEndObject();
    }

    private static void WriteDesign(Utf8JsonWriter writer, DesignOutcome outcome, RuleCatalog catalog, CheckJsonHeader header)
    {
        writer.WriteStartObject();
        writer.WriteString("file", JsonOutput.PathText(outcome.File));
        if (outcome.Result is not { } result)
        {
            var error = outcome.ReadError!;
            writer.WriteNull("format");
            writer.WriteStartObject("error");
            writer.WriteString("message", error.Reason);
            writer.WriteString("file", JsonOutput.PathText(error.File));
            writer.WriteNumber("line", error.Line);
            writer.WriteNumber("column", error.Column);
            writer.WriteEndObject();
            writer.WriteEndObject();
            return;
        }

        writer.WriteString("format", JsonOutput.FormatText(result.Design.Format));
        writer.WriteNull("error");
        PinMapJson.WriteVariant(writer, result.Binding, result.Variant);
        PinMapJson.WriteSocket(writer, result.SocketSearch, result.Binding);
        PinMapJson.WriteModule(writer, result.SocketSearch, result.Binding);
        writer.WriteStartObject("summary");
        writer.WriteNumber("errors", result.Count(Severity.Error));
        writer.WriteNumber("warnings", result.Count(Severity.Warning));
        writer.WriteNumber("notes", result.Count(Severity.Note));
        writer.WriteEndObject();
        writer.WriteStartArray("findings");
        foreach (var finding in result.Findings.Where(header.Includes))
        {
            WriteFinding(writer, finding, result.Design.SourceFile, catalog);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>One finding; <c>file</c>/<c>line</c>/<c>column</c> say where in the source it comes from (line 0: the file as a whole).</summary>
    public static void WriteFinding(Utf8JsonWriter writer, Finding finding, string designFile, RuleCatalog catalog)
    {
        writer.WriteStartObject();
        writer.WriteString("rule", finding.RuleId);
        writer.WriteString("severity", JsonOutput.SeverityText(finding.Severity));
        writer.WriteString("message", finding.Message);
        JsonOutput.WriteStrings(writer, "somPins", finding.SomPins);
        JsonOutput.WriteNumbers(writer, "contacts", finding.Contacts);
        JsonOutput.WriteStrings(writer, "nets", finding.Nets);
        JsonOutput.WriteStrings(writer, "parts", finding.Parts);
        JsonOutput.WriteStrings(writer, "path", finding.Path);
        var location = finding.Location;
        writer.WriteString("file", JsonOutput.PathText(location?.File ?? designFile));
        writer.WriteNumber("line", location?.Line ?? 0);
        writer.WriteNumber("column", location?.Column ?? 0);
        JsonOutput.WriteStringOrNull(writer, "fixHint", finding.FixHint);
        JsonOutput.WriteStringOrNull(writer, "helpLink", catalog.Find(finding.RuleId)?.Descriptor.HelpLink);
        writer.WriteBoolean("suppressed", finding.IsSuppressed);
        JsonOutput.WriteStringOrNull(writer, "waiverReason", finding.WaiverReason);
        writer.WriteEndObject();
    }
}
