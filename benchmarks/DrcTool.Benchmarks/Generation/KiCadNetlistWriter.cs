using System.Text;

namespace DrcTool.Benchmarks.Generation;

/// <summary>Writes a <see cref="SyntheticDesign"/> as KiCad's netlist export, version E.</summary>
public static class KiCadNetlistWriter
{
    public static string Write(SyntheticDesign design)
    {
        using var writer = new StringWriter();
        Write(design, writer);
        return writer.ToString();
    }

    public static void Write(SyntheticDesign design, TextWriter output)
    {
        var text = new StringBuilder(64 * 1024);
        text.Append("(export (version \"E\")\n  (design\n    (source \"synthetic.kicad_sch\")\n    (date \"2026-01-01T00:00:00+0000\")\n    (tool \"Eeschema 8.0.0\"))\n  (components");
        var n = 0;
        foreach (var part in design.Parts)
        {
            Flush(text, output);
            text.Append("\n    (comp (ref \"").Append(part.Reference).Append("\")\n      (value \"").Append(part.Value).Append("\")\n      (footprint \"").Append(part.Footprint)
                .Append("\")\n      (datasheet \"~\")\n      (fields\n        (field (name \"Footprint\") \"").Append(part.Footprint).Append("\")\n        (field (name \"Datasheet\") \"~\"))\n      (libsource (lib \"")
                .Append(part.Library).Append("\") (part \"").Append(part.Symbol).Append("\") (description \"synthetic part\"))\n      (property (name \"Sheetname\") (value \"Root\"))\n      (property (name \"Sheetfile\") (value \"synthetic.kicad_sch\"))\n      (sheetpath (names \"/\") (tstamps \"/\"))\n      (tstamps \"")
                .Append(KiCadBoardWriter.Uuid(++n)).Append("\"))");
        }

        text.Append(")\n  (libparts");
        var written = new HashSet<(string, string)>();
        foreach (var part in design.Parts)
        {
            if (!written.Add((part.Library, part.Symbol))) continue;
            text.Append("\n    (libpart (lib \"").Append(part.Library).Append("\") (part \"").Append(part.Symbol).Append("\")\n      (pins");
            for (var p = 1; p <= part.PadNets.Length; p++)
            {
                text.Append("\n        (pin (num \"").Append(p).Append("\") (name \"").Append(part.PadNets.Length > 2 ? $"P{p}" : "~").Append("\") (type \"passive\"))");
            }

            text.Append("))");
        }

        text.Append(")\n  (nets");
        var nodes = new Dictionary<string, List<(string Ref, int Pin)>>(StringComparer.Ordinal);
        var order = design.NetNames();
        foreach (var part in design.Parts)
        {
            for (var p = 0; p < part.PadNets.Length; p++)
            {
                if (!nodes.TryGetValue(part.PadNets[p], out var list)) nodes[part.PadNets[p]] = list = [];
                list.Add((part.Reference, p + 1));
            }
        }

        for (var i = 0; i < order.Count; i++)
        {
            Flush(text, output);
            text.Append("\n    (net (code \"").Append(i + 1).Append("\") (name \"").Append(order[i]).Append("\") (class \"Default\")");
            foreach (var (reference, pin) in nodes[order[i]])
            {
                text.Append("\n      (node (ref \"").Append(reference).Append("\") (pin \"").Append(pin).Append("\") (pintype \"passive\"))");
            }

            text.Append(')');
        }

        text.Append("))\n");
        output.Write(text);
    }

    private static void Flush(StringBuilder text, TextWriter output)
    {
        if (text.Length < 32 * 1024) return;
        output.Write(text);
        text.Clear();
    }
}
