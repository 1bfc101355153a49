using System.Collections.Concurrent;
using DrcTool.Core.Config;

namespace DrcTool.Core.Run;

/// <summary>
/// The drctool.yaml for each design: the one given with --config, else the nearest one beside the design or above it
/// (up to the repository root). Each file is loaded once per run, even when designs are checked in parallel.
/// </summary>
public sealed class ConfigCache
{
    private readonly ConcurrentDictionary<string, Lazy<(DrcConfig? Config, ConfigException? Error)>> _loaded = new(StringComparer.Ordinal);

    /// <param name="explicitConfig">The --config file (already loaded), which then applies to every design.</param>
    public ConfigCache(DrcConfig? explicitConfig = null)
    {
        Explicit = explicitConfig;
    }

    public DrcConfig? Explicit { get; }

    /// <summary>The config for a design or folder; <see cref="DrcConfig.Default"/> when none applies.</summary>
    /// <exception cref="ConfigException">The config file that applies cannot be used.</exception>
    public DrcConfig For(string path)
    {
        if (Explicit is not null)
        {
            return Explicit;
        }

        var file = ConfigFinder.FindFor(path);
        if (file is null)
        {
            return DrcConfig.Default;
        }

        var loaded = _loaded.GetOrAdd(Path.GetFullPath(file), f => new Lazy<(DrcConfig?, ConfigException?)>(() =>
        {
            try
            {
                return (DrcConfigLoader.Load(f), null);
            }
            catch (ConfigException ex)
            {
                return (null, ex);
            }
        })).Value;
        return loaded.Config ?? throw loaded.Error!;
    }

    /// <summary>Every config file loaded so far (for fail levels and unmatched waivers).</summary>
    public IEnumerable<DrcConfig> Loaded =>
        Explicit is not null ? [Explicit] : _loaded.Values.Where(l => l.IsValueCreated && l.Value.Config is not null).Select(l => l.Value.Config!);

    /// <summary>The preferred file kind for a folder (--prefer, else the folder's drctool.yaml), for discovery.</summary>
    public DesignFileKind? PreferFor(string folder, DesignFileKind? fromCommandLine)
    {
        if (fromCommandLine is not null)
        {
            return fromCommandLine;
        }

        try
        {
            return For(folder).Prefer switch
            {
                "board" => DesignFileKind.Board,
                "schematic" => DesignFileKind.Schematic,
                _ => null,
            };
        }
        catch (ConfigException)
        {
            // Reported when a design of that folder is checked.
            return null;
        }
    }
}
