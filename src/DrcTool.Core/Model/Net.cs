namespace DrcTool.Core.Model;

/// <summary>A set of connected pads with the name the CAD tool (or DrcTool, for unnamed nets) gave it.</summary>
public sealed class Net
{
    public Net(string name, IReadOnlyList<NetNode> nodes, SourceLocation location)
    {
        Name = name;
        Nodes = nodes;
        Location = location;
    }

    public string Name { get; }
    public IReadOnlyList<NetNode> Nodes { get; }
    public SourceLocation Location { get; }

    /// <summary>
    /// The references of the parts on this net, without duplicates, in natural order; <paramref name="except"/>
    /// (usually the SoM socket) left out. Findings and the pin map both name a contact's parts this way.
    /// </summary>
    public IReadOnlyList<string> PartReferences(string? except = null) =>
        Nodes.Select(n => n.Reference).Where(r => r != except).Distinct(StringComparer.Ordinal)
            .Order(NaturalComparer.Instance).ToList();

    public override string ToString() => Name;
}
