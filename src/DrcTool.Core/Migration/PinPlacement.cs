namespace DrcTool.Core.Migration;

/// <summary>What happens to a source pin: the status names are part of the JSON output.</summary>
public enum PlacementStatus
{
    /// <summary>On the B-SoM pin the migration guides map it to.</summary>
    Kept,

    /// <summary>On another B-SoM contact (the guide pin cannot do the job, or is taken, or there is none).</summary>
    Moved,

    /// <summary>No B-SoM contact can take it: something on the base board must (see the reason).</summary>
    Lost,

    /// <summary>The B-SoM needs no contact for it (a supply the base board now makes, an extra ground...).</summary>
    NotNeeded,
}

public static class PlacementStatusNames
{
    public static string Name(this PlacementStatus status) => status switch
    {
        PlacementStatus.Kept => "kept",
        PlacementStatus.Moved => "moved",
        PlacementStatus.Lost => "lost",
        PlacementStatus.NotNeeded => "not-needed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}

/// <summary>Where one source pin goes, and why.</summary>
/// <param name="Contact">The B-SoM contact, or null when the pin is lost or not needed.</param>
/// <param name="Bus">The B-SoM bus it serves on, when it carries a bus role.</param>
public sealed record PinPlacement(SourcePin Pin, TargetContact? Contact, TargetBus? Bus, PlacementStatus Status, string Reason);
