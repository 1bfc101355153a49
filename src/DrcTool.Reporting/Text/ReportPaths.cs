namespace DrcTool.Reporting.Text;

/// <summary>Writes file paths the way reports show them: relative to the run's base folder, with forward slashes.</summary>
public static class ReportPaths
{
    public static string Relative(string baseDirectory, string file)
    {
        if (string.IsNullOrEmpty(file))
        {
            return file;
        }

        var full = Path.GetFullPath(file, baseDirectory);
        var relative = Path.GetRelativePath(baseDirectory, full);
        return relative.Replace('\\', '/');
    }

    /// <summary>"file:line" or "file:line:column" when known, for one-cell locations.</summary>
    public static string FileLine(string relativeFile, int line, int column) =>
        line > 0 ? (column > 0 ? $"{relativeFile}:{line}:{column}" : $"{relativeFile}:{line}") : relativeFile;
}
