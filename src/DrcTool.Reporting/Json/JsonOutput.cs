using System.Text.Encodings.Web;
using System.Text.Json;
using DrcTool.Core.Checks;
using DrcTool.Core.Model;

namespace DrcTool.Reporting.Json;

/// <summary>
/// Shared settings and small writers for DrcTool's JSON documents. Written with <see cref="Utf8JsonWriter"/> directly,
/// not a serializer: the field order is fixed, nothing depends on reflection, and the same input gives the same bytes.
/// The format is documented in docs/json-format.md; <see cref="SchemaVersion"/> changes when a field changes meaning
/// or is removed (adding fields does not change it).
/// </summary>
public static class JsonOutput
{
    public const int SchemaVersion = 1;

    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        // Net names like "+3V3" and "D+" stay readable; quotes, control characters and non-ASCII are still escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    /// <summary>Paths as the user gave them, with forward slashes so reports are the same on every OS.</summary>
    public static string PathText(string path) => path.Replace('\\', '/');

    /// <summary>The JSON word for a severity: the one spelling every report shares (<see cref="Text.SeverityText"/>).</summary>
    public static string SeverityText(Severity severity) => Text.SeverityText.Of(severity);

    /// <summary>The design format's name (<see cref="Text.FormatNames"/>: one spelling in every report).</summary>
    public static string FormatText(DesignFormat format) => Text.FormatNames.Of(format);

    /// <summary>Writes a JSON document to a string (with a final newline).</summary>
    public static string ToText(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            write(writer);
        }

        stream.WriteByte((byte)'\n');
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    internal static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    internal static void WriteNumbers(Utf8JsonWriter writer, string name, IEnumerable<int> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteNumberValue(value);
        }

        writer.WriteEndArray();
    }

    internal static void WriteStringOrNull(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
