using System.Globalization;
using System.Text;
using DrcTool.Benchmarks.Scale;

namespace DrcTool.Benchmarks.Startup;

/// <summary>
/// drctool as users run it, against the baselines the targets name, in one run (docs/performance.md):
/// process start to written report for AN001 against `dotnet --version`; KiCad's `video.kicad_pcb`, at 1× and as a
/// 5× copy, against KiCad 9's own load of the same file (pcbnew.LoadBoard); peak memory over file size for a
/// synthetic 100k-part board. Commands run in interleaved rounds, so machine load falls on all of them alike; each
/// row gives the median wall time and the median CPU time, which waiting for a core does not inflate.
/// </summary>
internal static class StartupRatios
{
    private const string Video = "/usr/share/kicad/demos/video/video.kicad_pcb";
    private const string KiCadPython = "/usr/bin/python3";

    public static int Run(string[] args)
    {
        var cli = Path.GetFullPath(Option(args, "--cli") ?? Path.Combine(BenchmarkInputs.RepoRoot, "artifacts", "aot", "drctool"));
        var runs = int.Parse(Option(args, "--runs") ?? "10", CultureInfo.InvariantCulture);
        var maxParts = int.Parse(Option(args, "--max-parts") ?? "100000", CultureInfo.InvariantCulture);
        if (!File.Exists(cli))
        {
            Console.Error.WriteLine($"{cli} not found: build it (bash .ci/build-aot.sh), or pass --cli PATH (an installed tool: --cli \"$(command -v drctool)\")");
            return 2;
        }

        var work = Directory.CreateTempSubdirectory("drctool-startup-").FullName;
        try
        {
            return Measure(cli, runs, maxParts, work);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static int Measure(string cli, int runs, int maxParts, string work)
    {
        var report = Path.Combine(work, "report.json");
        var kicad = ChildProcess.FirstLine([KiCadPython, "-c", "import pcbnew; print(pcbnew.GetBuildVersion())"]);
        var an001 = Path.Combine(BenchmarkInputs.Shared, "boards", "an001-basic-som-design", "SomTest1.sch");
        var rows = new List<Row> { new("dotnet --version", ["dotnet", "--version"], null) };
        if (File.Exists(an001)) rows.Add(new("drctool check AN001 (SomTest1.sch)", Check(cli, an001, report), an001));
        if (File.Exists(Video))
        {
            var video5 = BoardReplicator.Write(Video, 5, work);
            foreach (var (name, board) in new[] { ("video.kicad_pcb", Video), ("video.kicad_pcb ×5", video5) })
            {
                rows.Add(new($"drctool check {name}", Check(cli, board, report), board));
                if (kicad is not null) rows.Add(new($"KiCad {kicad} pcbnew.LoadBoard {name}", [KiCadPython, "-c", "import pcbnew,sys; pcbnew.LoadBoard(sys.argv[1])", board], board));
            }

            if (kicad is not null) rows.Add(new("KiCad python3 -c 'import pcbnew' (no board)", [KiCadPython, "-c", "import pcbnew"], null));
        }

        Console.WriteLine(Header(cli, kicad, runs));
        foreach (var row in rows) ChildProcess.RunQuietly(row.Command); // one unmeasured round: disk cache, page cache
        for (var round = 0; round < runs; round++)
        {
            foreach (var row in rows) row.Timings.Add(ChildProcess.Time(row.Command));
        }

        foreach (var row in rows) row.PeakBytes = ChildProcess.PeakBytes(row.Command);
        Console.WriteLine("| command | input MB | median wall ms | min wall ms | median CPU ms | peak RSS MB | exit code |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var row in rows) Console.WriteLine(row.Line());

        Console.WriteLine();
        Console.WriteLine("| target | ratio by wall time | ratio by CPU time | met |");
        Console.WriteLine("|---|---:|---:|---|");
        Ratio(rows, "AN001 check ≤ dotnet --version", "drctool check AN001", "dotnet --version", 1.0);
        Ratio(rows, "video check ≤ 0.15 × KiCad load (1×)", "drctool check video.kicad_pcb", $"KiCad {kicad} pcbnew.LoadBoard video.kicad_pcb", 0.15, exact: true);
        Ratio(rows, "video check ≤ 0.15 × KiCad load (5×)", "drctool check video.kicad_pcb ×5", $"KiCad {kicad} pcbnew.LoadBoard video.kicad_pcb ×5", 0.15, exact: true);
        Growth(rows);
        Memory(cli, maxParts, work);
        Console.WriteLine($"Load average after: {LoadAverage()}");
        return 0;
    }

    private static string[] Check(string cli, string board, string report) => [cli, "check", board, "--report", report, "--format", "json"];

    private static void Ratio(List<Row> rows, string target, string measured, string baseline, double limit, bool exact = false)
    {
        var m = rows.FirstOrDefault(r => exact ? r.Name == measured : r.Name.StartsWith(measured, StringComparison.Ordinal));
        var b = rows.FirstOrDefault(r => r.Name == baseline);
        if (m is null || b is null)
        {
            Console.WriteLine($"| {target} | not measured (input or baseline missing) | | |");
            return;
        }

        var wall = m.MedianWall / b.MedianWall;
        var cpu = m.MedianCpu / b.MedianCpu;
        Console.WriteLine(Invariant($"| {target} | {wall:0.000} | {cpu:0.000} | {Verdict(wall <= limit, cpu <= limit)} |"));
    }

    /// <summary>
    /// Time from 1× to 5× against the 5× parts: linear growth keeps the ratio at or under 5. The file grows less than
    /// 5× (tracks and zones are not copied), so its ratio is shown beside it, not used as the limit.
    /// </summary>
    private static void Growth(List<Row> rows)
    {
        foreach (var tool in new[] { "drctool check", "KiCad" })
        {
            var one = rows.FirstOrDefault(r => r.Name.StartsWith(tool, StringComparison.Ordinal) && r.Name.EndsWith("video.kicad_pcb", StringComparison.Ordinal));
            var five = rows.FirstOrDefault(r => r.Name.StartsWith(tool, StringComparison.Ordinal) && r.Name.EndsWith("×5", StringComparison.Ordinal));
            if (one is null || five is null) continue;
            var size = (double)new FileInfo(five.Input!).Length / new FileInfo(one.Input!).Length;
            var wall = five.MedianWall / one.MedianWall;
            var cpu = five.MedianCpu / one.MedianCpu;
            Console.WriteLine(Invariant($"| {tool}: 5× over 1× (5× the parts, file {size:0.00}×), at most linear | {wall:0.00} | {cpu:0.00} | {Verdict(wall <= 5.0, cpu <= 5.0)} |"));
        }
    }

    /// <summary>Peak resident memory of a whole check over the file's size, on the synthetic boards up to maxParts.</summary>
    private static void Memory(string cli, int maxParts, string work)
    {
        Console.WriteLine();
        Console.WriteLine("| synthetic .kicad_pcb | file MB | wall ms | CPU ms | peak RSS MB | peak / file |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var parts in SyntheticFiles.PartCounts.Where(p => p <= maxParts))
        {
            var board = SyntheticFiles.Path(SyntheticFormat.KiCadBoard, parts);
            var command = Check(cli, board, Path.Combine(work, "synthetic.json"));
            var timing = ChildProcess.Time(command);
            var peak = ChildProcess.PeakBytes(command) ?? 0;
            var size = new FileInfo(board).Length;
            Console.WriteLine(Invariant($"| {parts:N0} parts | {size / 1e6:0.0} | {timing.WallMs:0} | {timing.CpuMs:0} | {peak / 1e6:0} | {(double)peak / size:0.00}{(parts == 100_000 ? (peak < 4.0 * size ? " (target < 4: met)" : " (target < 4: not met)") : "")} |"));
        }
    }

    private static string Header(string cli, string? kicad, int runs)
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memory = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").First().Split(':', 2)[1].Trim() : "?";
        return new StringBuilder()
            .AppendLine(Invariant($"Date (UTC): {DateTime.UtcNow:yyyy-MM-dd HH:mm}"))
            .AppendLine($"Machine: {Environment.ProcessorCount} cores ({cpu ?? "?"}), {memory} memory, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}")
            .AppendLine($"Load average before: {LoadAverage()}")
            .AppendLine($"drctool: {cli} ({ChildProcess.FirstLine([cli, "--version"]) ?? "?"}); .NET SDK {ChildProcess.FirstLine(["dotnet", "--version"]) ?? "?"}; KiCad {kicad ?? "not installed"}")
            .AppendLine($"Rounds: {runs}, interleaved, after one unmeasured round")
            .ToString();
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static string Verdict(bool wall, bool cpu) => (wall, cpu) switch
    {
        (true, true) => "met",
        (false, true) => "met by CPU time, not by wall time",
        (true, false) => "met by wall time, not by CPU time",
        _ => "not met",
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private sealed class Row(string name, string[] command, string? input)
    {
        public string Name { get; } = name;
        public string[] Command { get; } = command;
        public string? Input { get; } = input;
        public List<Timing> Timings { get; } = [];
        public long? PeakBytes { get; set; }

        public double MedianWall => Median(Timings.Select(t => t.WallMs));
        public double MedianCpu => Median(Timings.Select(t => t.CpuMs));

        public string Line() => Invariant(
            $"| {Name} | {(Input is null ? "" : (new FileInfo(Input).Length / 1e6).ToString("0.0", CultureInfo.InvariantCulture))} | {MedianWall:0} | {Timings.Min(t => t.WallMs):0} | {MedianCpu:0} | {(PeakBytes is { } p ? (p / 1e6).ToString("0", CultureInfo.InvariantCulture) : "?")} | {string.Join(",", Timings.Select(t => t.ExitCode).Distinct())} |");

        private static double Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToList();
            return sorted.Count == 0 ? double.NaN : sorted[sorted.Count / 2];
        }
    }
}
