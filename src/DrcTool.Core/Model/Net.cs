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

    public override string ToString() => Name;
}
