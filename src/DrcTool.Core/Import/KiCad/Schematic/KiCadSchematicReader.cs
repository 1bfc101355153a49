using DrcTool.Core.Model;

namespace DrcTool.Core.Import.KiCad.Schematic;

/// <summary>
/// Reads a KiCad 6–9 schematic (<c>.kicad_sch</c>) with its whole sheet hierarchy and computes the connectivity
/// KiCad would: parts merged over their units, and nets of pads named as KiCad names them.
/// Sub-sheets are read from disk relative to the root file's folder.
/// </summary>
public sealed class KiCadSchematicReader : IDesignReader
{
    public DesignFormat Format => DesignFormat.KiCadSchematic;

    public Design Read(string path, byte[] content)
    {
        var hierarchy = SheetHierarchy.Build(path, content);
        var (components, nets) = new ConnectivityBuilder(hierarchy.Instances).Build();
        return new Design(path, DesignFormat.KiCadSchematic, components, nets);
    }
}
