namespace DrcTool.TestSupport;

/// <summary>
/// Finds the repository root (the folder holding DrcTool.sln) and ../shared beside it.
/// Tests that read ../shared use <see cref="SharedFactAttribute"/> so they skip, saying why, where it is absent.
/// </summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootLazy = new(FindRoot);

    public static string Root => RootLazy.Value;

    public static string SampleBoards => Path.Combine(Root, "sample-boards");

    public static string RulesFolder => Path.Combine(Root, "rules");

    /// <summary>The shared folder: $DRCTOOL_SHARED, else ../shared beside the repository.</summary>
    public static string Shared =>
        Environment.GetEnvironmentVariable("DRCTOOL_SHARED") is { Length: > 0 } fromEnv
            ? fromEnv
            : Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static bool SharedAvailable => Directory.Exists(Path.Combine(Shared, "boards"));

    public static string SharedMissingReason =>
        $"needs ../shared beside the repository (looked in {Shared}); set DRCTOOL_SHARED to point elsewhere";

    /// <summary>A path under ../shared, e.g. SharedFile("boards", "an001-basic-som-design", "SomTest1.sch").</summary>
    public static string SharedFile(params string[] parts) => Path.Combine([Shared, .. parts]);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DrcTool.sln")))
            {
                return dir.FullName;
            }

            dir = dir.Parent;
        }

        throw new InvalidOperationException($"DrcTool.sln not found above {AppContext.BaseDirectory}");
    }
}
