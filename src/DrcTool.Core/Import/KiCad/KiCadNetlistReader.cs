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
        // The token table (nearly twice the file) is unreachable once ReadParts returns, whatever the JIT keeps
        // alive in this frame, so the design's own indexes can reuse its memory.
        var (components, nets) = ReadParts(path, content);
        return new Design(path, DesignFormat.KiCadNetlist, components, nets);
    }

    private static (List<Component> Components, List<Net> Nets) ReadParts(string path, byte[] content)
    {
        var document = SExprDocument.Parse(path, content);
        var export = FindRoot(document, path);

        var componentsList = export.Child("components"u8);
        var netsList = export.Child("nets"u8);
        // Every table below is sized from these counts: on a 100k-part netlist, growing them step by step
        // leaves more large-object garbage than the tables themselves hold.
        var componentCount = CountChildren(componentsList);
        var netCount = CountChildren(netsList);
        // References, plus a few thousand values, footprints, field names and pin numbers.
        var pool = new KiCadStringPool(componentCount + 4096);
        var libraryPins = ReadLibraryParts(export.Child("libparts"u8), pool);
        var described = LibraryPinsByReference(componentsList, componentCount, libraryPins, pool);
        var nodePins = new Dictionary<string, List<NodePin>>(StringComparer.Ordinal);
        var nets = ReadNets(netsList, netCount, described, nodePins, pool);
        described = null;
        var components = ReadComponents(componentsList, componentCount, libraryPins, nodePins, pool);
        return (components, nets);
    }

    private static int CountChildren(SExprNode list)
    {
        var count = 0;
        foreach (var _ in list.Children) count++;
        return count;
    }

    /// <summary>
    /// The library part's pins of the first component of each reference: the one that owns that reference's net nodes
    /// (see <see cref="ReadComponents"/>). A node need not be kept for a pin the library already names.
    /// </summary>
    private static Dictionary<string, List<ComponentPin>?> LibraryPinsByReference(
        SExprNode componentsList, int componentCount, Dictionary<(string Lib, string Part), List<ComponentPin>> libraryPins, KiCadStringPool pool)
    {
        var byReference = new Dictionary<string, List<ComponentPin>?>(componentCount, StringComparer.Ordinal);
        foreach (var comp in componentsList.Children)
        {
            if (!comp.HeadIs("comp"u8)) continue;
            var reference = pool.ChildValue(comp, "ref"u8) ?? string.Empty;
            if (byReference.ContainsKey(reference)) continue;
            var libsource = comp.Child("libsource"u8);
            var key = (pool.ChildValue(libsource, "lib"u8) ?? string.Empty, pool.ChildValue(libsource, "part"u8) ?? string.Empty);
            byReference.Add(reference, libraryPins.GetValueOrDefault(key));
        }

        return byReference;
    }

    /// <summary>
    /// True when the node adds nothing to what the library says of its pin: the library names the pin, or leaves it
    /// unnamed and the node gives no pinfunction either. Such nodes are not kept for <see cref="MergePins"/>.
    /// </summary>
    /// <remarks>So an unnamed library pin takes its name from the first of its nodes that gives a pinfunction.</remarks>
    private static bool NodeAddsNothing(List<ComponentPin>? libraryPins, string number, SExprNode node, KiCadStringPool pool)
    {
        if (libraryPins is null) return false;
        foreach (var pin in libraryPins)
        {
            // The first pin of a number is the one MergePins keeps.
            if (pin.Number != number) continue;
            return pin.Name.Length > 0 || KiCadPinTypes.PinName(pool.ChildValue(node, "pinfunction"u8)).Length == 0;
        }

        return false;
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
    private static Dictionary<(string Lib, string Part), List<ComponentPin>> ReadLibraryParts(SExprNode libparts, KiCadStringPool pool)
    {
        var parts = new Dictionary<(string, string), List<ComponentPin>>();
        foreach (var libpart in libparts.Children)
        {
            if (!libpart.HeadIs("libpart"u8)) continue;
            var lib = pool.ChildValue(libpart, "lib"u8) ?? string.Empty;
            var part = pool.ChildValue(libpart, "part"u8) ?? string.Empty;
            var pins = new List<ComponentPin>();
            foreach (var pin in libpart.Child("pins"u8).Children)
            {
                if (!pin.HeadIs("pin"u8)) continue;
                var number = pool.ChildValue(pin, "num"u8);
                if (string.IsNullOrEmpty(number)) continue;
                pins.Add(new ComponentPin(number, KiCadPinTypes.PinName(pool.ChildValue(pin, "name"u8)), KiCadPinTypes.Parse(pool.ChildValue(pin, "type"u8))));
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

    private static List<Net> ReadNets(
        SExprNode netsList,
        int netCount,
        Dictionary<string, List<ComponentPin>?> described,
        Dictionary<string, List<NodePin>> nodePins,
        KiCadStringPool pool)
    {
        var nets = new KiCadNetCollector(netCount);
        foreach (var net in netsList.Children)
        {
            if (!net.HeadIs("net"u8)) continue;
            // A netlist names each net once: pooling the name would only grow the pool.
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
                var reference = pool.ChildValue(node, "ref"u8);
                var pin = pool.ChildValue(node, "pin"u8);
                if (string.IsNullOrEmpty(reference) || string.IsNullOrEmpty(pin)) continue;
                nets.AddNode(name, new NetNode(reference, pin), node);
                if (NodeAddsNothing(described.GetValueOrDefault(reference), pin, node, pool)) continue;

                if (!nodePins.TryGetValue(reference, out var pins))
                {
                    pins = [];
                    nodePins.Add(reference, pins);
                }

                // Pin names and types are decoded later, only for pins the library part does not describe.
                pins.Add(new NodePin(pin, node));
            }
        }

        return nets.Build();
    }

    private static List<Component> ReadComponents(
        SExprNode componentsList,
        int componentCount,
        Dictionary<(string Lib, string Part), List<ComponentPin>> libraryPins,
        Dictionary<string, List<NodePin>> nodePins,
        KiCadStringPool pool)
    {
        var components = new List<Component>(componentCount);
        var references = new UniqueReferences(componentCount);
        var propertySets = new PropertySetPool();
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        // A part whose nets add nothing to its library part's pins shares one pin list with every such part.
        var sharedPins = new Dictionary<List<ComponentPin>, List<ComponentPin>>(ReferenceEqualityComparer.Instance);
        foreach (var comp in componentsList.Children)
        {
            if (!comp.HeadIs("comp"u8)) continue;
            var originalReference = pool.ChildValue(comp, "ref"u8) ?? string.Empty;
            var reference = references.Claim(originalReference);
            var value = pool.ChildValue(comp, "value"u8) ?? string.Empty;
            var footprint = pool.ChildValue(comp, "footprint"u8) ?? string.Empty;
            var libsource = comp.Child("libsource"u8);
            var lib = pool.ChildValue(libsource, "lib"u8) ?? string.Empty;
            var part = pool.ChildValue(libsource, "part"u8) ?? string.Empty;

            properties.Clear();
            var markedNotFitted = ReadProperties(comp, properties, pool);
            if (pool.ChildValue(comp, "datasheet"u8) is { Length: > 0 } datasheet) properties.TryAdd("Datasheet", datasheet);

            // Only the first part to claim a reference owns that reference's net nodes.
            nodePins.TryGetValue(reference == originalReference ? reference : string.Empty, out var fromNodes);
            var fromLibrary = libraryPins.GetValueOrDefault((lib, part));
            List<ComponentPin> pins;
            if (fromNodes is null && fromLibrary is not null)
            {
                if (!sharedPins.TryGetValue(fromLibrary, out pins!))
                {
                    pins = MergePins(fromLibrary, null, pool);
                    sharedPins.Add(fromLibrary, pins);
                }
            }
            else
            {
                pins = MergePins(fromLibrary, fromNodes, pool);
            }

            components.Add(new Component(reference, value, footprint, lib, part, propertySets.ShareCopy(properties), FittedPolicy.IsFitted(value, markedNotFitted), pins, comp.Location));
        }

        return components;
    }

    /// <summary>
    /// (fields (field (name "MPN") "X")) and (property (name "Sheetname") (value "Root")) into <paramref name="properties"/>.
    /// Returns true when a flag property marks the part not fitted.
    /// </summary>
    private static bool ReadProperties(SExprNode comp, Dictionary<string, string> properties, KiCadStringPool pool)
    {
        var notFitted = false;
        foreach (var field in comp.Child("fields"u8).Children)
        {
            if (!field.HeadIs("field"u8)) continue;
            var name = pool.ChildValue(field, "name"u8);
            if (name is null) continue;
            properties.TryAdd(name, pool.Text(field[2]) ?? string.Empty);
        }

        foreach (var property in comp.Children)
        {
            if (!property.HeadIs("property"u8)) continue;
            var name = pool.ChildValue(property, "name"u8);
            if (name is null) continue;
            var value = pool.ChildValue(property, "value"u8);
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
    private static List<ComponentPin> MergePins(List<ComponentPin>? fromLibrary, List<NodePin>? fromNodes, KiCadStringPool pool)
    {
        var pins = new List<ComponentPin>(fromLibrary?.Count ?? fromNodes?.Count ?? 0);
        HashSet<string>? seen = null;
        if (fromLibrary is not null)
        {
            seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var pin in fromLibrary)
            {
                if (!seen.Add(pin.Number)) continue;
                // The node's pinfunction names the pin in this very unit; prefer it when the library has no name.
                // (Only nodes that give one are kept for such pins: see NodeAddsNothing.)
                if (pin.Name.Length == 0 && Find(fromNodes, pin.Number) is { } node
                    && KiCadPinTypes.PinName(pool.ChildValue(node, "pinfunction"u8)) is { Length: > 0 } function)
                {
                    pins.Add(pin with { Name = function });
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
            foreach (var (number, node) in fromNodes)
            {
                seen ??= new HashSet<string>(StringComparer.Ordinal);
                if (!seen.Add(number)) continue;
                extra.Add(new ComponentPin(number, KiCadPinTypes.PinName(pool.ChildValue(node, "pinfunction"u8)), KiCadPinTypes.Parse(pool.ChildValue(node, "pintype"u8))));
            }

            extra.Sort((a, b) => NaturalComparer.Instance.Compare(a.Number, b.Number));
            pins.AddRange(extra);
        }

        return pins;
    }

    private static SExprNode? Find(List<NodePin>? nodes, string number)
    {
        if (nodes is null) return null;
        foreach (var (pin, node) in nodes)
        {
            if (pin == number) return node;
        }

        return null;
    }

    /// <summary>A pin a net node names, with the node for its pinfunction and pintype.</summary>
    private readonly record struct NodePin(string Pin, SExprNode Node);
}
