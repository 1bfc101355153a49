namespace DrcTool.Benchmarks;

/// <summary>Where the benchmark inputs are: the repository root (holding DrcTool.sln) and ../shared beside it.</summary>
public static class BenchmarkInputs
{
    public static string RepoRoot { get; } = FindRoot();

    /// <summary>$DRCTOOL_SHARED, else ../shared beside the repository, as the tests find it.</summary>
    public static string Shared =>
        Environment.GetEnvironmentVariable("DRCTOOL_SHARED") is { Length: > 0 } fromEnv
            ? fromEnv
            : Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    public static bool SharedAvailable => Directory.Exists(Path.Combine(Shared, "boards"));

    /// <summary>Real KiCad boards: ../shared/kicad-demos and ../shared/boards/*/kicad6, largest first.</summary>
    public static IReadOnlyList<string> KiCadBoards() => SharedFiles("*.kicad_pcb", kicadOnly: true);

    /// <summary>Real Eagle drawings (.sch and .brd) under ../shared/boards, largest first.</summary>
    public static IReadOnlyList<string> EagleFiles() =>
        SharedFiles("*.sch", kicadOnly: false).Concat(SharedFiles("*.brd", kicadOnly: false))
            .OrderByDescending(f => new FileInfo(f).Length).ThenBy(f => f, StringComparer.Ordinal).ToList();

    private static List<string> SharedFiles(string pattern, bool kicadOnly)
    {
        if (!SharedAvailable) return [];
        IEnumerable<string> files = Directory.GetFiles(Path.Combine(Shared, "boards"), pattern, SearchOption.AllDirectories);
        if (kicadOnly)
        {
            files = files.Where(f => f.Contains($"{Path.DirectorySeparatorChar}kicad6{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .Concat(Directory.GetFiles(Path.Combine(Shared, "kicad-demos"), pattern, SearchOption.AllDirectories));
        }
        else
        {
            files = files.Where(f => !f.Contains($"{Path.DirectorySeparatorChar}kicad6{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        }

        return files.OrderByDescending(f => new FileInfo(f).Length).ThenBy(f => f, StringComparer.Ordinal).ToList();
    }

    public static string RelativeToShared(string path) => Path.GetRelativePath(Shared, path);

    private static string FindRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "DrcTool.sln"))) return dir.FullName;
            }
        }

        throw new InvalidOperationException("DrcTool.sln not found above the current or the program's folder");
    }
}

/// <summary>A benchmark input: a name for the table, the bytes' count for the MB/s column, and where to read them.</summary>
public sealed class InputFile(string name, string path, long size)
{
    public string Name { get; } = name;
    public string Path { get; } = path;
    public long Size { get; } = size;

    public override string ToString() => Name;
}
