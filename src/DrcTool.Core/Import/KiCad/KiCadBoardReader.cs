using DrcTool.Core.Import.SExpressions;
using DrcTool.Core.Model;

namespace DrcTool.Core.Import.KiCad;

/// <summary>
/// Reads a KiCad board (<c>.kicad_pcb</c>, KiCad 6 to 9, and the older <c>module</c> form): every footprint becomes a
/// component, and the net written on each pad gives the connectivity. A board is ground truth for what is
/// physically connected, so nothing is inferred beyond the pads' nets.
/// </summary>
/// <remarks>
/// Choices for footprints that are not ordinary parts:
/// <list type="bullet">
/// <item>Every footprint is kept, padless ones too (logos, mounting holes, standoffs): the mechanics checks look
/// for hold-down hardware, and a part that exists on the board should not vanish from the picture.</item>
/// <item>An empty or repeated reference ("REF**" logos, copy-pasted parts) is made unique by
/// <see cref="UniqueReferences"/> ("REF**#2"), so two physical parts never share net nodes.</item>
/// <item>Pads with an empty number (non-plated holes) are not pins; pads that share a number are one pin,
/// as KiCad connects them.</item>
/// </list>
/// </remarks>
public sealed class KiCadBoardReader : IDesignReader
{
    public DesignFormat Format => DesignFormat.KiCadBoard;

    public Design Read(string path, byte[] content)
    {
        var document = SExprDocument.Parse(path, content);
        var board = FindRoot(document, path);

        var netNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var nets = new KiCadNetCollector();
        var references = new UniqueReferences();
        var components = new List<Component>();
        var pool = new KiCadStringPool();

        foreach (var item in board.Children)
        {
            if (item.HeadIs("net"u8))
            {
                // (net 3 "GND"): the board's net table, code to name. Net 0 is "no net".
                var code = pool.AtomAt(item, 1);
                var name = pool.AtomAt(item, 2) ?? string.Empty;
                if (code is not null && code != "0")
                {
                    netNames[code] = name;
                    nets.Declare(name, item.Location);
                }
            }
            else if (item.HeadIs("footprint"u8) || item.HeadIs("module"u8))
            {
                components.Add(ReadFootprint(item, references, netNames, nets, pool));
            }
        }

        return new Design(path, DesignFormat.KiCadBoard, components, nets.Build());
    }

    private static SExprNode FindRoot(SExprDocument document, string path)
    {
        foreach (var top in document.Root.Children)
        {
            if (top.HeadIs("kicad_pcb"u8)) return top;
            throw new DesignReadException(path, top.Line, top.Column, "expected the file to start with (kicad_pcb ...)");
        }

        throw new DesignReadException(path, 1, 1, "the file holds no S-expression");
    }

    private static Component ReadFootprint(SExprNode footprint, UniqueReferences references, Dictionary<string, string> netNames, KiCadNetCollector nets, KiCadStringPool pool)
    {
        // (footprint "Lib:Name" (layer "F.Cu") ...): the library id is the first atom, when there is one.
        var libraryId = pool.Text(footprint[1]) ?? string.Empty;
        string? reference = null;
        string? value = null;
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        var markedNotFitted = false;
        var pads = new List<SExprNode>();

        foreach (var child in footprint.Children)
        {
            if (child.HeadIs("property"u8))
            {
                // KiCad 8/9 keep reference and value as properties; KiCad 6/7 keep only user fields here.
                var key = pool.AtomAt(child, 1);
                var text = pool.AtomAt(child, 2) ?? string.Empty;
                if (key is null) continue;
                properties.TryAdd(key, text);
                if (key == "Reference") reference ??= text;
                else if (key == "Value") value ??= text;
            }
            else if (child.HeadIs("fp_text"u8))
            {
                // KiCad 6/7: (fp_text reference "R1" ...) and (fp_text value "10k" ...).
                if (child[1].TextIs("reference"u8)) reference ??= pool.AtomAt(child, 2);
                else if (child[1].TextIs("value"u8)) value ??= pool.AtomAt(child, 2);
            }
            else if (child.HeadIs("attr"u8))
            {
                markedNotFitted |= AttrMarksNotFitted(child);
            }
            else if (child.HeadIs("dnp"u8))
            {
                // A bare (dnp) or (dnp yes) flag, as the schematic writes it.
                markedNotFitted |= child.Count < 2 || child[1].TextIs("yes"u8);
            }
            else if (child.HeadIs("pad"u8))
            {
                pads.Add(child);
            }
        }

        var uniqueReference = references.Claim(reference ?? string.Empty);
        value ??= string.Empty;
        var pins = ReadPads(pads, uniqueReference, netNames, nets, pool);
        var colon = libraryId.IndexOf(':');
        var library = colon > 0 ? libraryId[..colon] : string.Empty;
        return new Component(
            uniqueReference,
            value,
            libraryId,
            library,
            string.Empty,
            properties,
            FittedPolicy.IsFitted(value, markedNotFitted),
            pins,
            footprint.Location);
    }

