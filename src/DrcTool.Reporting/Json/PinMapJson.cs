using DrcTool.Core.Analysis.Uses;
using System.Text.Json;
using DrcTool.Core.Binding;
using DrcTool.Core.Model;

namespace DrcTool.Reporting.Json;

/// <summary>The pin map (<c>drctool pins --format json</c>): every module pin with its name, pad, net, parts and uses.</summary>
public static class PinMapJson
{
    /// <param name="uses">How the board uses each pin, by pin number (<see cref="PinUseInference"/>); null writes no uses.</param>
    public static void Write(Utf8JsonWriter writer, Design design, SocketSearch search, SomBinding? binding, SomVariant variant,
        IReadOnlyDictionary<int, PinUses>? uses = null)
    {
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", JsonOutput.SchemaVersion);
        writer.WriteString("kind", "pins");
        writer.WriteString("file", JsonOutput.PathText(design.SourceFile));
        writer.WriteString("format", JsonOutput.FormatText(design.Format));
        WriteVariant(writer, binding, variant);
        WriteModule(writer, search, binding);
        WriteSocket(writer, search, binding);
        writer.WriteStartArray("contacts");
        if (binding is not null)
        {
            foreach (var contact in binding.Contacts)
            {
                WriteContact(writer, binding, contact, uses?.GetValueOrDefault(contact.Contact));
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>"variant": the B-SoM model checked against; null when the module is not the B-SoM.</summary>
    internal static void WriteVariant(Utf8JsonWriter writer, SomBinding? binding, SomVariant variant)
    {
        if (binding is { Module.IsBSom: false })
        {
            writer.WriteNull("variant");
        }
        else
        {
            writer.WriteString("variant", variant.ToString());
        }
    }

    /// <summary>The "module" member: which module the design carries, its part and how it was found; null when none.</summary>
    public static void WriteModule(Utf8JsonWriter writer, SocketSearch search, SomBinding? binding)
    {
        if (binding is null)
        {
            writer.WriteNull("module");
            return;
        }

        writer.WriteStartObject("module");
        writer.WriteString("name", binding.Module.Name);
        writer.WriteString("ref", binding.Socket.Reference);
        writer.WriteString("howFound", search.HowFound);
        writer.WriteString("file", JsonOutput.PathText(binding.Socket.Location.File));
        writer.WriteNumber("line", binding.Socket.Location.Line);
        writer.WriteEndObject();
    }

    /// <summary>The "socket" member: the B-SoM's M.2 socket and why it was taken; null when no B-SoM socket was bound.</summary>
    internal static void WriteSocket(Utf8JsonWriter writer, SocketSearch search, SomBinding? binding)
    {
        if (binding is not { Module.IsBSom: true })
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

    private static void WriteContact(Utf8JsonWriter writer, SomBinding binding, BoundContact contact, PinUses? uses)
    {
        writer.WriteStartObject();
        writer.WriteNumber("contact", contact.Contact);
        writer.WriteString("pin", contact.Pin.Name);
        writer.WriteString("kind", contact.Pin.Kind.ToString().ToLowerInvariant());
        writer.WriteString("pad", contact.Pad);
        JsonOutput.WriteStringOrNull(writer, "symbolPin", contact.SymbolPinName);
        JsonOutput.WriteStringOrNull(writer, "net", contact.Net?.Name);
        JsonOutput.WriteStrings(writer, "parts", PartsOn(contact, binding.Socket.Reference));
        if (uses is not null)
        {
            JsonOutput.WriteStrings(writer, "uses", uses.Names);
            JsonOutput.WriteStrings(writer, "usesBecause", uses.Evidence);
        }

        writer.WriteEndObject();
    }

    /// <summary>The other parts on a contact's net (not the socket), in natural order.</summary>
    public static IReadOnlyList<string> PartsOn(BoundContact contact, string socketReference) =>
        contact.Net?.PartReferences(except: socketReference) ?? [];
}
