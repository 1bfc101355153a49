using DrcTool.Cli.Batch;
using DrcTool.Core.Import;
using DrcTool.Core.Model;

namespace DrcTool.Cli;

/// <summary>Reads a design for a command; a file that cannot be read is reported as file:line:col: reason.</summary>
internal static class DesignInput
{
    /// <summary>The design, or null after writing the reason to standard error.</summary>
    public static Design? TryLoad(string path, CliEnvironment env)
    {
        try
        {
            return env.Loader.Load(path);
        }
        catch (DesignReadException ex)
        {
            ReportUnreadable(ex, env);
            return null;
        }
    }

    /// <summary>
    /// The one design file a command reads for <paramref name="path"/>: a file as named; a KiCad project (.kicad_pro)
    /// or its folder as its root schematic (or board, as preferred); a folder holding one board as that board. Null, after
    /// writing why to standard error, when the project or folder names no design or several.
    /// </summary>
    public static string? ResolveOne(string path, DesignFileKind? prefer, CliEnvironment env)
    {
        if (!KiCadProjects.IsProjectFile(path) && !Directory.Exists(path))
        {
            return path;
        }

        var configs = new ConfigCache();
        var inputs = new DesignDiscovery(folder => configs.PreferFor(folder, prefer)).Discover([path]);
        if (inputs is [{ Problem: { } problem }])
        {
            env.Error.WriteLine($"{path}: {problem}");
            return null;
        }

        if (inputs.Count > 1)
        {
            var some = string.Join(", ", inputs.Take(3).Select(i => i.Path)) + (inputs.Count > 3 ? ", ..." : "");
            env.Error.WriteLine($"{path}: holds {inputs.Count} designs ({some}); name one of them (check takes them all)");
            return null;
        }

        return inputs[0].Path;
    }

    /// <summary>The design named by a file, KiCad project or folder (see <see cref="ResolveOne"/>), or null after reporting why not.</summary>
    public static Design? TryLoad(string path, DesignFileKind? prefer, CliEnvironment env) =>
        ResolveOne(path, prefer, env) is { } file ? TryLoad(file, env) : null;

    public static void ReportUnreadable(DesignReadException ex, CliEnvironment env) =>
        env.Error.WriteLine($"{ex.Message.Replace('\n', ' ')}");
}
