using System.Text;
using DrcTool.Core.Import.SExpressions;

namespace DrcTool.Core.Tests.SampleBoards;

/// <summary>Reads and writes sample boards as KiCad netlist exports (format version E, as Eeschema writes them).</summary>
internal static class SampleNetlistFile
{
    public static SampleBoard Read(string path)
    {
        var doc = SExprDocument.Parse(path, File.ReadAllBytes(path));
        var root = default(SExprNode);
        foreach (var top in doc.Root.Children)
        {
            if (top.HeadIs("export"u8)) root = top;
        }

        var pinsBySymbol = new Dictionary<(string, string), List<SamplePin>>();
        foreach (var libpart in root.Child("libparts"u8).Children)
        {
            if (!libpart.HeadIs("libpart"u8)) continue;
            var pins = new List<SamplePin>();
            foreach (var pin in libpart.Child("pins"u8).Children)
            {
                if (!pin.HeadIs("pin"u8)) continue;
                pins.Add(new SamplePin(pin.ChildValue("num"u8) ?? "", pin.ChildValue("name"u8) ?? "", pin.ChildValue("type"u8) ?? "passive"));
            }

            pinsBySymbol[(libpart.ChildValue("lib"u8) ?? "", libpart.ChildValue("part"u8) ?? "")] = pins;
        }

        var design = root.Child("design"u8);
        var title = design.Child("sheet"u8).Child("title_block"u8).ChildValue("title"u8) ?? Path.GetFileNameWithoutExtension(path);
        var board = new SampleBoard(title);
        foreach (var comp in root.Child("components"u8).Children)
        {
            if (!comp.HeadIs("comp"u8)) continue;
            var libsource = comp.Child("libsource"u8);
            var lib = libsource.ChildValue("lib"u8) ?? "";
            var part = libsource.ChildValue("part"u8) ?? "";
            var dnp = false;
            foreach (var property in comp.Children)
            {
                if (property.HeadIs("property"u8) && property.ChildValue("name"u8) == "dnp") dnp = true;
            }

            board.AddPart(new SamplePart(
                comp.ChildValue("ref"u8) ?? "", comp.ChildValue("value"u8) ?? "", comp.ChildValue("footprint"u8) ?? "",
                lib, part, libsource.ChildValue("description"u8) ?? "",
                pinsBySymbol.GetValueOrDefault((lib, part)) ?? [], dnp));
        }

        foreach (var net in root.Child("nets"u8).Children)
        {
            if (!net.HeadIs("net"u8)) continue;
            var name = net.ChildValue("name"u8) ?? "";
            foreach (var node in net.Children)
            {
                if (node.HeadIs("node"u8)) board.Connect(node.ChildValue("ref"u8) ?? "", node.ChildValue("pin"u8) ?? "", name);
            }
        }

        return board;
    }

    public static string Write(SampleBoard board, string sourceName)
    {
        var s = new StringBuilder();
        s.Append("(export (version \"E\")\n");
        s.Append("  (design\n");
        s.Append($"    (source \"{Esc(sourceName)}\")\n");
        s.Append("    (date \"2026-11-21T10:00:00+0000\")\n");
        s.Append("    (tool \"Eeschema 7.0.10\")\n");
        s.Append("    (sheet (number \"1\") (name \"/\") (tstamps \"/\")\n");
        s.Append("      (title_block\n");
        s.Append($"        (title \"{Esc(board.Title)}\")\n");
        s.Append("        (company \"DrcTool sample boards\")\n");
        s.Append("        (rev \"1\")\n");
        s.Append($"        (source \"{Esc(sourceName)}\"))))\n");
        s.Append("  (components");
        foreach (var part in board.Parts)
        {
            s.Append($"\n    (comp (ref \"{Esc(part.Reference)}\")\n");
            s.Append($"      (value \"{Esc(part.Value)}\")\n");
            s.Append($"      (footprint \"{Esc(part.Footprint)}\")\n");
            s.Append($"      (libsource (lib \"{Esc(part.Library)}\") (part \"{Esc(part.Symbol)}\") (description \"{Esc(part.Description)}\"))\n");
            if (part.DoNotPopulate) s.Append("      (property (name \"dnp\") (value \"\"))\n");
            s.Append("      (property (name \"Sheetname\") (value \"\"))\n");
            s.Append($"      (property (name \"Sheetfile\") (value \"{Esc(sourceName)}\"))\n");
            s.Append("      (sheetpath (names \"/\") (tstamps \"/\"))\n");
            s.Append($"      (tstamps \"{Uuid(part.Reference)}\"))");
        }

        s.Append(")\n  (libparts");
        foreach (var group in board.Parts.GroupBy(p => (p.Library, p.Symbol)).OrderBy(g => g.Key.Library, StringComparer.Ordinal).ThenBy(g => g.Key.Symbol, StringComparer.Ordinal))
        {
            var first = group.First();
            s.Append($"\n    (libpart (lib \"{Esc(first.Library)}\") (part \"{Esc(first.Symbol)}\")\n");
            s.Append($"      (description \"{Esc(first.Description)}\")\n");
            s.Append("      (pins");
            foreach (var pin in first.Pins)
            {
                s.Append($"\n        (pin (num \"{Esc(pin.Number)}\") (name \"{Esc(pin.Name)}\") (type \"{Esc(pin.Type)}\"))");
            }

            s.Append("))");
        }

        s.Append(")\n  (nets");
        var code = 1;
        foreach (var (name, nodes) in board.Nets)
        {
            s.Append($"\n    (net (code \"{code++}\") (name \"{Esc(name)}\")");
            foreach (var (reference, pin) in nodes)
            {
                var part = board.Part(reference);
                var samplePin = part.Pins.First(p => p.Number == pin);
                s.Append($"\n      (node (ref \"{Esc(reference)}\") (pin \"{Esc(pin)}\")");
                if (samplePin.Name.Length > 0 && samplePin.Name != "~") s.Append($" (pinfunction \"{Esc(samplePin.Name)}\")");
                s.Append($" (pintype \"{Esc(samplePin.Type)}\"))");
            }

            s.Append(')');
        }

        s.Append("))\n");
        return s.ToString();
    }

    private static string Esc(string text) => text.Replace("\\", "\\\\").Replace("\"", "\\\"");

    /// <summary>A stable, made-up timestamp per reference so regenerated files are byte-identical.</summary>
    private static string Uuid(string reference)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(reference));
        var hex = Convert.ToHexString(hash, 0, 16).ToLowerInvariant();
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }
}
