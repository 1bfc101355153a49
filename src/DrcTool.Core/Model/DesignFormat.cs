namespace DrcTool.Core.Model;

/// <summary>The file formats DrcTool reads. The format is found from the file's content, not its extension.</summary>
public enum DesignFormat
{
    EagleSchematic,
    EagleBoard,
    KiCadSchematic,
    KiCadBoard,
    KiCadNetlist,
}
