using System.Collections.Concurrent;
using System.Diagnostics;

namespace DrcTool.TestSupport;

/// <summary>
/// KiCad 9's Python <c>pcbnew</c> module (Debian's /usr/bin/python3 carries it), the oracle for boards: a small
/// script prints every pad's net as KiCad reads the board. Each board is read once per test run, two at a time.
/// </summary>
public static class Pcbnew
{
    private static readonly SemaphoreSlim Slots = new(KiCadCli.MaxParallelExports);
    private static readonly ConcurrentDictionary<string, Lazy<Task<string>>> Runs = new(StringComparer.Ordinal);
    private static readonly Lazy<string> Scratch = new(() => Directory.CreateTempSubdirectory("drctool-pcbnew-").FullName);
    private static int _count;

    /// <summary>The python that imports pcbnew, or null: /usr/bin/python3 (Debian's, beside KiCad), checked once.</summary>
    public static string? Python { get; } = Find();

    public static string MissingReason =>
        "needs KiCad 9's pcbnew module in /usr/bin/python3 (.ci/install.sh installs kicad from bookworm-backports)";

    public static void Prefetch(string script, IEnumerable<string> boards)
    {
        foreach (var board in boards) Start(script, board);
    }

    /// <summary>The path of the JSON the script wrote for a board: {"net": [["R1", "2"], ...]}.</summary>
    public static string PadNets(string script, string board) => Start(script, board).GetAwaiter().GetResult();

    private static Task<string> Start(string script, string board) =>
        Runs.GetOrAdd(Path.GetFullPath(board), full => new Lazy<Task<string>>(() => Task.Run(async () =>
        {
            await Slots.WaitAsync().ConfigureAwait(false);
            try
            {
                return Run(script, full);
            }
            finally
            {
                Slots.Release();
            }
        }))).Value;

    private static string Run(string script, string board)
    {
        var output = Path.Combine(Scratch.Value, Interlocked.Increment(ref _count).ToString(System.Globalization.CultureInfo.InvariantCulture) + ".json");
        var start = new ProcessStartInfo(Python ?? throw new InvalidOperationException(MissingReason))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Scratch.Value,
        };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(board);
        start.ArgumentList.Add(output);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"pcbnew did not read {board} within 3 minutes");
        }

        if (process.ExitCode != 0 || !File.Exists(output))
        {
            throw new InvalidOperationException($"pcbnew could not read {board} (exit {process.ExitCode}): {stdout.Result} {stderr.Result}");
        }

        return output;
    }

    private static string? Find()
    {
        const string python = "/usr/bin/python3";
        if (!File.Exists(python)) return null;
        try
        {
            using var process = Process.Start(new ProcessStartInfo(python, ["-c", "import pcbnew"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            })!;
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            return process.WaitForExit(TimeSpan.FromMinutes(1)) && process.ExitCode == 0 ? python : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}

/// <summary>A theory that needs pcbnew (and ../shared or KiCad's demos); skipped, saying why, where either is missing.</summary>
public sealed class PcbnewTheoryAttribute : TheoryAttribute
{
    public PcbnewTheoryAttribute(string needs = "")
    {
        if (Pcbnew.Python is null) Skip = Pcbnew.MissingReason;
        else if (needs == "demos" && KiCadCli.DemosFolder is null) Skip = KiCadCli.DemosMissingReason;
        else if (needs == "shared" && !RepoPaths.SharedAvailable) Skip = RepoPaths.SharedMissingReason;
    }
}
