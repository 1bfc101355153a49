using DrcTool.Core.Model;

namespace DrcTool.Reporting.Text;

/// <summary>
/// The design formats as every report spells them (JSON <c>format</c>, the workbook's Format column, JUnit's format
/// property, SARIF's artifact properties): the file kinds people know, lower case.
/// </summary>
public static class FormatNames
{
    public static string Of(DesignFormat format) => format switch
    {
        DesignFormat.EagleSchematic => "eagle-sch",
        DesignFormat.EagleBoard => "eagle-brd",
        DesignFormat.KiCadSchematic => "kicad-sch",
        DesignFormat.KiCadBoard => "kicad-pcb",
        DesignFormat.KiCadNetlist => "kicad-net",
        _ => format.ToString().ToLowerInvariant(),
    };
}
