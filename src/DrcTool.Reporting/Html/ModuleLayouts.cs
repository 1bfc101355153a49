using DrcTool.Core;
using DrcTool.Reporting.Model;

namespace DrcTool.Reporting.Html;

/// <summary>The shipped module layouts (rules/modules/&lt;folder&gt;/layout.yaml, embedded in DrcTool.Core), read once.</summary>
public static class ModuleLayouts
{
    private static readonly Lazy<ModuleLayout> BSomLazy = new(() => Load("b-som"));

    /// <summary>The B-Series SoM's M.2 key-E edge: odd contacts in one row, even in the other, the key at 24-31.</summary>
    public static ModuleLayout BSom => BSomLazy.Value;

    /// <summary>Reads the layout in rules/modules/<paramref name="folder"/>/layout.yaml.</summary>
    public static ModuleLayout Load(string folder)
    {
        var name = $"modules/{folder}/layout.yaml";
        return ModuleLayoutReader.Parse(RuleData.ReadText(name), "rules/" + name);
    }

    /// <summary>The layout to draw a design's module with; null when the design has no module to draw.</summary>
    public static ModuleLayout? For(DesignReport design) =>
        design.PinMap.Count == 0 ? null : BSom;
}
