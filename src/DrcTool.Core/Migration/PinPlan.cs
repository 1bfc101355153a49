namespace DrcTool.Core.Migration;

/// <summary>The solver's answer for the signal pins: one placement per pin, in input order.</summary>
public sealed class PinPlan
{
    public PinPlan(IReadOnlyList<PinPlacement> placements, bool optimal, long nodes)
    {
        Placements = placements;
        Optimal = optimal;
        Nodes = nodes;
    }

    public IReadOnlyList<PinPlacement> Placements { get; }

    /// <summary>The search finished: no plan places more pins, and none that places as many keeps more on their guide pins.</summary>
    public bool Optimal { get; }

    /// <summary>Search nodes visited (for the benchmark and for diagnosing slow plans).</summary>
    public long Nodes { get; }

    public int LostCount => Placements.Count(p => p.Status == PlacementStatus.Lost);

    public int MovedCount => Placements.Count(p => p.Status == PlacementStatus.Moved);

    public bool PlacesEverything => LostCount == 0;
}
