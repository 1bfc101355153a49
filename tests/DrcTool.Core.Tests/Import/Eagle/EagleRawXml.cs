using System.Xml;
using System.Xml.Linq;

namespace DrcTool.Core.Tests.Import.Eagle;

/// <summary>
/// Counts worked out straight from the raw XML with LINQ to XML, independently of the readers' code,
/// so the readers' part, net and pad counts are checked against a second implementation.
/// </summary>
internal static class EagleRawXml
{
    public static XDocument Load(string path)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        using var reader = XmlReader.Create(path, settings);
        return XDocument.Load(reader);
    }

    private static string A(XElement e, string name) => (string?)e.Attribute(name) ?? "";

    private static XElement? Device(XDocument doc, XElement part)
    {
        var library = doc.Descendants("libraries").Elements("library")
            .Where(l => A(l, "name") == A(part, "library"))
            .OrderByDescending(l => A(l, "urn") == A(part, "library_urn"))
            .FirstOrDefault();
        return library?.Descendants("deviceset").FirstOrDefault(d => A(d, "name") == A(part, "deviceset"))
            ?.Descendants("device").FirstOrDefault(d => A(d, "name") == A(part, "device"));
    }

    /// <summary>Schematic parts whose device has a package: the parts that are on the board.</summary>
    public static List<string> PackagedParts(XDocument doc) =>
        doc.Descendants("parts").Elements("part")
            .Where(p => A(Device(doc, p)!, "package").Length > 0)
            .Select(p => A(p, "name")).ToList();

    /// <summary>
    /// Net names (across sheets) whose pinrefs reach at least one pad, and the distinct (part, pad) pairs on nets.
    /// </summary>
    public static (SortedSet<string> Nets, HashSet<string> Nodes) SchematicConnectivity(XDocument doc)
    {
        var devices = doc.Descendants("parts").Elements("part").ToDictionary(p => A(p, "name"), p => Device(doc, p)!);
        var nets = new SortedSet<string>(StringComparer.Ordinal);
        var nodes = new HashSet<string>();
        foreach (var net in doc.Descendants("sheet").Elements("nets").Elements("net"))
        {
            foreach (var pinRef in net.Descendants("pinref"))
            {
                var device = devices[A(pinRef, "part")];
                var connect = device.Descendants("connect")
                    .FirstOrDefault(c => A(c, "gate") == A(pinRef, "gate") && A(c, "pin") == A(pinRef, "pin"));
                if (connect is null)
                {
                    continue;
                }

                nets.Add(A(net, "name"));
                foreach (var pad in A(connect, "pad").Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    nodes.Add(A(pinRef, "part") + "." + pad);
                }
            }
        }

        return (nets, nodes);
    }

    public static List<string> Elements(XDocument doc) =>
        doc.Descendants("elements").Elements("element").Select(e => A(e, "name")).ToList();

    public static (SortedSet<string> Nets, HashSet<string> Nodes) BoardConnectivity(XDocument doc)
    {
        var nets = new SortedSet<string>(StringComparer.Ordinal);
        var nodes = new HashSet<string>();
        foreach (var signal in doc.Descendants("signals").Elements("signal"))
        {
            foreach (var contact in signal.Elements("contactref"))
            {
                nets.Add(A(signal, "name"));
                nodes.Add(A(contact, "element") + "." + A(contact, "pad"));
            }
        }

        return (nets, nodes);
    }
}
