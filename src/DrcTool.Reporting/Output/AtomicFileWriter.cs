namespace DrcTool.Reporting.Output;

/// <summary>
/// Writes a report so that readers never see half of it: into a temporary file in the target folder, flushed to disk,
/// then moved over the target in one step. On any failure the temporary file is removed and the old report (if any)
/// is left as it was. It refuses to write over an input design.
/// </summary>
public static class AtomicFileWriter
{
    public static void Write(string path, Action<Stream> write, IEnumerable<string> protectedInputs)
    {
        var target = Path.GetFullPath(path);
        if (Directory.Exists(target))
        {
            throw new ReportWriteException(path, "it is a folder");
        }

        foreach (var input in protectedInputs)
        {
            if (SameFile(target, input))
            {
                throw new ReportWriteException(path, $"it is an input design ({input}); reports never overwrite a design");
            }
        }

        var folder = Path.GetDirectoryName(target) ?? throw new ReportWriteException(path, "it has no folder");
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ReportWriteException(path, ex.Message, ex);
        }

        var temp = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, target, overwrite: true);
        }
        catch (Exception ex)
        {
            TryDelete(temp);
            if (ex is IOException or UnauthorizedAccessException)
            {
                throw new ReportWriteException(path, ex.Message, ex);
            }

            throw;
        }
    }

    private static bool SameFile(string target, string input)
    {
        var full = Path.GetFullPath(input);
        var comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        if (string.Equals(target, full, comparison))
        {
            return true;
        }

        // A symlinked report path that resolves to a design is an input too.
        try
        {
            var resolved = new FileInfo(target).ResolveLinkTarget(returnFinalTarget: true)?.FullName;
            return resolved is not null && string.Equals(resolved, full, comparison);
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: the original error is the one to report.
        }
    }
}

/// <summary>A report file that could not be written; names the file and why.</summary>
public sealed class ReportWriteException(string file, string reason, Exception? inner = null)
    : Exception($"cannot write report {file}: {reason}", inner)
{
    public string File { get; } = file;
}
