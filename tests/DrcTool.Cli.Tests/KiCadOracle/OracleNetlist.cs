using System.Text.Json;
using DrcTool.Core.Import.SExpressions;

namespace DrcTool.Cli.Tests.KiCadOracle;

/// <summary>One net as either side writes it: its name and its (ref, pin) nodes, sorted.</summary>
internal sealed record OracleNet(string Name, IReadOnlyList<(string Ref, string Pin)> Nodes)
{
    public override string ToString() => $"{Name} = [{string.Join(' ', Nodes.Select(n => $"{n.Ref}.{n.Pin}"))}]";
}

/// <summary>A netlist reduced to what the differential tests compare: nets of (ref, pin) nodes under their names.</summary>
internal sealed class OracleNetlist
{
    private OracleNetlist(List<OracleNet> nets) => Nets = nets;

    /// <summary>In the order the source lists them (KiCad: by net code).</summary>
    public IReadOnlyList<OracleNet> Nets { get; }

    /// <summary>
    /// KiCad's own netlist (<c>.net</c>, <c>--format kicadsexpr</c>), read with a few lines of S-expression walking.
    /// KiCad writes every pin as a net; a pin alone on a net KiCad named after the pin itself ("unconnected-(R1-Pad1)",
    /// "Net-(R1-Pad1)") is an unconnected pin, which DrcTool leaves out, so it is dropped here. A lone pin on a net
    /// someone named stays.
    /// </summary>
    public static OracleNetlist FromKiCadNet(string path)
    {
        var document = SExprDocument.Parse(path, File.ReadAllBytes(path));
        var nets = new List<OracleNet>();
        foreach (var net in document.Root.First.Child("nets"u8).Children)
        {
            if (!net.HeadIs("net"u8)) continue;
            var name = net.Child("name"u8).AtomAt(1) ?? string.Empty;
            var nodes = new List<(string, string)>();
            foreach (var node in net.Children)
            {
                if (node.HeadIs("node"u8)) nodes.Add((node.Child("ref"u8).AtomAt(1) ?? "", node.Child("pin"u8).AtomAt(1) ?? ""));
            }

            nodes = nodes.Distinct().Order().ToList();
            if (nodes.Count == 1 && IsPinName(name)) continue;
            if (nodes.Count > 0) nets.Add(new OracleNet(name, nodes));
        }

        return new OracleNetlist(nets);
    }

    /// <summary>The pad nets pcbnew read from a board (pad_nets.py): {"net": [["R1", "2"], ...]}.</summary>
    public static OracleNetlist FromPcbnewJson(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var nets = new List<OracleNet>();
        foreach (var net in document.RootElement.EnumerateObject())
        {
            var nodes = net.Value.EnumerateArray().Select(n => (n[0].GetString() ?? "", n[1].GetString() ?? "")).Distinct().Order().ToList();
            if (nodes.Count == 1 && IsPinName(net.Name)) continue;
            nets.Add(new OracleNet(net.Name, nodes));
        }

        return new OracleNetlist(nets);
    }

    /// <summary>The nets of <c>drctool netlist --format json</c>.</summary>
    /// <param name="sharedReferences">
    /// For boards: DrcTool keeps two footprints that share a reference apart as "STITCH1" and "STITCH1#2"
    /// (UniqueReferences); pcbnew reports both as "STITCH1", so the suffix is taken off to compare.
    /// </param>
    public static OracleNetlist FromDrcToolJson(JsonElement root, bool sharedReferences = false)
    {
        var nets = new List<OracleNet>();
        foreach (var net in root.GetProperty("nets").EnumerateArray())
        {
            var nodes = net.GetProperty("nodes").EnumerateArray()
                .Select(n => (Reference(n.GetProperty("ref").GetString() ?? "", sharedReferences), n.GetProperty("pin").GetString() ?? "")).Distinct().Order().ToList();
            var name = net.GetProperty("name").GetString() ?? string.Empty;
            // The same rule as KiCad's side: a board keeps its lone unconnected pads as nets, a schematic does not.
            if (nodes.Count == 1 && IsPinName(name)) continue;
            nets.Add(new OracleNet(name, nodes));
        }

        return new OracleNetlist(nets);
    }

    private static string Reference(string reference, bool shared)
    {
        var hash = reference.LastIndexOf('#');
        return shared && hash > 0 && hash < reference.Length - 1 && reference[(hash + 1)..].All(char.IsAsciiDigit) ? reference[..hash] : reference;
    }

    /// <summary>A net named after one of its own pins: KiCad's name for a net no label or power symbol names.</summary>
    private static bool IsPinName(string name) =>
        name.StartsWith("unconnected-(", StringComparison.Ordinal) || name.StartsWith("Net-(", StringComparison.Ordinal);
}
