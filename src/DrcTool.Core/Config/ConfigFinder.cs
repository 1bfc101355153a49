namespace DrcTool.Core.Config;

/// <summary>
/// Finds the drctool.yaml that applies to a design: in the design's folder, else in each parent folder up to the
/// repository root (a folder holding .git) or the file-system root. The nearest wins.
/// </summary>
public static class ConfigFinder
{
    public static readonly IReadOnlyList<string> FileNames = ["drctool.yaml", "drctool.yml", ".drctool.yaml"];

    /// <summary>The config file for <paramref name="designPath"/> (a file or a folder); null when there is none.</summary>
    public static string? FindFor(string designPath)
    {
        var full = Path.GetFullPath(designPath);
        var dir = Directory.Exists(full) ? new DirectoryInfo(full) : new FileInfo(full).Directory;
        while (dir is not null)
        {
            foreach (var name in FileNames)
            {
                var candidate = Path.Combine(dir.FullName, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            if (Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git")))
            {
                return null;
            }

            dir = dir.Parent;
        }

        return null;
    }
}
