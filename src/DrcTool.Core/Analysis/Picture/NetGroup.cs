using DrcTool.Core.Model;

namespace DrcTool.Core.Analysis.Picture;

/// <summary>
/// One electrical node: nets joined by closed jumpers, 0 Ω parts, ferrites and fuses. A net alone is a group of one.
/// </summary>
public sealed class NetGroup
{
    internal NetGroup(int id, string name, IReadOnlyList<Net> nets, IReadOnlyList<JoinedBy> joiners)
    {
        Id = id;
        Name = name;
        Nets = nets;
        Joiners = joiners;
    }

    /// <summary>Stable within one picture; groups are numbered in the natural order of their names.</summary>
    public int Id { get; }

    /// <summary>The name that best names the node: a named net before an auto-named one ("N$3", "Net-(R1-Pad2)").</summary>
    public string Name { get; }

    /// <summary>The nets in the node, in natural order of name.</summary>
    public IReadOnlyList<Net> Nets { get; }

    /// <summary>The parts that join the nets, in natural order of reference.</summary>
    public IReadOnlyList<JoinedBy> Joiners { get; }

    public override string ToString() => Nets.Count == 1 ? Name : $"{Name} (+{string.Join(", ", Nets.Where(n => n.Name != Name).Select(n => n.Name))})";
}

/// <summary>A part that joins two nets into one node, and why it counts as closed.</summary>
/// <param name="Why">"SJ1 solder jumper (counted closed; set it open in drctool.yaml `open:`)", "R17 0R".</param>
public sealed record JoinedBy(Component Part, string NetA, string NetB, string Why);
