using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using DrcTool.Benchmarks;
using DrcTool.Benchmarks.Scale;

// dotnet run -c Release --project benchmarks/DrcTool.Benchmarks -- [--quick] --filter '*'   BenchmarkDotNet suites
// dotnet run -c Release --project benchmarks/DrcTool.Benchmarks -- scale-report [--max-parts N]   time and peak memory per size
// dotnet run -c Release --project benchmarks/DrcTool.Benchmarks -- throughput [ITERATIONS]         MB/s per real board, wall and CPU
// dotnet run -c Release --project benchmarks/DrcTool.Benchmarks -- startup-report [--cli PATH] [--runs N] [--input FILE]...   drctool check, process start to report
// dotnet run -c Release --project benchmarks/DrcTool.Benchmarks -- startup-ratios [--cli PATH] [--runs N] [--max-parts N]   against dotnet --version and KiCad's load
// dotnet run -c Release --project benchmarks/DrcTool.Benchmarks -- generate [DIR]                 write the synthetic boards
// dotnet run -c Release --project benchmarks/DrcTool.Benchmarks -- generate-kicad6 [DIR]          the boards in KiCad 6 syntax
switch (args.FirstOrDefault())
{
    case "generate":
        var folder = args.Length > 1 ? args[1] : SyntheticFiles.Folder;
        foreach (var format in SyntheticFiles.Formats)
        {
            foreach (var parts in SyntheticFiles.PartCounts)
            {
                var path = SyntheticFiles.Write(folder, format, parts, overwrite: true);
                Console.WriteLine($"{path}\t{new FileInfo(path).Length} bytes");
            }
        }

        return 0;
    case "generate-kicad6":
        // KiCad 6 syntax, for timing KiCad 6's own load of the same board (see docs/performance.md).
        var kicad6Folder = args.Length > 1 ? args[1] : SyntheticFiles.Folder;
        Directory.CreateDirectory(kicad6Folder);
        foreach (var parts in SyntheticFiles.PartCounts)
        {
            var path = Path.Combine(kicad6Folder, $"synthetic-{parts}-kicad6.kicad_pcb");
            using (var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false), 1 << 16))
            {
                DrcTool.Benchmarks.Generation.KiCad6BoardWriter.Write(DrcTool.Benchmarks.Generation.SyntheticDesign.Create(parts), writer);
            }

            Console.WriteLine($"{path}\t{new FileInfo(path).Length} bytes");
        }

        return 0;
    case "throughput":
        return ThroughputReport.Run(args.Skip(1).ToArray());
    case "startup-report":
        return StartupReport.Run(args.Skip(1).ToArray());
    case "startup-ratios":
        return DrcTool.Benchmarks.Startup.StartupRatios.Run(args.Skip(1).ToArray());
    case "scale-report":
        return ScaleReport.Run(args.Skip(1).ToArray());
    case ScaleReport.MeasureVerb:
        return ScaleReport.Measure(args.Skip(1).ToArray());
}

var quick = args.Contains("--quick");
var config = DefaultConfig.Instance
    .AddColumn(new ThroughputColumn())
    .WithOptions(ConfigOptions.JoinSummary);
if (quick)
{
    // CI: one process, few iterations; numbers are indicative, the run takes about a minute.
    // In-process: no per-run build of BenchmarkDotNet's boilerplate project, which matters on a shared CI machine.
    config = config.AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(5)
        .WithToolchain(BenchmarkDotNet.Toolchains.InProcess.Emit.InProcessEmitToolchain.Instance).WithId("quick"));
}

BenchmarkSwitcher.FromAssembly(typeof(SExpressionBenchmarks).Assembly).Run(args.Where(a => a != "--quick").ToArray(), config);
return 0;
