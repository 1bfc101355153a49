namespace DrcTool.Core.Import.KiCad.Schematic;

/// <summary>One occurrence of a sheet in the hierarchy: the root, or a (sheet ...) block reached through its parents.</summary>
internal sealed class SheetInstance
{
    public required int Index { get; init; }
    public required SchematicFile File { get; init; }
    /// <summary>The parent instance's index, or -1 for the root.</summary>
    public required int Parent { get; init; }
    /// <summary>The (sheet ...) block in the parent that instantiates this one; null for the root.</summary>
    public required SheetReference? Reference { get; init; }
    /// <summary>Sheet UUIDs from the root down, without the root's: "" for the root, "/uuid1/uuid2" below it.</summary>
    public required string UuidPath { get; init; }
    /// <summary>The human sheet path KiCad puts in front of local net names: "/" for the root, "/amp/left/" below.</summary>
    public required string NamePath { get; init; }
    public required int Depth { get; init; }
}
