using System.Globalization;
using System.Text;
using System.Xml;

namespace DrcTool.Core.Tests.SampleBoards;

/// <summary>
/// Writes a sample board as an Eagle 9 schematic: one library holding a symbol, package and deviceset per part type,
/// one sheet with an instance per part, and each net as a segment of pin references joined by wires.
/// </summary>
internal static class SampleEagleFile
{
    private const string Library = "drctool-samples";
    private const double PinPitch = 2.54;

    public static string Write(SampleBoard board)
    {
        var settings = new XmlWriterSettings { Indent = false, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        var s = new StringBuilder();
        using (var w = XmlWriter.Create(new StringWriterUtf8(s), settings))
        {
            w.WriteStartDocument();
            w.WriteDocType("eagle", null, "eagle.dtd", null);
            w.WriteWhitespace("\n");
            w.WriteStartElement("eagle");
            w.WriteAttributeString("version", "9.6.2");
            w.WriteWhitespace("\n");
            w.WriteStartElement("drawing");
            w.WriteWhitespace("\n");
            WriteLayers(w);
            w.WriteStartElement("schematic");
            w.WriteAttributeString("xreflabel", "%F%N/%S.%C%R");
            w.WriteAttributeString("xrefpart", "/%S.%C%R");
            w.WriteWhitespace("\n");
            w.WriteStartElement("description");
            w.WriteString(board.Title);
            w.WriteEndElement();
            w.WriteWhitespace("\n");
            var types = board.Parts.GroupBy(TypeName).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
            WriteLibrary(w, types);
            WriteParts(w, board);
            WriteSheet(w, board);
            w.WriteEndElement(); // schematic
            w.WriteWhitespace("\n");
            w.WriteEndElement(); // drawing
            w.WriteWhitespace("\n");
            w.WriteEndElement(); // eagle
            w.WriteWhitespace("\n");
        }

        return s.ToString();
    }

    /// <summary>Eagle names a deviceset once per library; parts of one KiCad symbol and footprint share one.</summary>
    private static string TypeName(SamplePart part) => Sanitize($"{part.Symbol}_{FootprintName(part)}");

    private static string FootprintName(SamplePart part)
    {
        var colon = part.Footprint.IndexOf(':');
        return Sanitize(colon >= 0 ? part.Footprint[(colon + 1)..] : part.Footprint.Length > 0 ? part.Footprint : "NOPACKAGE");
    }

    private static string Sanitize(string text)
    {
        var chars = text.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? char.ToUpperInvariant(c) : '_').ToArray();
        return new string(chars);
    }

    /// <summary>Eagle pin names are unique per symbol; repeated names get "@pad", as Eagle's own libraries do.</summary>
    private static IReadOnlyList<(SamplePin Pin, string EagleName)> EaglePins(SamplePart part)
    {
        var counts = part.Pins.GroupBy(p => PinName(p)).ToDictionary(g => g.Key, g => g.Count());
        return part.Pins.Select(p => (p, counts[PinName(p)] > 1 ? $"{PinName(p)}@{p.Number}" : PinName(p))).ToList();
    }

    private static string PinName(SamplePin pin) => pin.Name.Length == 0 || pin.Name == "~" ? pin.Number : pin.Name;

    private static string Direction(string kicadType) => kicadType switch
    {
        "input" => "in",
        "output" => "out",
        "bidirectional" => "io",
        "tri_state" => "hiz",
        "open_collector" or "open_emitter" => "oc",
        "power_in" or "power_out" => "pwr",
        "no_connect" => "nc",
        _ => "pas",
    };

