using System.Text.Json;
using DrcTool.Core.Binding;
using DrcTool.Core.Model;

namespace DrcTool.Reporting.Json;

/// <summary>The pin map (<c>drctool pins --format json</c>): every SoM contact with its pin, pad, net and parts.</summary>
public static class PinMapJson
{
    public static void Write(Utf8JsonWriter writer, Design design, SocketSearch search, SomBinding? binding, SomVariant variant)
    {
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", JsonOutput.SchemaVersion);
        writer.WriteString("kind", "pins");
        writer.WriteString("file", JsonOutput.PathText(design.SourceFile));
        writer.WriteString("format", JsonOutput.FormatText(design.Format));
        writer.WriteString("variant", variant.ToString());
        WriteSocket(writer, search, binding);
        writer.WriteStartArray("contacts");
        if (binding is not null)
        {
            foreach (var contact in binding.Contacts)
            {
                WriteContact(writer, binding, contact);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The "socket" member: the part taken for the socket and why, or null.</summary>
    internal static void WriteSocket(Utf8JsonWriter writer, SocketSearch search, SomBinding? binding)
    {
        if (binding is null)
        {
            writer.WriteNull("socket");
            return;
        }

        var socket = binding.Socket;
        writer.WriteStartObject("socket");
        writer.WriteString("ref", socket.Reference);
        writer.WriteString("value", socket.Value);
        writer.WriteString("footprint", socket.Footprint);
        writer.WriteString("symbol", string.IsNullOrEmpty(socket.Library) ? socket.Symbol : $"{socket.Library}:{socket.Symbol}");
        writer.WriteString("howFound", search.HowFound);
        writer.WriteString("file", JsonOutput.PathText(socket.Location.File));
        writer.WriteNumber("line", socket.Location.Line);
        writer.WriteEndObject();
    }

    private static void WriteContact(Utf8JsonWriter writer, SomBinding binding, BoundContact contact)
    {
        writer.WriteStartObject();
        writer.WriteNumber("contact", contact.Contact);
        writer.WriteString("pin", contact.Pin.Name);
        writer.WriteString("kind", contact.Pin.Kind.ToString().ToLowerInvariant());
        writer.WriteString("pad", contact.Pad);
        JsonOutput.WriteStringOrNull(writer, "symbolPin", contact.SymbolPinName);
        JsonOutput.WriteStringOrNull(writer, "net", contact.Net?.Name);
        JsonOutput.WriteStrings(writer, "parts", PartsOn(contact, binding.Socket.Reference));
        writer.WriteEndObject();
    }

    /// <summary>The other parts on a contact's net (not the socket), in natural order.</summary>
    public static IReadOnlyList<string> PartsOn(BoundContact contact, string socketReference) =>
        contact.Net?.PartReferences(except: socketReference) ?? [];
}
