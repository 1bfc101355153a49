namespace DrcTool.Core.Model;

/// <summary>
/// A board as one trustworthy picture: its parts, their pads, and the nets between them.
/// Every reader produces this; everything after import works only on it.
/// </summary>
public sealed class Design
{
    private readonly Dictionary<string, Component> _byReference;
    private readonly Dictionary<NetNode, Net> _netByNode;
    private readonly Dictionary<string, Net> _netByName;

    public Design(string sourceFile, DesignFormat format, IReadOnlyList<Component> components, IReadOnlyList<Net> nets)
    {
        SourceFile = sourceFile;
        Format = format;
        Components = components;
        Nets = nets;
        // Sized up front: on a 100k-part board the growth steps would leave tens of MB of large-object garbage.
        _byReference = new Dictionary<string, Component>(components.Count, StringComparer.Ordinal);
        foreach (var component in components)
        {
            _byReference.TryAdd(component.Reference, component);
        }

        var nodeCount = 0;
        foreach (var net in nets)
        {
            nodeCount += net.Nodes.Count;
        }

        _netByNode = new Dictionary<NetNode, Net>(nodeCount);
        _netByName = new Dictionary<string, Net>(nets.Count, StringComparer.Ordinal);
        foreach (var net in nets)
        {
            _netByName.TryAdd(net.Name, net);
            foreach (var node in net.Nodes)
            {
                _netByNode.TryAdd(node, net);
            }
        }
    }

    public string SourceFile { get; }
    public DesignFormat Format { get; }
    public IReadOnlyList<Component> Components { get; }
    public IReadOnlyList<Net> Nets { get; }

    public Component? FindComponent(string reference) =>
        _byReference.TryGetValue(reference, out var component) ? component : null;

    /// <summary>The net a pad is on, or null when the pad is unconnected.</summary>
    public Net? NetOf(string reference, string pad) =>
        _netByNode.TryGetValue(new NetNode(reference, pad), out var net) ? net : null;

    /// <summary>The net of that name (the first, if a file repeats a name); null when there is none.</summary>
    public Net? FindNet(string name) => _netByName.GetValueOrDefault(name);
}
