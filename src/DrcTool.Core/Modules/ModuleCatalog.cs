namespace DrcTool.Core.Modules;

/// <summary>
/// Every module DrcTool knows: one per folder of rules/modules/ (module.yaml + pinout.csv), loaded once. Adding a
/// module is adding a folder; nothing here names one except the B-SoM, whose socket the base-board rules check.
/// </summary>
public sealed class ModuleCatalog
{
    /// <summary>The B-Series SoM's folder under rules/modules/.</summary>
    public const string BSomId = "b-som";

    private const string Folder = "modules";
    private static readonly Lazy<ModuleCatalog> DefaultLazy = new(LoadShipped);

    public ModuleCatalog(IReadOnlyList<ModuleDefinition> modules)
    {
        Modules = modules;
    }

    /// <summary>The modules shipped in rules/modules/.</summary>
    public static ModuleCatalog Default => DefaultLazy.Value;

    /// <summary>Every module, in folder order.</summary>
    public IReadOnlyList<ModuleDefinition> Modules { get; }

    /// <summary>The B-Series SoM.</summary>
    public ModuleDefinition BSom => Get(BSomId);

    /// <summary>The module with this name, folder or alias ("Boron", "e-series", "B-SoM"); null when none.</summary>
    public ModuleDefinition? Find(string nameOrId) => Modules.FirstOrDefault(m => m.IsCalled(nameOrId));

    /// <exception cref="KeyNotFoundException">No module has that name.</exception>
    public ModuleDefinition Get(string nameOrId) =>
        Find(nameOrId) ?? throw new KeyNotFoundException($"no module '{nameOrId}' in rules/modules/ (known: {string.Join(", ", Modules.Select(m => m.Name))})");

    /// <summary>The names --module accepts, for help and messages.</summary>
    public IReadOnlyList<string> Names => Modules.Select(m => m.Name).ToList();

    private static ModuleCatalog LoadShipped()
    {
        var files = RuleData.FileNames(Folder);
        var modules = new List<ModuleDefinition>();
        foreach (var moduleFile in files.Where(f => f.EndsWith("/module.yaml", StringComparison.Ordinal)))
        {
            var folder = moduleFile[..^"/module.yaml".Length];
            var pinoutFile = folder + "/pinout.csv";
            if (!files.Contains(pinoutFile))
            {
                throw new InvalidOperationException($"rules/{folder}/ has a module.yaml but no pinout.csv");
            }

            modules.Add(ModuleFile.Read(folder[(Folder.Length + 1)..], RuleData.ReadText(moduleFile), "rules/" + moduleFile,
                RuleData.ReadText(pinoutFile), "rules/" + pinoutFile));
        }

        return new ModuleCatalog(modules);
    }
}
