using System.Text;
using static DrcTool.Benchmarks.Generation.SyntheticDesign;

namespace DrcTool.Benchmarks.Generation;

/// <summary>
/// Writes a <see cref="SyntheticDesign"/> in KiCad 6's board syntax (fp_text, tstamp, width), which the KiCad 6.0
/// packaged on this machine can load: the board for comparing drctool with KiCad's own load time.
/// </summary>
public static class KiCad6BoardWriter
{
    public static void Write(SyntheticDesign design, TextWriter output)
    {
        var nets = design.NetNames();
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        var text = new StringBuilder(64 * 1024);
        text.Append("(kicad_pcb (version 20211014) (generator pcbnew)\n\n  (general\n    (thickness 1.6)\n  )\n\n  (paper \"A3\")\n  (layers\n")
            .Append("    (0 \"F.Cu\" signal)\n    (31 \"B.Cu\" signal)\n    (34 \"B.Paste\" user)\n    (35 \"F.Paste\" user)\n    (36 \"B.SilkS\" user \"B.Silkscreen\")\n")
            .Append("    (37 \"F.SilkS\" user \"F.Silkscreen\")\n    (38 \"B.Mask\" user)\n    (39 \"F.Mask\" user)\n    (44 \"Edge.Cuts\" user)\n    (46 \"B.CrtYd\" user \"B.Courtyard\")\n")
            .Append("    (47 \"F.CrtYd\" user \"F.Courtyard\")\n    (48 \"B.Fab\" user)\n    (49 \"F.Fab\" user)\n  )\n\n  (setup\n    (pad_to_mask_clearance 0)\n  )\n\n  (net 0 \"\")\n");
        for (var i = 0; i < nets.Count; i++)
        {
            codes[nets[i]] = i + 1;
            text.Append("  (net ").Append(i + 1).Append(" \"").Append(nets[i]).Append("\")\n");
        }

        var uuid = 0;
        foreach (var part in design.Parts)
        {
            output.Write(text);
            text.Clear();
            text.Append("\n  (footprint \"").Append(part.Footprint).Append("\" (layer \"F.Cu\")\n    (tedit 5F68FEEE) (tstamp ").Append(KiCadBoardWriter.Uuid(++uuid)).Append(")\n")
                .Append("    (at ").Append(Mm(part.X)).Append(' ').Append(Mm(part.Y)).Append(")\n    (property \"Sheetfile\" \"synthetic.kicad_sch\")\n    (property \"Sheetname\" \"\")\n")
                .Append("    (path \"/").Append(KiCadBoardWriter.Uuid(++uuid)).Append("\")\n    (attr smd)\n");
            FpText(text, "reference", part.Reference, -1.43, "F.SilkS", ++uuid);
            FpText(text, "value", part.Value, 1.43, "F.Fab", ++uuid);
            foreach (var (x1, y1, x2, y2) in (ReadOnlySpan<(double, double, double, double)>)[(-1.48, -0.73, 1.48, -0.73), (1.48, -0.73, 1.48, 0.73), (1.48, 0.73, -1.48, 0.73), (-1.48, 0.73, -1.48, -0.73)])
            {
                text.Append("    (fp_line (start ").Append(Mm(x1)).Append(' ').Append(Mm(y1)).Append(") (end ").Append(Mm(x2)).Append(' ').Append(Mm(y2))
                    .Append(") (layer \"F.CrtYd\") (width 0.05) (tstamp ").Append(KiCadBoardWriter.Uuid(++uuid)).Append("))\n");
            }

            for (var p = 0; p < part.PadNets.Length; p++)
            {
                var net = part.PadNets[p];
                text.Append("    (pad \"").Append(p + 1).Append("\" smd roundrect (at ").Append(Mm(p * 0.8 - 0.8)).Append(" 0) (size 0.8 0.95) (layers \"F.Cu\" \"F.Paste\" \"F.Mask\") (roundrect_rratio 0.25)\n")
                    .Append("      (net ").Append(codes[net]).Append(" \"").Append(net).Append("\")");
                if (part.PadNets.Length > 2) text.Append(" (pinfunction \"P").Append(p + 1).Append("\")");
                text.Append(" (pintype \"passive\") (tstamp ").Append(KiCadBoardWriter.Uuid(++uuid)).Append("))\n");
            }

            text.Append("  )\n");
        }

        foreach (var part in design.Parts)
        {
            for (var p = 0; p < part.PadNets.Length; p++)
            {
                text.Append("  (segment (start ").Append(Mm(part.X + p)).Append(' ').Append(Mm(part.Y)).Append(") (end ").Append(Mm(part.X + p)).Append(' ').Append(Mm(part.Y + 2.54))
                    .Append(") (width 0.25) (layer \"F.Cu\") (net ").Append(codes[part.PadNets[p]]).Append(") (tstamp ").Append(KiCadBoardWriter.Uuid(++uuid)).Append("))\n");
            }

            if (text.Length > 32 * 1024)
            {
                output.Write(text);
                text.Clear();
            }
        }

        text.Append("\n)\n");
        output.Write(text);
    }

    private static void FpText(StringBuilder text, string kind, string value, double y, string layer, int uuid) =>
        text.Append("    (fp_text ").Append(kind).Append(" \"").Append(value).Append("\" (at 0 ").Append(Mm(y)).Append(") (layer \"").Append(layer)
            .Append("\")\n      (effects (font (size 1 1) (thickness 0.15)))\n      (tstamp ").Append(KiCadBoardWriter.Uuid(uuid)).Append(")\n    )\n");
}
