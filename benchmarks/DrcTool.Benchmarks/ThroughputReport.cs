using System.Diagnostics;
using System.Globalization;
using DrcTool.Core.Import;
using DrcTool.Core.Import.SExpressions;

namespace DrcTool.Benchmarks;

/// <summary>
/// Tokenizer and board-reader throughput on every real KiCad board, by wall clock and by CPU time. On a shared,
/// loaded machine the wall clock counts time spent waiting for a core; process CPU time does not, so it is the
/// steadier figure there. BenchmarkDotNet's SExpressionBenchmarks give the wall-clock statistics.
/// </summary>
internal static class ThroughputReport
{
    public static int Run(string[] args)
    {
        var iterations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50;
        var files = BenchmarkInputs.KiCadBoards();
        if (files.Count == 0) files = [Scale.SyntheticFiles.Path(Scale.SyntheticFormat.KiCadBoard, 400)];
        Console.WriteLine($"load average: {LoadAverage()}");
        Console.WriteLine("| file | KB | tokenize MB/s (wall) | tokenize MB/s (CPU) | read board MB/s (wall) | read board MB/s (CPU) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var file in files)
        {
            var content = File.ReadAllBytes(file);
            var (tokenizeWall, tokenizeCpu) = Measure(content.Length, iterations, () => SExprDocument.Parse(file, content).NodeCount);
            var (readWall, readCpu) = Measure(content.Length, iterations, () => DesignLoader.Default.Load(file, content).Components.Count);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {Path.GetFileName(file)} | {content.Length / 1024} | {tokenizeWall:0} | {tokenizeCpu:0} | {readWall:0} | {readCpu:0} |"));
        }

        return 0;
    }

    /// <summary>MB/s from the fastest of several batches, by wall clock and by process CPU time.</summary>
    private static (double Wall, double Cpu) Measure(long bytes, int iterations, Func<int> work)
    {
        for (var i = 0; i < Math.Max(10, iterations / 5); i++) work();
        var process = Process.GetCurrentProcess();
        double bestWall = double.MaxValue, bestCpu = double.MaxValue;
        for (var batch = 0; batch < 5; batch++)
        {
            GC.Collect();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < iterations; i++) work();
            var wall = clock.Elapsed.TotalSeconds;
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
            bestWall = Math.Min(bestWall, wall);
            bestCpu = Math.Min(bestCpu, cpu);
        }

        var megabytes = bytes * (double)iterations / 1e6;
        return (megabytes / bestWall, megabytes / Math.Max(bestCpu, 1e-9));
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
