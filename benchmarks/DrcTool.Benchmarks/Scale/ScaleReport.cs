using System.Diagnostics;
using System.Globalization;
using DrcTool.Core.Import;

namespace DrcTool.Benchmarks.Scale;

/// <summary>
/// Time and peak memory of one load per format and size, each in a fresh process so one case's heap does not
/// hide another's: the child JITs the reader on a tiny board, notes its peak resident memory (VmHWM), reads and
/// loads the file, and reports how far the peak rose, over the file's size. Then it times three more loads.
/// </summary>
internal static class ScaleReport
{
    public const string MeasureVerb = "measure-one";

    public static int Run(string[] args)
    {
        var maxParts = int.MaxValue;
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--max-parts") maxParts = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
        }

        Console.WriteLine($"load average: {ThroughputReport.LoadAverage()}");
        Console.WriteLine("| format | parts | file MB | first load ms | best load ms | best CPU ms | MB/s (CPU) | allocated MB | peak RSS rise MB | peak / file |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var format in SyntheticFiles.Formats)
        {
            foreach (var parts in SyntheticFiles.PartCounts.Where(p => p <= maxParts))
            {
                SyntheticFiles.Path(format, parts);
                var line = RunChild(format, parts);
                Console.WriteLine(line);
            }
        }

        return 0;
    }

    private static string RunChild(SyntheticFormat format, int parts)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") start.ArgumentList.Add(typeof(ScaleReport).Assembly.Location);
        start.ArgumentList.Add(MeasureVerb);
        start.ArgumentList.Add(format.ToString());
        start.ArgumentList.Add(parts.ToString(CultureInfo.InvariantCulture));
        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd().Trim();
        child.WaitForExit();
        return child.ExitCode == 0 ? output : $"| {format} | {parts} | failed with exit code {child.ExitCode} |";
    }

    public static int Measure(string[] args)
    {
        var format = Enum.Parse<SyntheticFormat>(args[0]);
        var parts = int.Parse(args[1], CultureInfo.InvariantCulture);
        var path = SyntheticFiles.Path(format, parts);

        // JIT every path the load takes, on a tiny board, so the peak below is the data's, not the code's.
        var warm = SyntheticFiles.Path(format, 10);
        DesignLoader.Default.Load(warm, File.ReadAllBytes(warm));
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var baseline = PeakResidentBytes();

        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var content = File.ReadAllBytes(path);
        var design = DesignLoader.Default.Load(path, content);
        var first = clock.Elapsed.TotalMilliseconds;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var peakRise = PeakResidentBytes() - baseline;
        GC.KeepAlive(design);

        var best = double.MaxValue;
        var bestCpu = double.MaxValue;
        var process = Process.GetCurrentProcess();
        for (var i = 0; i < 3; i++)
        {
            content = null!;
            design = null!;
            GC.Collect();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            clock.Restart();
            content = File.ReadAllBytes(path);
            design = DesignLoader.Default.Load(path, content);
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
            process.Refresh();
            bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }

        var size = new FileInfo(path).Length;
        if (design.Components.Count != parts)
        {
            // The generator and the reader disagree: the timings would be of the wrong thing.
            Console.WriteLine($"| {SyntheticFiles.Extension(format)} | {parts} | read {design.Components.Count} parts, expected {parts} |");
            return 3;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {SyntheticFiles.Extension(format)} | {parts} | {size / 1e6:0.0} | {first:0} | {best:0} | {bestCpu:0} | {size / 1e6 / (bestCpu / 1000):0} | {allocated / 1e6:0} | {peakRise / 1e6:0} | {(double)peakRise / size:0.00} |"));
        return 0;
    }

    /// <summary>The process's peak resident set (VmHWM) on Linux; 0 where /proc is absent.</summary>
    private static long PeakResidentBytes()
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status)) return 0;
        foreach (var line in File.ReadLines(status))
        {
            if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
            var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
            return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
        }

        return 0;
    }
}
