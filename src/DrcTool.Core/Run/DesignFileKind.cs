namespace DrcTool.Core.Run;

/// <summary>What a candidate file is, by extension; the reader still decides the format from the content.</summary>
public enum DesignFileKind
{
    Schematic,
    Board,
    Netlist,
}

public static class DesignFileKinds
{
    /// <summary>The kind of a design file by its extension, or null for anything a folder scan leaves alone.</summary>
    public static DesignFileKind? Of(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".kicad_sch" or ".sch" => DesignFileKind.Schematic,
        ".kicad_pcb" or ".brd" => DesignFileKind.Board,
        ".net" => DesignFileKind.Netlist,
        _ => null,
    };
}
