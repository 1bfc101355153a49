namespace DrcTool.Cli.Tests.KiCadOracle;

/// <summary>
/// How DrcTool's netlist differs from KiCad's: nets whose nodes differ (connectivity) and nets with the same nodes under
/// another name. Every KiCad net is looked up by its nodes, and every DrcTool net KiCad has no counterpart of is a
/// connectivity difference too. The first difference, in KiCad's net order, is what a failing test prints.
/// </summary>
internal sealed class NetlistDifference
{
    public List<string> Connectivity { get; } = [];
    public List<string> Names { get; } = [];
    public int KiCadNets { get; private set; }

    public bool None => Connectivity.Count == 0 && Names.Count == 0;

    /// <param name="pinNamesAsKiCad6">
    /// For KiCad 6 files: a net only pins name is compared by connectivity, not by name. KiCad 9 names it after the pin
    /// ("Net-(D2-K)"), KiCad 6 after the pad ("Net-(D2-Pad1)"); DrcTool keeps the name the file's own KiCad gave, the
    /// one on its board (SchematicMatchesBoardTests checks those names against the demos' boards).
    /// </param>
    public static NetlistDifference Compare(OracleNetlist kicad, OracleNetlist ours, bool pinNamesAsKiCad6 = false)
    {
        var result = new NetlistDifference { KiCadNets = kicad.Nets.Count };
        var ourNetOf = new Dictionary<(string, string), OracleNet>();
        foreach (var net in ours.Nets)
        {
            foreach (var node in net.Nodes) ourNetOf.TryAdd(node, net);
        }

        var matched = new HashSet<OracleNet>(ReferenceEqualityComparer.Instance);
        foreach (var net in kicad.Nets)
        {
            var touched = net.Nodes.Select(n => ourNetOf.GetValueOrDefault(n)).Distinct().ToList();
            if (touched is [{ } only] && only.Nodes.SequenceEqual(net.Nodes))
            {
                matched.Add(only);
                var pinNamed = only.Name.StartsWith("Net-(", StringComparison.Ordinal) || only.Name.StartsWith("unconnected-(", StringComparison.Ordinal);
                if (only.Name != net.Name && !(pinNamesAsKiCad6 && pinNamed)) result.Names.Add($"KiCad names {net} \"{net.Name}\", DrcTool \"{only.Name}\"");
                continue;
            }

            var described = touched.Select(t => t is null ? "(pins on no net)" : t.ToString());
            result.Connectivity.Add($"KiCad net {net}; DrcTool has {string.Join("; ", described)}");
        }

        var kicadNodes = kicad.Nets.SelectMany(n => n.Nodes).ToHashSet();
        foreach (var net in ours.Nets)
        {
            if (matched.Contains(net) || net.Nodes.Any(kicadNodes.Contains)) continue;
            result.Connectivity.Add($"DrcTool net {net} has no KiCad net (KiCad leaves these pins unconnected)");
        }

        return result;
    }

    public string Summary =>
        $"{Connectivity.Count} of {KiCadNets} KiCad nets connect differently, {Names.Count} are named differently"
        + (Connectivity.Count > 0 ? $"; first: {Connectivity[0]}" : string.Empty)
        + (Names.Count > 0 ? $"; first name: {Names[0]}" : string.Empty);
}
