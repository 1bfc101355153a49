using DrcTool.Core.Model;

namespace DrcTool.Core.Analysis.Picture;

/// <summary>A fitted resistor (not 0 Ω) between two nodes.</summary>
/// <param name="PadA">The pad on <paramref name="A"/>.</param>
/// <param name="Ohms">Null when the value could not be read.</param>
public sealed record ResistorLink(PartInfo Resistor, string PadA, NetGroup A, Net NetA, string PadB, NetGroup B, Net NetB, double? Ohms)
{
    public Component Component => Resistor.Component;

    /// <summary>The other node of the link, seen from <paramref name="group"/>.</summary>
    public (NetGroup Group, Net Net, string Pad) Other(NetGroup group) => ReferenceEquals(group, A) ? (B, NetB, PadB) : (A, NetA, PadA);

    public (Net Net, string Pad) Near(NetGroup group) => ReferenceEquals(group, A) ? (NetA, PadA) : (NetB, PadB);

    public string Label => Resistor.Label;
}
