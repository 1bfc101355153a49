using DrcTool.Core.Model;

namespace DrcTool.Core.Import.KiCad.Schematic;

/// <summary>
/// What can name a net, strongest first as KiCad ranks drivers (CONNECTION_SUBGRAPH::PRIORITY): global labels,
/// power pins, local power pins, local labels, hierarchical labels, sheet pins, then ordinary pins ("Net-(R1-Pad2)").
/// </summary>
internal enum DriverPriority
{
    Pin = 1,
    SheetPin = 2,
    BusMember = 3,
    HierarchicalLabel = 4,
    LocalLabel = 5,
    /// <summary>KiCad 9's <c>(power local)</c> symbols: a power net of one sheet.</summary>
    LocalPowerPin = 6,
    PowerPin = 7,
    GlobalLabel = 8,
}

/// <summary>
/// A candidate name for a net. Ties go to the candidate highest in the hierarchy, then as KiCad ranks equal drivers:
/// a power symbol's pin before a part's hidden power pin, a name without "-Pad" before one with it, then the
/// smallest name in ordinal order.
/// </summary>
internal readonly record struct NetDriver(DriverPriority Priority, int Depth, string Name, SourceLocation Location, bool OnPowerSymbol = false)
{
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
