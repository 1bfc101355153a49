using BenchmarkDotNet.Attributes;
using DrcTool.Core.Import;

namespace DrcTool.Benchmarks.Scale;

/// <summary>
/// Reading synthetic boards of 1k, 10k and 100k parts in each format: time and allocation should grow linearly.
/// Peak process memory per case is measured separately by <c>scale-report</c> (see Program), in a fresh process each.
/// </summary>
[MemoryDiagnoser]
public class ScaleBenchmarks
{
    private byte[] _content = [];

    [ParamsSource(nameof(Cases))]
    public ScaleCase Case { get; set; } = null!;

    public static IEnumerable<ScaleCase> Cases()
    {
        var counts = Environment.GetEnvironmentVariable("DRCTOOL_BENCH_MAX_PARTS") is { } max && int.TryParse(max, out var limit)
            ? SyntheticFiles.PartCounts.Where(c => c <= limit)
            : SyntheticFiles.PartCounts;
        foreach (var format in SyntheticFiles.Formats)
        {
            foreach (var parts in counts)
            {
                yield return new ScaleCase(format, parts);
            }
        }
    }

    [GlobalSetup]
    public void Setup() => _content = File.ReadAllBytes(Case.Path);

    [Benchmark(Description = "load")]
    public int Load() => DesignLoader.Default.Load(Case.Path, _content).Components.Count;
}
