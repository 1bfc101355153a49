namespace DrcTool.Core.Analysis.Picture;

/// <summary>A path from one node to another through resistors (and the closed pass-through parts inside nodes).</summary>
/// <param name="Nodes">Every node on the way, first to last.</param>
/// <param name="Resistors">The resistor between each node and the next (one fewer than nodes).</param>
public sealed record ResistorPath(IReadOnlyList<NetGroup> Nodes, IReadOnlyList<ResistorLink> Resistors)
{
    public NetGroup From => Nodes[0];
    public NetGroup To => Nodes[^1];

    /// <summary>Total series resistance; null when a value is unknown.</summary>
    public double? Ohms => Resistors.All(r => r.Ohms is not null) ? Resistors.Sum(r => r.Ohms!.Value) : null;

    /// <summary>The path as Finding.Path lines: ["net /RESET", "R1 10K", "net 3V3"].</summary>
    public IReadOnlyList<string> Steps()
    {
        var steps = new List<string>();
        for (var i = 0; i < Nodes.Count; i++)
        {
            steps.Add($"net {Nodes[i]}");
            foreach (var joiner in Nodes[i].Joiners)
            {
                steps.Add($"  via {joiner.Part.Reference} ({joiner.Why})");
            }

            if (i < Resistors.Count)
            {
                steps.Add(Resistors[i].Label);
            }
        }

        return steps;
    }

    public override string ToString() => string.Join(" → ", Steps().Where(s => !s.StartsWith("  ", StringComparison.Ordinal)));
}
