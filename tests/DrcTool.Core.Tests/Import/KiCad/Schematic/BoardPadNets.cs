using DrcTool.Core.Import.SExpressions;
using DrcTool.Core.Model;

namespace DrcTool.Core.Tests.Import.KiCad.Schematic;

/// <summary>
/// An independent, deliberately simple scan of a <c>.kicad_pcb</c>: every footprint's reference and each pad's net.
/// It shares no code with the schematic reader, so the comparison is a real check of it.
/// </summary>
internal sealed class BoardPadNets
{
    public HashSet<string> References { get; } = new(StringComparer.Ordinal);
    /// <summary>Every numbered pad, with its net name ("" when the pad has no net).</summary>
    public Dictionary<NetNode, string> PadNet { get; } = new();

    public static BoardPadNets Read(string path)
    {
        var board = new BoardPadNets();
        var document = SExprDocument.Parse(path, File.ReadAllBytes(path));
        foreach (var item in document.Root.First.Children)
        {
            if (!item.HeadIs("footprint"u8) && !item.HeadIs("module"u8)) continue;
            string? reference = null;
            foreach (var child in item.Children)
            {
                if (child.HeadIs("fp_text"u8) && child.AtomAt(1) == "reference") reference = child.AtomAt(2);
                else if (child.HeadIs("property"u8) && child.AtomAt(1) == "Reference") reference = child.AtomAt(2);
            }

            if (string.IsNullOrEmpty(reference)) continue;
            board.References.Add(reference);
            foreach (var pad in item.Children)
            {
                if (!pad.HeadIs("pad"u8)) continue;
                var number = pad.AtomAt(1);
                if (string.IsNullOrEmpty(number)) continue;
                var net = pad.Child("net"u8);
                // KiCad 6-8: (net 3 "GND"); KiCad 9 may write (net "GND").
                var name = net.IsValid ? (net.Count >= 3 ? net.AtomAt(2) : net.AtomAt(1)) ?? string.Empty : string.Empty;
                var node = new NetNode(reference, number);
                if (!board.PadNet.TryGetValue(node, out var existing) || existing.Length == 0) board.PadNet[node] = name;
            }
        }

        return board;
    }
}
