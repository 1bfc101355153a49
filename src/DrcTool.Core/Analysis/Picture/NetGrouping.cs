using DrcTool.Core.Model;

namespace DrcTool.Core.Analysis.Picture;

/// <summary>Builds the design's nodes: unions nets across pass-through parts, deterministic in numbering and names.</summary>
internal sealed class NetGrouping
{
    private readonly Dictionary<Net, NetGroup> _groupOfNet = new(ReferenceEqualityComparer.Instance);

    public NetGrouping(Design design, IReadOnlyList<JoinedBy> joins)
    {
        var nets = design.Nets.OrderBy(n => n.Name, NaturalComparer.Instance).ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < nets.Count; i++)
        {
            index.TryAdd(nets[i].Name, i);
        }

        var parent = Enumerable.Range(0, nets.Count).ToArray();
        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }

            return x;
        }

        foreach (var join in joins)
        {
            if (index.TryGetValue(join.NetA, out var a) && index.TryGetValue(join.NetB, out var b))
            {
                var ra = Find(a);
                var rb = Find(b);
                if (ra != rb)
                {
                    parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
                }
            }
        }

        var members = new SortedDictionary<int, List<Net>>();
        for (var i = 0; i < nets.Count; i++)
        {
            var root = Find(i);
            if (!members.TryGetValue(root, out var list))
            {
                members[root] = list = [];
            }

            list.Add(nets[i]);
        }

        // Each join belongs to the group of its first net; indexing them by root keeps this linear on huge boards.
        var joinsByRoot = new Dictionary<int, List<JoinedBy>>();
        foreach (var join in joins)
        {
            if (index.TryGetValue(join.NetA, out var a) && index.TryGetValue(join.NetB, out _))
            {
                var root = Find(a);
                if (!joinsByRoot.TryGetValue(root, out var list))
                {
                    joinsByRoot[root] = list = [];
                }

                list.Add(join);
            }
        }

        var groups = new List<NetGroup>();
        foreach (var (root, list) in members)
        {
            var joiners = joinsByRoot.TryGetValue(root, out var found)
                ? found.OrderBy(j => j.Part.Reference, NaturalComparer.Instance).ToList()
                : [];
            groups.Add(new NetGroup(0, BestName(list), list, joiners));
        }

        Groups = groups
            .OrderBy(g => g.Name, NaturalComparer.Instance)
            .Select((g, i) => new NetGroup(i, g.Name, g.Nets, g.Joiners))
            .ToList();
        foreach (var group in Groups)
        {
            foreach (var net in group.Nets)
            {
                _groupOfNet[net] = group;
            }
        }
    }

    public IReadOnlyList<NetGroup> Groups { get; }

    public NetGroup? Of(Net net) => _groupOfNet.GetValueOrDefault(net);

    /// <summary>True for names a CAD tool makes up for unnamed nets: "N$3", "Net-(R1-Pad2)", "unconnected-(U1-NC)".</summary>
    public static bool IsAutoName(string name) =>
        name.StartsWith("N$", StringComparison.Ordinal)
        || name.StartsWith("Net-(", StringComparison.Ordinal)
        || name.StartsWith("unconnected-(", StringComparison.Ordinal)
        || name.Contains("/Net-(", StringComparison.Ordinal)
        || name.Length == 0;

    private static string BestName(List<Net> nets)
    {
        // A name that states a voltage names the node best ("3V3" over "3V3-REG" is not decidable, so natural order).
        var named = nets.Where(n => !IsAutoName(n.Name)).ToList();
        var stating = named.Where(n => Values.RailNameGrammar.StatesVoltage(n.Name)).ToList();
        var pick = stating.Count > 0 ? stating : named.Count > 0 ? named : nets;
        return pick.Select(n => n.Name).OrderBy(n => n.Length).ThenBy(n => n, NaturalComparer.Instance).First();
    }
}
