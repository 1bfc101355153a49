namespace DrcTool.Reporting.Terminal;

/// <summary>
/// Paths as a terminal shows them: relative to the working directory when the file is under it (short, and
/// clickable in editors' terminals), else as given, since a chain of "../" says less than the real path.
/// </summary>
public static class TerminalPaths
{
    public static string Display(string workingDirectory, string file)
    {
        if (string.IsNullOrEmpty(file))
        {
            return file;
        }

        var full = Path.GetFullPath(file, workingDirectory);
        var relative = Path.GetRelativePath(workingDirectory, full);
        var under = !Path.IsPathRooted(relative) && relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return (under ? relative : file).Replace('\\', '/');
    }
}
