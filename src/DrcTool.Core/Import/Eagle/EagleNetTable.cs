using DrcTool.Core.Model;

namespace DrcTool.Core.Import.Eagle;

/// <summary>
/// Nets by name, with the pads on each. Names can be joined (a supply symbol joins its net to the supply's name),
/// so the table is a union-find over names; building it gives one <see cref="Net"/> per joined group.
/// </summary>
internal sealed class EagleNetTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];
    private readonly List<SourceLocation> _locations = [];
    private readonly List<int> _parent = [];
    private readonly List<List<NetNode>> _nodes = [];

    /// <summary>The id of the net of this name, created at <paramref name="location"/> when first seen.</summary>
    public int Get(string name, SourceLocation location)
    {
        if (_ids.TryGetValue(name, out var id))
        {
            return id;
        }

        id = _names.Count;
        _ids.Add(name, id);
        _names.Add(name);
        _locations.Add(location);
        _parent.Add(id);
        _nodes.Add([]);
        return id;
    }

    public void AddNode(int net, NetNode node) => _nodes[net].Add(node);

    /// <summary>Joins two nets into one (Eagle: a supply pin, or an implicit power pin, names the net it sits on).</summary>
    public void Join(int a, int b)
    {
        var rootA = Root(a);
        var rootB = Root(b);
        if (rootA == rootB)
        {
            return;
        }

        // The earlier net in the file stays the root, so the result does not depend on the order of joins.
        if (rootB < rootA)
        {
            (rootA, rootB) = (rootB, rootA);
        }

        _parent[rootB] = rootA;
    }

    /// <summary>The nets in order of first appearance, nodes sorted; nets with no pads (only supply symbols) are left out.</summary>
    public List<Net> Build(Func<IReadOnlyList<string>, string> chooseName)
    {
        var groups = new Dictionary<int, List<int>>();
        for (var id = 0; id < _names.Count; id++)
        {
            var root = Root(id);
            if (!groups.TryGetValue(root, out var members))
            {
                groups[root] = members = [];
            }

            members.Add(id);
        }

        var nets = new List<Net>();
        for (var id = 0; id < _names.Count; id++)
        {
            if (!groups.TryGetValue(id, out var members))
            {
                continue;
            }

            // A net of one name (nearly all of them) keeps its own list; joined ones are gathered into the first.
            var nodes = _nodes[id];
            foreach (var member in members)
            {
                if (member != id) nodes.AddRange(_nodes[member]);
            }

            if (nodes.Count == 0)
            {
                continue;
            }

            // Sorted, and each pad once: two pinrefs of one pin (or a pin on two segments) are one node.
            nodes.Sort();
            var kept = 0;
            for (var i = 0; i < nodes.Count; i++)
            {
                if (kept > 0 && nodes[kept - 1] == nodes[i]) continue;
                nodes[kept++] = nodes[i];
            }

            nodes.RemoveRange(kept, nodes.Count - kept);
            nodes.TrimExcess();
            var names = new string[members.Count];
            for (var m = 0; m < members.Count; m++)
            {
                names[m] = _names[members[m]];
            }

            nets.Add(new Net(chooseName(names), nodes, _locations[id]));
        }

        return nets;
    }

    private int Root(int id)
    {
        // Iterative, with path halving: no recursion however long a chain of joins gets.
        while (_parent[id] != id)
        {
            _parent[id] = _parent[_parent[id]];
            id = _parent[id];
        }

        return id;
    }
}
