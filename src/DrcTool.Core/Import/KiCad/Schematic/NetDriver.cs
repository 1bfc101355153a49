using DrcTool.Core.Model;

namespace DrcTool.Core.Import.KiCad.Schematic;

/// <summary>
/// What can name a net, strongest first as KiCad ranks drivers (CONNECTION_SUBGRAPH::PRIORITY): global labels,
/// power pins, local power pins, local labels, hierarchical labels, sheet pins, then ordinary pins ("Net-(R1-Pad2)").
/// A net that is a member of a bus takes the member's name over anything but a global label or power pin
/// (CONNECTION_GRAPH::propagateToNeighbors: "take whichever name is higher priority"), and the member's name comes
/// from the bus's own strongest driver, so bus members rank by the kind of label that named their bus.
/// </summary>
internal enum DriverPriority
{
    Pin = 1,
    SheetPin = 2,
    HierarchicalLabel = 3,
    LocalLabel = 4,
    /// <summary>KiCad 9's <c>(power local)</c> symbols: a power net of one sheet.</summary>
    LocalPowerPin = 5,
    /// <summary>A member of a bus named only by a sheet pin on this sheet.</summary>
    BusMemberOfSheetPin = 6,
    /// <summary>A member of a bus named by a hierarchical bus label.</summary>
    BusMemberOfHierarchicalLabel = 7,
    /// <summary>A member of a bus named by a local bus label.</summary>
    BusMemberOfLocalLabel = 8,
    /// <summary>A member of a bus named by a global bus label.</summary>
    BusMemberOfGlobalLabel = 9,
    PowerPin = 10,
    GlobalLabel = 11,
}

/// <summary>
/// A candidate name for a net. Ties go to the candidate highest in the hierarchy, then as KiCad ranks equal drivers:
/// a power symbol's pin before a part's hidden power pin, a name without "-Pad" before one with it, then the
/// smallest name in ordinal order.
/// </summary>
/// <param name="UnconnectedName">For a pin: its name on a net carrying a no-connect flag ("unconnected-(…)").</param>
internal readonly record struct NetDriver(DriverPriority Priority, int Depth, string Name, SourceLocation Location, bool OnPowerSymbol = false, string? UnconnectedName = null)
{
    /// <summary>This driver as it names a net that carries a no-connect flag.</summary>
    public NetDriver OnNoConnectNet() => UnconnectedName is null ? this : this with { Name = UnconnectedName };

    public bool IsBetterThan(NetDriver other)
    {
        if (Priority != other.Priority) return Priority > other.Priority;
        if (Depth != other.Depth) return Depth < other.Depth;
        if (OnPowerSymbol != other.OnPowerSymbol) return OnPowerSymbol;
        var lowQuality = Name.Contains("-Pad", StringComparison.Ordinal);
        var otherLowQuality = other.Name.Contains("-Pad", StringComparison.Ordinal);
        if (lowQuality != otherLowQuality) return otherLowQuality;
        return string.CompareOrdinal(Name, other.Name) < 0;
    }
}
