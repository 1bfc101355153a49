using System.Text.Json;
using DrcTool.Core.Binding;
using DrcTool.Core.Model;

namespace DrcTool.Reporting.Json;

/// <summary>The design's connectivity (<c>drctool netlist --format json</c>): parts, and nets with their nodes.</summary>
public static class NetlistJson
{
    /// <param name="search">How the module was looked for; with <paramref name="binding"/>, written as "module" (null when none).</param>
    public static void Write(Utf8JsonWriter writer, Design design, SocketSearch? search = null, SomBinding? binding = null)
    {
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", JsonOutput.SchemaVersion);
        writer.WriteString("kind", "netlist");
        writer.WriteString("file", JsonOutput.PathText(design.SourceFile));
        writer.WriteString("format", JsonOutput.FormatText(design.Format));
        if (search is not null)
        {
            PinMapJson.WriteModule(writer, search, binding);
        }

        writer.WriteStartArray("parts");
        foreach (var component in design.Components.OrderBy(c => c.Reference, NaturalComparer.Instance))
        {
            writer.WriteStartObject();
            writer.WriteString("ref", component.Reference);
            writer.WriteString("value", component.Value);
            writer.WriteString("footprint", component.Footprint);
            writer.WriteBoolean("fitted", component.Fitted);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("nets");
        foreach (var net in SortedNets(design))
        {
            writer.WriteStartObject();
            writer.WriteString("name", net.Name);
            writer.WriteStartArray("nodes");
            foreach (var node in net.Nodes.Order())
            {
                writer.WriteStartObject();
                writer.WriteString("ref", node.Reference);
                writer.WriteString("pin", node.Pin);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Nets by name (natural order), then by first node, so the order never depends on the reader.</summary>
    public static IEnumerable<Net> SortedNets(Design design) =>
        design.Nets.OrderBy(n => n.Name, NaturalComparer.Instance)
            .ThenBy(n => n.Nodes.Count == 0 ? "" : n.Nodes.Min().ToString(), NaturalComparer.Instance);
}
