using System.Collections.Concurrent;
using System.Diagnostics;

namespace DrcTool.TestSupport;

/// <summary>
/// KiCad 9's command-line tool, the oracle for the differential tests: <c>kicad-cli sch export netlist</c> is KiCad's
/// own connectivity. Netlists are exported once per test run into a scratch folder (from a scratch copy of the
/// project, so nothing is ever written beside the sources), several at a time but never more than
/// <see cref="MaxParallelExports"/>: the build machine is shared.
/// </summary>
public static class KiCadCli
{
    /// <summary>Exports running at once. kicad-cli is single-threaded; two keep a 2-core machine busy without swamping it.</summary>
    public const int MaxParallelExports = 2;

    private static readonly SemaphoreSlim Slots = new(MaxParallelExports);
    private static readonly ConcurrentDictionary<string, Lazy<Task<string>>> Exports = new(StringComparer.Ordinal);
    private static readonly Lazy<string> Scratch = new(CreateScratch);
    private static int _exportCount;

    public static string? Executable { get; } = FindOnPath("kicad-cli");

    public static string MissingReason =>
        "needs KiCad 9's kicad-cli on PATH (.ci/install.sh installs kicad from bookworm-backports)";

    /// <summary>KiCad's demo projects, beside the installed kicad-cli (…/bin/kicad-cli → …/share/kicad/demos), if installed.</summary>
    public static string? DemosFolder
    {
        get
        {
            if (Executable is null) return null;
            var prefix = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(Executable)));
            var demos = prefix is null ? null : Path.Combine(prefix, "share", "kicad", "demos");
            return demos is not null && Directory.Exists(demos) ? demos : null;
        }
    }

    public static string DemosMissingReason => $"needs KiCad 9's demo projects beside kicad-cli (package kicad-demos); {MissingReason}";

    /// <summary>Root schematics of every project under a folder: each <c>.kicad_pro</c> with its same-named <c>.kicad_sch</c>.</summary>
    public static IReadOnlyList<string> ProjectRoots(string folder)
    {
        if (!Directory.Exists(folder)) return [];
        return Directory.EnumerateFiles(folder, "*.kicad_pro", SearchOption.AllDirectories)
            .Select(p => Path.ChangeExtension(p, ".kicad_sch"))
            .Where(File.Exists)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Starts exporting these roots in the background (bounded), so later <see cref="Netlist"/> calls find them done.</summary>
    public static void Prefetch(IEnumerable<string> roots)
    {
        foreach (var root in roots) Start(root);
    }

    /// <summary>
    /// The path of KiCad's netlist of a root schematic (<c>--format kicadsexpr</c>, KiCad's own <c>.net</c>), exported
    /// on first use. Its net names are the ones KiCad stores on the board ("D_N{slash}SWDIO"); the XML netlist writes
    /// them unescaped ("D_N/SWDIO"), which would hide a '/' escaped wrongly, so the S-expression one is the oracle.
    /// </summary>
    public static string Netlist(string rootSchematic) => Start(rootSchematic).GetAwaiter().GetResult();

    private static Task<string> Start(string rootSchematic) =>
        Exports.GetOrAdd(Path.GetFullPath(rootSchematic), root => new Lazy<Task<string>>(() => Task.Run(() => ExportBounded(root)))).Value;

    private static async Task<string> ExportBounded(string root)
    {
        await Slots.WaitAsync().ConfigureAwait(false);
        try
        {
            return Export(root);
        }
        finally
        {
            Slots.Release();
        }
    }

    private static string Export(string root)
    {
        var work = Path.Combine(Scratch.Value, Interlocked.Increment(ref _exportCount).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var projectFolder = Path.GetDirectoryName(root)!;
        var copiedRoot = CopyProject(projectFolder, Path.Combine(work, "project"), root);
        var output = Path.Combine(work, "netlist.net");
        Run(["sch", "export", "netlist", "--format", "kicadsexpr", "-o", output, copiedRoot], work);
        if (!File.Exists(output)) throw new InvalidOperationException($"kicad-cli wrote no netlist for {root}");
        return output;
    }

    /// <summary>Runs kicad-cli with a time limit; a non-zero exit is an error carrying its output.</summary>
    public static string Run(IReadOnlyList<string> arguments, string workingFolder)
    {
        var (exitCode, stdout, stderr) = ExternalTool.Run(Executable ?? throw new InvalidOperationException(MissingReason), arguments, workingFolder, TimeSpan.FromMinutes(3));
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"kicad-cli {string.Join(' ', arguments)} exited {exitCode}: {stdout} {stderr}");
        }

        return stdout + stderr;
    }

    /// <summary>
    /// Copies the project's schematics and project files (nothing else: boards and libraries are not read by the
    /// netlist export) and returns the copied root's path.
    /// </summary>
    private static string CopyProject(string from, string to, string root)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var extension = Path.GetExtension(file);
            if (extension is not (".kicad_sch" or ".kicad_pro")) continue;
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return Path.Combine(to, Path.GetRelativePath(from, root));
    }

    private static string CreateScratch()
    {
        var folder = Directory.CreateTempSubdirectory("drctool-kicad-cli-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a leftover scratch folder in /tmp must not fail the run.
            }
        };
        return folder;
    }

    internal static string? FindOnPath(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            if (dir.Length > 0 && File.Exists(Path.Combine(dir, name)))
            {
                return Path.Combine(dir, name);
            }
        }

        return null;
    }
}

/// <summary>A theory that needs kicad-cli; skipped, saying why, where it is not installed.</summary>
public sealed class KiCadCliTheoryAttribute : TheoryAttribute
{
    /// <param name="needs">What else the theory reads: "demos" (KiCad's demo projects) or "shared" (../shared).</param>
    public KiCadCliTheoryAttribute(string needs = "")
    {
        if (KiCadCli.Executable is null) Skip = KiCadCli.MissingReason;
        else if (needs == "demos" && KiCadCli.DemosFolder is null) Skip = KiCadCli.DemosMissingReason;
        else if (needs == "shared" && !RepoPaths.SharedAvailable) Skip = RepoPaths.SharedMissingReason;
    }
}

/// <summary>A fact that needs kicad-cli; skipped, saying why, where it is not installed.</summary>
public sealed class KiCadCliFactAttribute : FactAttribute
{
    public KiCadCliFactAttribute()
    {
        if (KiCadCli.Executable is null) Skip = KiCadCli.MissingReason;
    }
}
