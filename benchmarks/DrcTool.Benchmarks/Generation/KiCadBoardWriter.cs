using System.Text;
using static DrcTool.Benchmarks.Generation.SyntheticDesign;

namespace DrcTool.Benchmarks.Generation;

/// <summary>
/// Writes a <see cref="SyntheticDesign"/> as a KiCad 8 board: the net table, one footprint per part with its
/// properties, courtyard and silk graphics and pads, and a track segment per pad, so bytes per part resemble real boards.
/// </summary>
public static class KiCadBoardWriter
{
    public static string Write(SyntheticDesign design)
    {
        using var writer = new StringWriter();
        Write(design, writer);
        return writer.ToString();
    }

    public static void Write(SyntheticDesign design, TextWriter output)
    {
        var nets = design.NetNames();
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        var text = new StringBuilder(64 * 1024);
        text.Append("(kicad_pcb\n\t(version 20240108)\n\t(generator \"pcbnew\")\n\t(generator_version \"8.0\")\n");
        text.Append("\t(general\n\t\t(thickness 1.6)\n\t\t(legacy_teardrops no)\n\t)\n\t(paper \"A3\")\n");
        text.Append("\t(layers\n\t\t(0 \"F.Cu\" signal)\n\t\t(31 \"B.Cu\" signal)\n\t\t(37 \"F.SilkS\" user \"F.Silkscreen\")\n\t\t(44 \"Edge.Cuts\" user)\n\t)\n");
        text.Append("\t(net 0 \"\")\n");
        for (var i = 0; i < nets.Count; i++)
        {
            codes[nets[i]] = i + 1;
            text.Append("\t(net ").Append(i + 1).Append(" \"").Append(nets[i]).Append("\")\n");
        }

        var uuid = 0;
        foreach (var part in design.Parts)
        {
            output.Write(text);
            text.Clear();
            text.Append("\t(footprint \"").Append(part.Footprint).Append("\"\n\t\t(layer \"F.Cu\")\n");
            text.Append("\t\t(uuid \"").Append(Uuid(++uuid)).Append("\")\n");
            text.Append("\t\t(at ").Append(Mm(part.X)).Append(' ').Append(Mm(part.Y)).Append(")\n");
            Property(text, "Reference", part.Reference, "F.SilkS", -1.43, ++uuid);
            Property(text, "Value", part.Value, "F.Fab", 1.43, ++uuid);
            Property(text, "Footprint", part.Footprint, "F.Fab", 0, ++uuid);
            Property(text, "Datasheet", "~", "F.Fab", 0, ++uuid);
            text.Append("\t\t(path \"/").Append(Uuid(++uuid)).Append("\")\n\t\t(sheetname \"Root\")\n\t\t(sheetfile \"synthetic.kicad_sch\")\n\t\t(attr smd)\n");
            foreach (var (x1, y1, x2, y2) in (ReadOnlySpan<(double, double, double, double)>)[(-1.48, -0.73, 1.48, -0.73), (1.48, -0.73, 1.48, 0.73), (1.48, 0.73, -1.48, 0.73), (-1.48, 0.73, -1.48, -0.73)])
            {
                text.Append("\t\t(fp_line\n\t\t\t(start ").Append(Mm(x1)).Append(' ').Append(Mm(y1)).Append(")\n\t\t\t(end ").Append(Mm(x2)).Append(' ').Append(Mm(y2))
                    .Append(")\n\t\t\t(stroke\n\t\t\t\t(width 0.05)\n\t\t\t\t(type solid)\n\t\t\t)\n\t\t\t(layer \"F.CrtYd\")\n\t\t\t(uuid \"").Append(Uuid(++uuid)).Append("\")\n\t\t)\n");
            }

            for (var p = 0; p < part.PadNets.Length; p++)
            {
                var net = part.PadNets[p];
                text.Append("\t\t(pad \"").Append(p + 1).Append("\" smd roundrect\n\t\t\t(at ").Append(Mm(p * 0.8 - 0.8)).Append(" 0)\n\t\t\t(size 0.8 0.95)\n")
                    .Append("\t\t\t(layers \"F.Cu\" \"F.Paste\" \"F.Mask\")\n\t\t\t(roundrect_rratio 0.25)\n")
                    .Append("\t\t\t(net ").Append(codes[net]).Append(" \"").Append(net).Append("\")\n");
                if (part.PadNets.Length > 2) text.Append("\t\t\t(pinfunction \"P").Append(p + 1).Append("\")\n");
                text.Append("\t\t\t(pintype \"passive\")\n\t\t\t(uuid \"").Append(Uuid(++uuid)).Append("\")\n\t\t)\n");
            }

            text.Append("\t\t(model \"${KICAD8_3DMODEL_DIR}/").Append(part.Footprint.Replace(':', '/')).Append(".wrl\"\n\t\t\t(offset\n\t\t\t\t(xyz 0 0 0)\n\t\t\t)\n\t\t)\n\t)\n");
            for (var p = 0; p < part.PadNets.Length; p++)
            {
                text.Append("\t(segment\n\t\t(start ").Append(Mm(part.X + p)).Append(' ').Append(Mm(part.Y)).Append(")\n\t\t(end ").Append(Mm(part.X + p)).Append(' ').Append(Mm(part.Y + 2.54))
                    .Append(")\n\t\t(width 0.25)\n\t\t(layer \"F.Cu\")\n\t\t(net ").Append(codes[part.PadNets[p]]).Append(")\n\t\t(uuid \"").Append(Uuid(++uuid)).Append("\")\n\t)\n");
            }
        }

        text.Append(")\n");
        output.Write(text);
    }

    private static void Property(StringBuilder text, string key, string value, string layer, double y, int uuid)
    {
        text.Append("\t\t(property \"").Append(key).Append("\" \"").Append(value).Append("\"\n\t\t\t(at 0 ").Append(Mm(y)).Append(" 0)\n\t\t\t(layer \"").Append(layer)
            .Append("\")\n\t\t\t(uuid \"").Append(Uuid(uuid)).Append("\")\n\t\t\t(effects\n\t\t\t\t(font\n\t\t\t\t\t(size 1 1)\n\t\t\t\t\t(thickness 0.15)\n\t\t\t\t)\n\t\t\t)\n\t\t)\n");
    }

    internal static string Uuid(int n) => $"00000000-0000-4000-8000-{n:x12}";
}