    private static void WriteLayers(XmlWriter w)
    {
        w.WriteStartElement("layers");
        w.WriteWhitespace("\n");
        foreach (var (number, name) in new[] { (1, "Top"), (16, "Bottom"), (91, "Nets"), (94, "Symbols"), (95, "Names"), (96, "Values") })
        {
            w.WriteStartElement("layer");
            w.WriteAttributeString("number", number.ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("name", name);
            w.WriteAttributeString("color", "4");
            w.WriteAttributeString("fill", "1");
            w.WriteAttributeString("visible", "yes");
            w.WriteAttributeString("active", "yes");
            w.WriteEndElement();
            w.WriteWhitespace("\n");
        }

        w.WriteEndElement();
        w.WriteWhitespace("\n");
    }

    private static void WriteLibrary(XmlWriter w, List<IGrouping<string, SamplePart>> types)
    {
        w.WriteStartElement("libraries");
        w.WriteStartElement("library");
        w.WriteAttributeString("name", Library);
        w.WriteWhitespace("\n");
        w.WriteStartElement("packages");
        w.WriteWhitespace("\n");
        foreach (var type in types)
        {
            var part = type.First();
            w.WriteStartElement("package");
            w.WriteAttributeString("name", type.Key);
            w.WriteStartElement("description");
            w.WriteString(part.Footprint);
            w.WriteEndElement();
            var i = 0;
            foreach (var pin in part.Pins)
            {
                w.WriteStartElement("smd");
                w.WriteAttributeString("name", pin.Number);
                w.WriteAttributeString("x", F(i++ * 1.27));
                w.WriteAttributeString("y", "0");
                w.WriteAttributeString("dx", "0.8");
                w.WriteAttributeString("dy", "0.8");
                w.WriteAttributeString("layer", "1");
                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteWhitespace("\n");
        }

        w.WriteEndElement();
        w.WriteWhitespace("\n");
        w.WriteStartElement("symbols");
        w.WriteWhitespace("\n");
        foreach (var type in types)
        {
            w.WriteStartElement("symbol");
            w.WriteAttributeString("name", type.Key);
            var i = 0;
            foreach (var (pin, name) in EaglePins(type.First()))
            {
                w.WriteStartElement("pin");
                w.WriteAttributeString("name", name);
                w.WriteAttributeString("x", "-7.62");
                w.WriteAttributeString("y", F(-i++ * PinPitch));
                w.WriteAttributeString("length", "short");
                w.WriteAttributeString("direction", Direction(pin.Type));
                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteWhitespace("\n");
        }

        w.WriteEndElement();
        w.WriteWhitespace("\n");
        w.WriteStartElement("devicesets");
        w.WriteWhitespace("\n");
        foreach (var type in types)
        {
            var part = type.First();
            w.WriteStartElement("deviceset");
            w.WriteAttributeString("name", type.Key);
            w.WriteAttributeString("prefix", new string(part.Reference.TakeWhile(char.IsAsciiLetter).ToArray()));
            w.WriteAttributeString("uservalue", "yes");
            w.WriteStartElement("description");
            w.WriteString(part.Description);
            w.WriteEndElement();
            w.WriteStartElement("gates");
            w.WriteStartElement("gate");
            w.WriteAttributeString("name", "G$1");
            w.WriteAttributeString("symbol", type.Key);
            w.WriteAttributeString("x", "0");
            w.WriteAttributeString("y", "0");
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteStartElement("devices");
            w.WriteStartElement("device");
            w.WriteAttributeString("name", "");
            w.WriteAttributeString("package", type.Key);
            w.WriteStartElement("connects");
            foreach (var (pin, name) in EaglePins(part))
            {
                w.WriteStartElement("connect");
                w.WriteAttributeString("gate", "G$1");
                w.WriteAttributeString("pin", name);
                w.WriteAttributeString("pad", pin.Number);
                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteStartElement("technologies");
            w.WriteStartElement("technology");
            w.WriteAttributeString("name", "");
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement(); // device
            w.WriteEndElement(); // devices
            w.WriteEndElement(); // deviceset
            w.WriteWhitespace("\n");
        }

        w.WriteEndElement();
        w.WriteWhitespace("\n");
        w.WriteEndElement(); // library
        w.WriteEndElement(); // libraries
        w.WriteWhitespace("\n");
    }

    private static void WriteParts(XmlWriter w, SampleBoard board)
    {
        w.WriteStartElement("parts");
        w.WriteWhitespace("\n");
        foreach (var part in board.Parts)
        {
            w.WriteStartElement("part");
            w.WriteAttributeString("name", part.Reference);
            w.WriteAttributeString("library", Library);
            w.WriteAttributeString("deviceset", TypeName(part));
            w.WriteAttributeString("device", "");
            w.WriteAttributeString("value", part.Value);
            if (part.DoNotPopulate)
            {
                w.WriteStartElement("attribute");
                w.WriteAttributeString("name", "DNP");
                w.WriteAttributeString("value", "yes");
                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteWhitespace("\n");
        }

        w.WriteEndElement();
        w.WriteWhitespace("\n");
    }

    private static void WriteSheet(XmlWriter w, SampleBoard board)
    {
        w.WriteStartElement("sheets");
        w.WriteStartElement("sheet");
        w.WriteWhitespace("\n");
        w.WriteStartElement("instances");
        w.WriteWhitespace("\n");
        var origin = new Dictionary<string, (double X, double Y)>();
        var index = 0;
        foreach (var part in board.Parts)
        {
            var at = (X: 50.8 * (index % 8), Y: -101.6 * (index / 8));
            origin[part.Reference] = at;
            index++;
            w.WriteStartElement("instance");
            w.WriteAttributeString("part", part.Reference);
            w.WriteAttributeString("gate", "G$1");
            w.WriteAttributeString("x", F(at.X));
            w.WriteAttributeString("y", F(at.Y));
            w.WriteEndElement();
            w.WriteWhitespace("\n");
        }

        w.WriteEndElement();
        w.WriteWhitespace("\n");
        w.WriteStartElement("nets");
        w.WriteWhitespace("\n");
        foreach (var (name, nodes) in board.Nets)
        {
            w.WriteStartElement("net");
            w.WriteAttributeString("name", name);
            w.WriteAttributeString("class", "0");
            w.WriteStartElement("segment");
            (double X, double Y)? previous = null;
            foreach (var (reference, pad) in nodes)
            {
                var part = board.Part(reference);
                var pins = EaglePins(part);
                var position = pins.ToList().FindIndex(p => p.Pin.Number == pad);
                w.WriteStartElement("pinref");
                w.WriteAttributeString("part", reference);
                w.WriteAttributeString("gate", "G$1");
                w.WriteAttributeString("pin", pins[position].EagleName);
                w.WriteEndElement();
                var end = (X: origin[reference].X - 7.62, Y: origin[reference].Y - position * PinPitch);
                if (previous is { } start)
                {
                    w.WriteStartElement("wire");
                    w.WriteAttributeString("x1", F(start.X));
                    w.WriteAttributeString("y1", F(start.Y));
                    w.WriteAttributeString("x2", F(end.X));
                    w.WriteAttributeString("y2", F(end.Y));
                    w.WriteAttributeString("width", "0.1524");
                    w.WriteAttributeString("layer", "91");
                    w.WriteEndElement();
                }

                previous = end;
            }

            w.WriteEndElement(); // segment
            w.WriteEndElement(); // net
            w.WriteWhitespace("\n");
        }

        w.WriteEndElement(); // nets
        w.WriteWhitespace("\n");
        w.WriteEndElement(); // sheet
        w.WriteEndElement(); // sheets
        w.WriteWhitespace("\n");
    }

    private static string F(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private sealed class StringWriterUtf8(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
