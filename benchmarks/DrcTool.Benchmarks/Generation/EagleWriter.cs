using System.Text;
using static DrcTool.Benchmarks.Generation.SyntheticDesign;

namespace DrcTool.Benchmarks.Generation;

/// <summary>
/// Writes a <see cref="SyntheticDesign"/> as an Eagle 9 schematic (one sheet; nets as segments of pinrefs) or board
/// (elements; signals as contactrefs with a wire each), with one library holding the three part kinds.
/// </summary>
public static class EagleWriter
{
    public static void WriteSchematic(SyntheticDesign design, TextWriter output)
    {
        var text = new StringBuilder(64 * 1024);
        Head(text);
        text.Append("<schematic xreflabel=\"%F%N/%S.%C%R\" xrefpart=\"/%S.%C%R\">\n");
        Library(text, withSymbols: true);
        text.Append("<parts>\n");
        foreach (var part in design.Parts)
        {
            text.Append("<part name=\"").Append(part.Reference).Append("\" library=\"synthetic\" deviceset=\"").Append(DeviceSet(part))
                .Append("\" device=\"\" value=\"").Append(part.Value).Append("\"/>\n");
            Flush(text, output);
        }

        text.Append("</parts>\n<sheets>\n<sheet>\n<plain>\n</plain>\n<instances>\n");
        foreach (var part in design.Parts)
        {
            text.Append("<instance part=\"").Append(part.Reference).Append("\" gate=\"G$1\" x=\"").Append(Mm(part.X)).Append("\" y=\"").Append(Mm(part.Y)).Append("\"/>\n");
            Flush(text, output);
        }

        text.Append("</instances>\n<busses>\n</busses>\n<nets>\n");
        foreach (var (net, nodes) in NodesByNet(design))
        {
            text.Append("<net name=\"").Append(net).Append("\" class=\"0\">\n<segment>\n");
            foreach (var (part, pin) in nodes)
            {
                text.Append("<pinref part=\"").Append(part.Reference).Append("\" gate=\"G$1\" pin=\"P").Append(pin).Append("\"/>\n");
                text.Append("<wire x1=\"").Append(Mm(part.X)).Append("\" y1=\"").Append(Mm(part.Y)).Append("\" x2=\"").Append(Mm(part.X + 2.54))
                    .Append("\" y2=\"").Append(Mm(part.Y)).Append("\" width=\"0.1524\" layer=\"91\"/>\n");
            }

            text.Append("</segment>\n</net>\n");
            Flush(text, output);
        }

        text.Append("</nets>\n</sheet>\n</sheets>\n</schematic>\n</drawing>\n</eagle>\n");
        output.Write(text);
    }

    public static void WriteBoard(SyntheticDesign design, TextWriter output)
    {
        var text = new StringBuilder(64 * 1024);
        Head(text);
        text.Append("<board>\n<plain>\n<wire x1=\"0\" y1=\"0\" x2=\"500\" y2=\"0\" width=\"0\" layer=\"20\"/>\n</plain>\n");
        Library(text, withSymbols: false);
        text.Append("<designrules name=\"default\">\n</designrules>\n<classes>\n<class number=\"0\" name=\"default\" width=\"0\" drill=\"0\">\n</class>\n</classes>\n<elements>\n");
        foreach (var part in design.Parts)
        {
            text.Append("<element name=\"").Append(part.Reference).Append("\" library=\"synthetic\" package=\"").Append(Package(part)).Append("\" value=\"").Append(part.Value)
                .Append("\" x=\"").Append(Mm(part.X)).Append("\" y=\"").Append(Mm(part.Y)).Append("\">\n<attribute name=\"MPN\" value=\"").Append(part.Symbol)
                .Append("\" x=\"").Append(Mm(part.X)).Append("\" y=\"").Append(Mm(part.Y)).Append("\" size=\"1.778\" layer=\"27\" display=\"off\"/>\n</element>\n");
            Flush(text, output);
        }

        text.Append("</elements>\n<signals>\n");
        foreach (var (net, nodes) in NodesByNet(design))
        {
            text.Append("<signal name=\"").Append(net).Append("\">\n");
            foreach (var (part, pin) in nodes)
            {
                text.Append("<contactref element=\"").Append(part.Reference).Append("\" pad=\"").Append(pin).Append("\"/>\n");
            }

            foreach (var (part, _) in nodes.Take(8))
            {
                text.Append("<wire x1=\"").Append(Mm(part.X)).Append("\" y1=\"").Append(Mm(part.Y)).Append("\" x2=\"").Append(Mm(part.X + 1.27))
                    .Append("\" y2=\"").Append(Mm(part.Y)).Append("\" width=\"0.254\" layer=\"1\"/>\n");
            }

            text.Append("</signal>\n");
            Flush(text, output);
        }

        text.Append("</signals>\n</board>\n</drawing>\n</eagle>\n");
        output.Write(text);
    }

