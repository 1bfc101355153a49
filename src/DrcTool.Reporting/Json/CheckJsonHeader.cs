using System.Globalization;
using System.Text.Json;
using DrcTool.Core.Checks;
using DrcTool.Reporting.Text;

namespace DrcTool.Reporting.Json;

/// <summary>
/// What the check document says about the run before its designs: the tool and its version, the severities whose
/// findings it lists (<c>--severity</c>), and the time of the run only when one was asked for (<c>--timestamp</c>,
/// <c>SOURCE_DATE_EPOCH</c>): without it the same input gives the same bytes.
/// </summary>
/// <param name="MinimumSeverity">Findings below this are left out of <c>designs[].findings</c> (the counts keep them).</param>
public sealed record CheckJsonHeader(string ToolVersion, Severity MinimumSeverity = Severity.Note, DateTimeOffset? Timestamp = null)
{
    public static CheckJsonHeader Default { get; } = new(ToolInfo.Version);

    /// <summary>The severities included, most severe first, as the JSON spells them.</summary>
    public IReadOnlyList<string> Severities =>
        new[] { Severity.Error, Severity.Warning, Severity.Note }.Where(s => s >= MinimumSeverity).Select(SeverityText.Of).ToList();

    public bool Includes(Finding finding) => finding.Severity >= MinimumSeverity;

    internal void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("tool");
        writer.WriteString("name", ToolInfo.Name);
        writer.WriteString("version", ToolVersion);
        writer.WriteEndObject();
        JsonOutput.WriteStrings(writer, "severities", Severities);
        JsonOutput.WriteStringOrNull(writer, "timestamp", Timestamp is { } at ? Format(at) : null);
    }

    /// <summary>ISO 8601 in UTC to the second, e.g. 2026-12-07T06:30:00Z.</summary>
    public static string Format(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
