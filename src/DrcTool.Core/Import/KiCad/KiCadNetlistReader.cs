using DrcTool.Core.Import.SExpressions;
using DrcTool.Core.Model;

namespace DrcTool.Core.Import.KiCad;

/// <summary>
/// Reads KiCad's S-expression netlist export (<c>.net</c>): format version "E" (KiCad 6 to 9, every atom quoted) and
/// version D (KiCad 5, bare atoms unless they hold spaces). Components come from <c>(components (comp ...))</c>,
/// their pins' names and types from the matching <c>(libparts (libpart ...))</c>, refined by each net node's
/// pinfunction and pintype, and the connectivity from <c>(nets (net (node (ref) (pin))))</c>.
/// </summary>
/// <remarks>
/// A node's pin is the symbol pin number, which KiCad matches to the footprint pad of the same number, so it is the pad.
/// Not fitted: a "dnp" or "exclude_from_bom" property (KiCad 7+ writes them as <c>(property (name "dnp"))</c>),
/// or a not-fitted value. References are made unique as the board reader does.
/// </remarks>
public sealed class KiCadNetlistReader : IDesignReader
{
    public DesignFormat Format => DesignFormat.KiCadNetlist;

    public Design Read(string path, byte[] content)
    {
        var document = SExprDocument.Parse(path, content);
        var export = FindRoot(document, path);

        var libraryPins = ReadLibraryParts(export.Child("libparts"u8));
        var nodePins = new Dictionary<string, Dictionary<string, ComponentPin>>(StringComparer.Ordinal);
        var nets = ReadNets(export.Child("nets"u8), nodePins);
        var components = ReadComponents(export.Child("components"u8), libraryPins, nodePins);
        return new Design(path, DesignFormat.KiCadNetlist, components, nets);
    }

    private static SExprNode FindRoot(SExprDocument document, string path)
    {
        foreach (var top in document.Root.Children)
        {
            if (top.HeadIs("export"u8)) return top;
            throw new DesignReadException(path, top.Line, top.Column, "expected the file to start with (export ...)");
        }

        throw new DesignReadException(path, 1, 1, "the file holds no S-expression");
    }

    /// <summary>(libpart (lib "Device") (part "R") (aliases (alias "R_Small")) (pins (pin (num "1") (name "~") (type "passive")))).</summary>
    private static Dictionary<(string Lib, string Part), List<ComponentPin>> ReadLibraryParts(SExprNode libparts)
    {
        var parts = new Dictionary<(string, string), List<ComponentPin>>();
        foreach (var libpart in libparts.Children)
        {
            if (!libpart.HeadIs("libpart"u8)) continue;
            var lib = libpart.ChildValue("lib"u8) ?? string.Empty;
            var part = libpart.ChildValue("part"u8) ?? string.Empty;
            var pins = new List<ComponentPin>();
            foreach (var pin in libpart.Child("pins"u8).Children)
            {
                if (!pin.HeadIs("pin"u8)) continue;
                var number = pin.ChildValue("num"u8);
                if (string.IsNullOrEmpty(number)) continue;
                pins.Add(new ComponentPin(number, KiCadPinTypes.PinName(pin.ChildValue("name"u8)), KiCadPinTypes.Parse(pin.ChildValue("type"u8))));
            }

            parts.TryAdd((lib, part), pins);
            // Version D lists a symbol's aliases; a component may name its part by any of them.
            foreach (var alias in libpart.Child("aliases"u8).Children)
            {
                if (alias.HeadIs("alias"u8) && alias.AtomAt(1) is { } aliasName) parts.TryAdd((lib, aliasName), pins);
            }
        }

        return parts;
    }

    private static List<Net> ReadNets(SExprNode netsList, Dictionary<string, Dictionary<string, ComponentPin>> nodePins)
    {
        var nets = new KiCadNetCollector();
        foreach (var net in netsList.Children)
        {
            if (!net.HeadIs("net"u8)) continue;
            var name = net.ChildValue("name"u8);
            if (string.IsNullOrEmpty(name))
            {
                // KiCad always names nets; a nameless one is still a connection, so give it the name KiCad's code implies.
                name = $"Net-({net.ChildValue("code"u8) ?? $"{net.Line}:{net.Column}"})";
            }

            nets.Declare(name, net.Location);
            foreach (var node in net.Children)
            {
                if (!node.HeadIs("node"u8)) continue;
                var reference = node.ChildValue("ref"u8);
                var pin = node.ChildValue("pin"u8);
                if (string.IsNullOrEmpty(reference) || string.IsNullOrEmpty(pin)) continue;
                nets.AddNode(name, new NetNode(reference, pin), node.Location);

                if (!nodePins.TryGetValue(reference, out var pins))
                {
                    pins = new Dictionary<string, ComponentPin>(StringComparer.Ordinal);
                    nodePins.Add(reference, pins);
                }

                pins.TryAdd(pin, new ComponentPin(pin, KiCadPinTypes.PinName(node.ChildValue("pinfunction"u8)), KiCadPinTypes.Parse(node.ChildValue("pintype"u8))));
            }
        }

        return nets.Build();
    }

