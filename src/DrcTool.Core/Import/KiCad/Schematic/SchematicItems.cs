using DrcTool.Core.Model;

namespace DrcTool.Core.Import.KiCad.Schematic;

/// <summary>A straight wire or bus segment between two grid points.</summary>
internal readonly record struct Segment(GridPoint Start, GridPoint End);

internal enum LabelKind
{
    Local,
    Global,
    Hierarchical,
}

/// <summary>A net label of any kind, anchored at the point where it connects; its name as KiCad escapes net names.</summary>
internal sealed record SchematicLabel(LabelKind Kind, string Name, GridPoint At, SourceLocation Location);

/// <summary>The reference and unit KiCad stored for a symbol in one sheet instance (KiCad 7+ per-symbol instances).</summary>
internal sealed record SymbolInstanceData(string Path, string Reference, int Unit, string? Value, string? Footprint);

/// <summary>A symbol placed on a sheet, as written in the sheet's file (the same for every instance of that sheet).</summary>
internal sealed class PlacedSymbol
{
    public required string LibId { get; init; }
    /// <summary>The key into lib_symbols: <c>lib_name</c> when KiCad stored an edited copy, else the lib_id.</summary>
    public required string LibKey { get; init; }
    public required string Uuid { get; init; }
    public required double X { get; init; }
    public required double Y { get; init; }
    public required int Angle { get; init; }
    public required bool MirrorX { get; init; }
    public required bool MirrorY { get; init; }
    public required int Unit { get; init; }
    public required int BodyStyle { get; init; }
    public required bool MarkedNotFitted { get; init; }
    /// <summary>
    /// <c>(on_board no)</c> or <c>(exclude_from_board yes)</c>: the part is not on the board, so KiCad's netlist leaves
    /// it out and its pins name no net (kicad-cli 9; CONNECTION_SUBGRAPH::GetDriverPriority gives them none).
    /// </summary>
    public bool ExcludedFromBoard { get; init; }
    public required IReadOnlyDictionary<string, string> Properties { get; init; }
    public required IReadOnlyList<SymbolInstanceData> Instances { get; init; }
    public required SourceLocation Location { get; init; }

    public string Property(string name) => Properties.TryGetValue(name, out var value) ? value : string.Empty;
}

/// <summary>
/// A pin on a sheet symbol: it joins the parent's wire at its point to the child's hierarchical label of the same
/// (escaped) name.
/// </summary>
internal sealed record SheetPin(string Name, GridPoint At, SourceLocation Location);

/// <summary>A <c>(sheet ...)</c> block: a child sheet instantiated on this sheet.</summary>
internal sealed record SheetReference(string Uuid, string Name, string FileName, IReadOnlyList<SheetPin> Pins, SourceLocation Location);

/// <summary>KiCad 6 root-level instance data: <c>(symbol_instances (path "/sheet/symbol" (reference ..) (unit ..)))</c>.</summary>
internal sealed record LegacySymbolInstance(string Reference, int Unit, string? Value, string? Footprint);