    private static IEnumerable<(string Net, List<(SyntheticPart Part, int Pin)> Nodes)> NodesByNet(SyntheticDesign design)
    {
        var nodes = new Dictionary<string, List<(SyntheticPart, int)>>(StringComparer.Ordinal);
        foreach (var part in design.Parts)
        {
            for (var p = 0; p < part.PadNets.Length; p++)
            {
                if (!nodes.TryGetValue(part.PadNets[p], out var list)) nodes[part.PadNets[p]] = list = [];
                list.Add((part, p + 1));
            }
        }

        foreach (var net in design.NetNames()) yield return (net, nodes[net]);
    }

    private static string DeviceSet(SyntheticPart part) => part.PadNets.Length > 2 ? "IC16" : part.Symbol;

    private static string Package(SyntheticPart part) => part.PadNets.Length > 2 ? "SOIC16" : "0603";

    private static void Head(StringBuilder text) =>
        text.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE eagle SYSTEM \"eagle.dtd\">\n<eagle version=\"9.6.2\">\n<drawing>\n<settings>\n<setting alwaysvectorfont=\"no\"/>\n</settings>\n")
            .Append("<grid distance=\"0.1\" unitdist=\"inch\" unit=\"inch\" style=\"lines\" multiple=\"1\" display=\"no\" altdistance=\"0.01\" altunitdist=\"inch\" altunit=\"inch\"/>\n")
            .Append("<layers>\n<layer number=\"1\" name=\"Top\" color=\"4\" fill=\"1\" visible=\"yes\" active=\"yes\"/>\n<layer number=\"91\" name=\"Nets\" color=\"2\" fill=\"1\" visible=\"yes\" active=\"yes\"/>\n</layers>\n");

    private static void Library(StringBuilder text, bool withSymbols)
    {
        text.Append("<libraries>\n<library name=\"synthetic\">\n<packages>\n");
        Package(text, "0603", 2);
        Package(text, "SOIC16", IcPins);
        text.Append("</packages>\n");
        if (withSymbols)
        {
            text.Append("<symbols>\n");
            Symbol(text, "TWO", 2);
            Symbol(text, "SIXTEEN", IcPins);
            text.Append("</symbols>\n<devicesets>\n");
            DeviceSetXml(text, "R", "R", "TWO", "0603", 2);
            DeviceSetXml(text, "C", "C", "TWO", "0603", 2);
            DeviceSetXml(text, "IC16", "U", "SIXTEEN", "SOIC16", IcPins);
            text.Append("</devicesets>\n");
        }

        text.Append("</library>\n</libraries>\n");
    }

    private static void Package(StringBuilder text, string name, int pads)
    {
        text.Append("<package name=\"").Append(name).Append("\">\n");
        for (var p = 1; p <= pads; p++)
        {
            text.Append("<smd name=\"").Append(p).Append("\" x=\"").Append(Mm(p * 1.27)).Append("\" y=\"0\" dx=\"0.6\" dy=\"1.5\" layer=\"1\"/>\n");
        }

        text.Append("</package>\n");
    }

    private static void Symbol(StringBuilder text, string name, int pins)
    {
        text.Append("<symbol name=\"").Append(name).Append("\">\n");
        for (var p = 1; p <= pins; p++)
        {
            text.Append("<pin name=\"P").Append(p).Append("\" x=\"-7.62\" y=\"").Append(Mm(-p * 2.54)).Append("\" length=\"short\" direction=\"pas\"/>\n");
        }

        text.Append("</symbol>\n");
    }

    private static void DeviceSetXml(StringBuilder text, string name, string prefix, string symbol, string package, int pins)
    {
        text.Append("<deviceset name=\"").Append(name).Append("\" prefix=\"").Append(prefix).Append("\" uservalue=\"yes\">\n<gates>\n<gate name=\"G$1\" symbol=\"")
            .Append(symbol).Append("\" x=\"0\" y=\"0\"/>\n</gates>\n<devices>\n<device name=\"\" package=\"").Append(package).Append("\">\n<connects>\n");
        for (var p = 1; p <= pins; p++)
        {
            text.Append("<connect gate=\"G$1\" pin=\"P").Append(p).Append("\" pad=\"").Append(p).Append("\"/>\n");
        }

        text.Append("</connects>\n<technologies>\n<technology name=\"\"/>\n</technologies>\n</device>\n</devices>\n</deviceset>\n");
    }

    private static void Flush(StringBuilder text, TextWriter output)
    {
        if (text.Length < 32 * 1024) return;
        output.Write(text);
        text.Clear();
    }
}
