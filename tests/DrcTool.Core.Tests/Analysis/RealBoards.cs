using DrcTool.Core.Analysis;
using DrcTool.Core.Checks;
using DrcTool.Core.Config;
using DrcTool.Core.Import;
using DrcTool.TestSupport;

namespace DrcTool.Core.Tests.Analysis;

/// <summary>Loads a board (from ../shared, or a sample board) and builds its picture with the binding the checker would use.</summary>
internal static class RealBoards
{
    public static string An001(string extension) => extension == "kicad_pcb"
        ? RepoPaths.SharedFile("boards", "an001-basic-som-design", "kicad6", "SomTest1.kicad_pcb")
        : RepoPaths.SharedFile("boards", "an001-basic-som-design", "SomTest1." + extension);

    public static string SomUsb2(string extension) => extension == "kicad_pcb"
        ? RepoPaths.SharedFile("boards", "som-first-board-somusb2", "kicad6", "SomUSB2.kicad_pcb")
        : RepoPaths.SharedFile("boards", "som-first-board-somusb2", "SomUSB2." + extension);

    public static ElectricalPicture Picture(string path, DrcConfig? config = null)
    {
        var design = DesignLoader.Default.Load(path);
        var (_, binding) = DesignChecker.Default.Bind(design, CheckOptions.Default);
        return ElectricalPicture.Build(design, binding, config is null ? null : PictureSettings.From(config));
    }
}