    private static List<Component> ReadComponents(
        SExprNode componentsList,
        Dictionary<(string Lib, string Part), List<ComponentPin>> libraryPins,
        Dictionary<string, Dictionary<string, ComponentPin>> nodePins)
    {
        var components = new List<Component>();
        var references = new UniqueReferences();
        foreach (var comp in componentsList.Children)
        {
            if (!comp.HeadIs("comp"u8)) continue;
            var originalReference = comp.ChildValue("ref"u8) ?? string.Empty;
            var reference = references.Claim(originalReference);
            var value = comp.ChildValue("value"u8) ?? string.Empty;
            var footprint = comp.ChildValue("footprint"u8) ?? string.Empty;
            var libsource = comp.Child("libsource"u8);
            var lib = libsource.ChildValue("lib"u8) ?? string.Empty;
            var part = libsource.ChildValue("part"u8) ?? string.Empty;

            var properties = new Dictionary<string, string>(StringComparer.Ordinal);
            var markedNotFitted = ReadProperties(comp, properties);
            if (comp.ChildValue("datasheet"u8) is { Length: > 0 } datasheet) properties.TryAdd("Datasheet", datasheet);

            // Only the first part to claim a reference owns that reference's net nodes.
            nodePins.TryGetValue(reference == originalReference ? reference : string.Empty, out var fromNodes);
            var pins = MergePins(libraryPins.TryGetValue((lib, part), out var fromLibrary) ? fromLibrary : null, fromNodes);
            components.Add(new Component(reference, value, footprint, lib, part, properties, FittedPolicy.IsFitted(value, markedNotFitted), pins, comp.Location));
        }

        return components;
    }

    /// <summary>
    /// (fields (field (name "MPN") "X")) and (property (name "Sheetname") (value "Root")) into <paramref name="properties"/>.
    /// Returns true when a flag property marks the part not fitted.
    /// </summary>
    private static bool ReadProperties(SExprNode comp, Dictionary<string, string> properties)
    {
        var notFitted = false;
        foreach (var field in comp.Child("fields"u8).Children)
        {
            if (!field.HeadIs("field"u8)) continue;
            var name = field.ChildValue("name"u8);
            if (name is null) continue;
            properties.TryAdd(name, field[2] is { IsValid: true, IsAtom: true } text ? text.Text : string.Empty);
        }

        foreach (var property in comp.Children)
        {
            if (!property.HeadIs("property"u8)) continue;
            var name = property.ChildValue("name"u8);
            if (name is null) continue;
            var value = property.ChildValue("value"u8);
            properties.TryAdd(name, value ?? string.Empty);
            // KiCad writes these flags as valueless properties; a value of "no"/"0" would switch them off.
            if (name is "dnp" or "exclude_from_bom" or "exclude_from_board" && value is not ("no" or "0" or "false"))
            {
                notFitted = true;
            }
        }

        return notFitted;
    }

    /// <summary>The library part's pins in its order, named and typed by it; pins only the nets mention are added after.</summary>
    private static List<ComponentPin> MergePins(List<ComponentPin>? fromLibrary, Dictionary<string, ComponentPin>? fromNodes)
    {
        var pins = new List<ComponentPin>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (fromLibrary is not null)
        {
            foreach (var pin in fromLibrary)
            {
                if (!seen.Add(pin.Number)) continue;
                // The node's pinfunction names the pin in this very unit; prefer it when the library has no name.
                if (pin.Name.Length == 0 && fromNodes is not null && fromNodes.TryGetValue(pin.Number, out var node) && node.Name.Length > 0)
                {
                    pins.Add(pin with { Name = node.Name });
                }
                else
                {
                    pins.Add(pin);
                }
            }
        }

        if (fromNodes is not null)
        {
            var extra = new List<ComponentPin>();
            foreach (var pin in fromNodes.Values)
            {
                if (!seen.Contains(pin.Number)) extra.Add(pin);
            }

            extra.Sort((a, b) => NaturalComparer.Instance.Compare(a.Number, b.Number));
            pins.AddRange(extra);
        }

        return pins;
    }
}
