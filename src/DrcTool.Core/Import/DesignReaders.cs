namespace DrcTool.Core.Import;

/// <summary>The list of format readers. Each reader adds its one line here.</summary>
internal static class DesignReaders
{
    public static IEnumerable<IDesignReader> All()
    {
        yield return new Eagle.EagleSchematicReader();
        yield return new Eagle.EagleBoardReader();
        yield return new KiCad.KiCadBoardReader();
        yield return new KiCad.KiCadNetlistReader();
        yield return new KiCad.Schematic.KiCadSchematicReader();
    }
}
