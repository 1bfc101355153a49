using System.Collections.Concurrent;
using DrcTool.Core;
using DrcTool.Reporting.Model;

namespace DrcTool.Reporting.Html;

/// <summary>
/// The shipped module layouts: rules/modules/&lt;module&gt;/layout.yaml beside the module's module.yaml and pinout.csv
/// (embedded in DrcTool.Core like the other rule data), each read once.
/// </summary>
public static class ModuleLayouts
{
    private static readonly ConcurrentDictionary<string, ModuleLayout?> Loaded = new(StringComparer.Ordinal);

    /// <summary>The B-Series SoM's M.2 key-E edge: odd contacts in one row, even in the other, the key at 24-31.</summary>
    public static ModuleLayout BSom => Load(ModuleCatalog.BSomId);

    /// <summary>Reads the layout in rules/modules/<paramref name="folder"/>/layout.yaml.</summary>
    /// <exception cref="InvalidOperationException">The folder has no layout.</exception>
    public static ModuleLayout Load(string folder) =>
        TryLoad(folder) ?? throw new InvalidOperationException($"rules/modules/{folder}/layout.yaml is not embedded in DrcTool.Core");

    /// <summary>The layout of the module with this name, folder or alias ("Boron", "e-series"); null when it has none.</summary>
    public static ModuleLayout? ForModule(string nameOrId) =>
        ModuleCatalog.Default.Find(nameOrId) is { } module ? TryLoad(module.Id) : null;

    /// <summary>The layout to draw a design's module with; null when the design has no module or its module no layout.</summary>
    public static ModuleLayout? For(DesignReport design) =>
        design.PinMap.Count == 0 ? null
        : design.ModuleId is { } id ? TryLoad(id)
        : design.ModuleName is { } name ? ForModule(name)
        : null;

    private static ModuleLayout? TryLoad(string folder) =>
        Loaded.GetOrAdd(folder, static f =>
        {
            var name = $"modules/{f}/layout.yaml";
            return RuleData.FileNames($"modules/{f}").Contains(name)
                ? ModuleLayoutReader.Parse(RuleData.ReadText(name), "rules/" + name)
                : null;
        });
}
