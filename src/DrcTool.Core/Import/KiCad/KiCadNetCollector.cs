using DrcTool.Core.Model;

namespace DrcTool.Core.Import.KiCad;

/// <summary>
/// Gathers (reference, pad) nodes by net name while a KiCad file is walked, and builds the design's nets:
/// in the order the nets were first declared or met, each net's nodes in natural order, no node twice.
/// </summary>
internal sealed class KiCadNetCollector
{
    private readonly Dictionary<string, Entry> _byName = new(StringComparer.Ordinal);
    private readonly List<Entry> _order = [];

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

    public void AddNode(string name, NetNode node, SourceLocation location)
    {
        if (name.Length == 0) return;
        var entry = GetOrAdd(name, location);
        entry.Nodes.Add(node);
    }

    /// <summary>The nets that have at least one node; a declared net no pad is on is not a net of the design.</summary>
    public List<Net> Build()
    {
        var nets = new List<Net>(_order.Count);
        foreach (var entry in _order)
        {
            if (entry.Nodes.Count == 0) continue;
            var nodes = new List<NetNode>(entry.Nodes);
            nodes.Sort();
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
        public HashSet<NetNode> Nodes { get; } = [];
    }
}
