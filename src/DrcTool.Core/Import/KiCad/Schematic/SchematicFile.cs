using DrcTool.Core.Model;

namespace DrcTool.Core.Import.KiCad.Schematic;

/// <summary>
/// Everything connectivity needs from one <c>.kicad_sch</c> file. A file instantiated several times is read once;
/// its instances differ only in their sheet path, references and units.
/// </summary>
internal sealed class SchematicFile
{
    public required string Path { get; init; }
    /// <summary>The file format version (e.g. 20211123 for KiCad 6, 20230121 for KiCad 7).</summary>
    public required int Version { get; init; }
    public required string Uuid { get; init; }
    public required IReadOnlyDictionary<string, LibSymbol> LibSymbols { get; init; }
    public required IReadOnlyList<PlacedSymbol> Symbols { get; init; }
    public required IReadOnlyList<Segment> Wires { get; init; }
    public required IReadOnlyList<Segment> Buses { get; init; }
    public required IReadOnlyList<Segment> BusEntries { get; init; }
    public required IReadOnlyList<GridPoint> Junctions { get; init; }
    public required IReadOnlyList<GridPoint> NoConnects { get; init; }
    public required IReadOnlyList<SchematicLabel> Labels { get; init; }
    public required IReadOnlyList<SheetReference> Sheets { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> BusAliases { get; init; }
    /// <summary>KiCad 6 root files: references and units by full instance path "/sheet-uuid/.../symbol-uuid".</summary>
    public required IReadOnlyDictionary<string, LegacySymbolInstance> LegacySymbolInstances { get; init; }

    /// <summary>
    /// From this format version on, a power symbol's net is named by its value. KiCad rewrites the value of older
    /// files' power symbols to their hidden pin's name when it loads them (FixLegacyPowerSymbolMismatches, decided by
    /// the root sheet's version), so for those the pin name is the net name.
    /// </summary>
    public const int PowerNetFromValueVersion = 20230221;

    /// <summary>KiCad 6.0's format version; newer files were made, and netlisted, by KiCad 7 or later.</summary>
    public const int KiCad6Version = 20211123;

    public SourceLocation FileLocation => new(Path, 1, 1);
}
