using DrcTool.Core.Model;

namespace DrcTool.Core.Import.KiCad.Schematic;

/// <summary>Turns the joined connectivity nodes into named nets of pads, deterministically ordered.</summary>
internal static class NetAssembler
{
    /// <param name="noConnectNodes">Nodes a no-connect flag sits on: pins name such a net "unconnected-(…)".</param>
    public static List<Net> Assemble(UnionFind nodes, IReadOnlyList<(int Node, NetDriver Driver)> drivers, IReadOnlyDictionary<NetNode, int> pins,
        IEnumerable<int> noConnectNodes, SourceLocation fallback)
    {
        var flagged = noConnectNodes.Select(nodes.Find).ToHashSet();
        var best = new Dictionary<int, NetDriver>();
        foreach (var (node, candidate) in drivers)
        {
            var root = nodes.Find(node);
            var driver = flagged.Contains(root) ? candidate.OnNoConnectNet() : candidate;
            if (!best.TryGetValue(root, out var current) || driver.IsBetterThan(current)) best[root] = driver;
        }

        var padsByRoot = new Dictionary<int, List<NetNode>>();
        foreach (var (pad, node) in pins)
        {
            var root = nodes.Find(node);
            if (!padsByRoot.TryGetValue(root, out var list))
            {
                list = [];
                padsByRoot[root] = list;
            }

            list.Add(pad);
        }

        var nets = new List<Net>();
        foreach (var (root, pads) in padsByRoot)
        {
            var hasDriver = best.TryGetValue(root, out var driver);
            // A lone pad with no name given by the user is an unconnected pin, not a net.
            if (pads.Count < 2 && (!hasDriver || driver.Priority == DriverPriority.Pin)) continue;
            pads.Sort();
            nets.Add(new Net(hasDriver ? driver.Name : $"Net-({pads[0].Reference}-Pad{pads[0].Pin})", pads, hasDriver ? driver.Location : fallback));
        }

        nets.Sort(ByNameThenFirstPad);
        return MakeNamesUnique(nets);
    }

    private static int ByNameThenFirstPad(Net a, Net b)
    {
        var byName = NaturalComparer.Instance.Compare(a.Name, b.Name);
        return byName != 0 ? byName : a.Nodes[0].CompareTo(b.Nodes[0]);
    }

    /// <summary>
    /// Two separate nets can earn the same name from weak drivers (two sheets' pins both called "SDA" on unconnected
    /// wires). KiCad then suffixes the later ones ("/SDA_1"), and so does this, so a name always means one net.
    /// </summary>
    private static List<Net> MakeNamesUnique(List<Net> nets)
    {
        var taken = new HashSet<string>(nets.Select(n => n.Name), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var renamed = false;
        for (var i = 0; i < nets.Count; i++)
        {
            var name = nets[i].Name;
            if (seen.Add(name)) continue;
            var suffix = 1;
            while (!taken.Add($"{name}_{suffix}")) suffix++;
            nets[i] = new Net($"{name}_{suffix}", nets[i].Nodes, nets[i].Location);
            renamed = true;
        }

        if (renamed) nets.Sort(ByNameThenFirstPad);
        return nets;
    }
}
