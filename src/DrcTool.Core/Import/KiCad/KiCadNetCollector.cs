using DrcTool.Core.Import.SExpressions;
using DrcTool.Core.Model;

namespace DrcTool.Core.Import.KiCad;

/// <summary>
/// Gathers (reference, pad) nodes by net name while a KiCad file is walked, and builds the design's nets:
/// in the order the nets were first declared or met, each net's nodes in natural order, no node twice.
/// </summary>
internal sealed class KiCadNetCollector
{
    private readonly Dictionary<string, Entry> _byName;
    private readonly List<Entry> _order;

    /// <param name="capacity">Nets expected, so a big board's tables are allocated once.</param>
    public KiCadNetCollector(int capacity = 0)
    {
        _byName = new Dictionary<string, Entry>(capacity, StringComparer.Ordinal);
        _order = new List<Entry>(capacity);
    }

    /// <summary>Records where a net is defined (a board's top-level declaration, a netlist's net list) before its nodes are met.</summary>
    public void Declare(string name, SourceLocation location)
    {
        if (name.Length == 0) return;
        var entry = GetOrAdd(name, location);
        if (!entry.Declared)
        {
            entry.Location = location;
            entry.Declared = true;
        }
    }

    /// <param name="where">Where the node is written; its location is worked out only when it is the net's first mention.</param>
    public void AddNode(string name, NetNode node, SExprNode where)
    {
        if (name.Length == 0) return;
        if (!_byName.TryGetValue(name, out var entry)) entry = GetOrAdd(name, where.Location);
        entry.Nodes.Add(node);
    }

    /// <summary>The nets that have at least one node; a declared net no pad is on is not a net of the design.</summary>
    public List<Net> Build()
    {
        var nets = new List<Net>(_order.Count);
        foreach (var entry in _order)
        {
            if (entry.Nodes.Count == 0) continue;
            var nodes = entry.Nodes;
            nodes.Sort();
            // A pad listed twice (two pads sharing a number on one net) is one node.
            var kept = 0;
            for (var i = 0; i < nodes.Count; i++)
            {
                if (kept > 0 && nodes[kept - 1].Equals(nodes[i])) continue;
                nodes[kept++] = nodes[i];
            }

            nodes.RemoveRange(kept, nodes.Count - kept);
            nodes.TrimExcess();
            nets.Add(new Net(entry.Name, nodes, entry.Location));
        }

        return nets;
    }

    private Entry GetOrAdd(string name, SourceLocation location)
    {
        if (!_byName.TryGetValue(name, out var entry))
        {
            entry = new Entry(name, location);
            _byName.Add(name, entry);
            _order.Add(entry);
        }

        return entry;
    }

    private sealed class Entry(string name, SourceLocation location)
    {
        public string Name { get; } = name;
        public SourceLocation Location { get; set; } = location;
        public bool Declared { get; set; }
        // Duplicates are removed once, when the net is built: cheaper than a set per net.
        public List<NetNode> Nodes { get; } = [];
    }
}
