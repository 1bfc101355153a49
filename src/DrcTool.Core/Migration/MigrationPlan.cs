namespace DrcTool.Core.Migration;

/// <summary>
/// A whole migration plan: every wired source pin and where it goes, the board changes the B-SoM demands, the
/// firmware notes, and the pins that lose their 5 V tolerance.
/// </summary>
public sealed record MigrationPlan(
    string SourceModule,
    string? SourceReference,
    string TargetModule,
    string Variant,
    IReadOnlyList<PinPlacement> Pins,
    IReadOnlyList<PlanNote> BoardChanges,
    IReadOnlyList<PlanNote> Firmware)
{
    /// <summary>Pins that see more than the B-SoM's signal limit today (their 5 V tolerance is lost).</summary>
    public IReadOnlyList<PinPlacement> FiveVoltPins { get; init; } = [];

    /// <summary>The solver proved no plan places more pins or keeps more on their guide pins.</summary>
    public bool Optimal { get; init; }

    /// <summary>Every used function has a place (exit code 0); otherwise 1.</summary>
    public bool PlacesEverything => Pins.All(p => p.Status != PlacementStatus.Lost);
}

/// <summary>A board change or firmware note of a plan.</summary>
public sealed record PlanNote(string Id, string Message);
