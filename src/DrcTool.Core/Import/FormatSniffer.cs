using System.Text;
using DrcTool.Core.Model;

namespace DrcTool.Core.Import;

/// <summary>
/// Tells a file's format from its content, so a board saved under the wrong extension is still read right
/// (and a non-design file is refused with a clear reason). The extension is only a tie-breaker.
/// </summary>
public static class FormatSniffer
{
    // Enough to get past an XML declaration, a DOCTYPE and comments to Eagle's <schematic> or <board>.
    private const int HeadLength = 64 * 1024;

    public static DesignFormat? Detect(ReadOnlySpan<byte> content)
    {
        var head = content[..Math.Min(content.Length, HeadLength)];
        var start = SkipBomAndWhitespace(head);
        var rest = head[start..];
        if (rest.StartsWith("("u8))
        {
            var keyword = rest[1..].TrimStart(" \t\r\n"u8);
            if (keyword.StartsWith("kicad_pcb"u8)) return DesignFormat.KiCadBoard;
            if (keyword.StartsWith("kicad_sch"u8)) return DesignFormat.KiCadSchematic;
            if (keyword.StartsWith("export"u8)) return DesignFormat.KiCadNetlist;
            return null;
        }

        if (rest.StartsWith("<"u8) && rest.IndexOf("<eagle"u8) >= 0)
        {
            // The drawing element comes after <settings>, <grid> and <layers>, which can be long: search further.
            var whole = content[..Math.Min(content.Length, 4 * HeadLength)];
            var schematic = whole.IndexOf("<schematic"u8);
            var board = whole.IndexOf("<board"u8);
            if (schematic >= 0 && (board < 0 || schematic < board)) return DesignFormat.EagleSchematic;
            if (board >= 0) return DesignFormat.EagleBoard;
            // A library (.lbr) or a drawing too long to sniff: let the content decide when read.
            return null;
        }

        return null;
    }

    /// <summary>Describes what the file looks like, for the "not a design file" message.</summary>
    public static string Describe(ReadOnlySpan<byte> content)
    {
        if (content.IsEmpty) return "the file is empty";
        var start = SkipBomAndWhitespace(content[..Math.Min(content.Length, HeadLength)]);
        if (start >= content.Length) return "the file holds only white space";
        var sample = content.Slice(start, Math.Min(24, content.Length - start));
        var printable = new StringBuilder();
        foreach (var b in sample)
        {
            printable.Append(b is >= 0x20 and < 0x7F ? (char)b : '.');
        }

        return $"it starts with \"{printable}\", which is not a KiCad (kicad_pcb, kicad_sch, export) or Eagle (<eagle>) file";
    }

    private static int SkipBomAndWhitespace(ReadOnlySpan<byte> content)
    {
        var i = content.StartsWith("\uFEFF"u8) ? 3 : 0;
        while (i < content.Length && content[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        return i;
    }
}