    /// <summary>
    /// (attr smd dnp), (attr through_hole exclude_from_bom): DNP and "not in the BOM" mean the part is not bought and
    /// not fitted. exclude_from_pos_files alone only means it is not machine-placed (hand-soldered, a mounting hole).
    /// KiCad 5's "virtual" is what KiCad 6 converts to exclude_from_bom.
    /// </summary>
    private static bool AttrMarksNotFitted(SExprNode attr)
    {
        foreach (var flag in attr.Children)
        {
            if (flag.TextIs("dnp"u8) || flag.TextIs("exclude_from_bom"u8) || flag.TextIs("virtual"u8)) return true;
        }

        return false;
    }

    private static List<ComponentPin> ReadPads(List<SExprNode> pads, string reference, Dictionary<string, string> netNames, KiCadNetCollector nets, KiCadStringPool pool)
    {
        var pins = new List<ComponentPin>(pads.Count);
        var pinIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pad in pads)
        {
            var number = pool.Text(pad[1]) ?? string.Empty;
            if (number.Length == 0) continue;

            var name = KiCadPinTypes.PinName(pool.ChildValue(pad, "pinfunction"u8));
            var type = KiCadPinTypes.Parse(pool.ChildValue(pad, "pintype"u8));
            if (pinIndex.TryGetValue(number, out var existing))
            {
                // A second pad with the same number (a thermal pad, a shield tab): the same pin; keep the first name.
                var first = pins[existing];
                if (first.Name.Length == 0 && name.Length > 0) pins[existing] = first with { Name = name, Type = type };
            }
            else
            {
                pinIndex.Add(number, pins.Count);
                pins.Add(new ComponentPin(number, name, type));
            }

            var net = pad.Child("net"u8);
            if (!net.IsValid) continue;
            var netName = PadNetName(net, netNames, pool);
            if (netName.Length > 0)
            {
                nets.AddNode(netName, new NetNode(reference, number), net);
            }
        }

        return pins;
    }

    /// <summary>
    /// (net 3 "GND") up to KiCad 9; (net "GND") in the newer form without net codes. Net 0 or an empty name: no net.
    /// </summary>
    private static string PadNetName(SExprNode net, Dictionary<string, string> netNames, KiCadStringPool pool)
    {
        if (net.Count >= 3)
        {
            if (net[1].TextIs("0"u8)) return string.Empty;
            return pool.AtomAt(net, 2) ?? string.Empty;
        }

        if (net.Count == 2 && net[1] is { IsValid: true, IsAtom: true } only)
        {
            // A quoted atom is a name; a bare number is a code to look up in the board's net table.
            var text = pool.Text(only) ?? string.Empty;
            if (only.Kind == SExprNodeKind.String) return text;
            if (text == "0") return string.Empty;
            return netNames.TryGetValue(text, out var declared) ? declared : text;
        }

        return string.Empty;
    }
}
