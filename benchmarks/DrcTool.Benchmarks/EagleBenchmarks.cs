using BenchmarkDotNet.Attributes;
using DrcTool.Core.Import;

namespace DrcTool.Benchmarks;

/// <summary>Reading real Eagle schematics and boards from ../shared/boards (the largest of each), or synthetic ones without it.</summary>
[MemoryDiagnoser]
public class EagleBenchmarks
{
    private byte[] _content = [];

    [ParamsSource(nameof(Files))]
    public InputFile File { get; set; } = null!;

    public static IEnumerable<InputFile> Files()
    {
        var files = BenchmarkInputs.EagleFiles();
        var picks = new[] { ".sch", ".brd" }
            .Select(extension => files.FirstOrDefault(f => f.EndsWith(extension, StringComparison.Ordinal)))
            .OfType<string>()
            .ToList();
        if (picks.Count == 0)
        {
            picks = [Scale.SyntheticFiles.Path(Scale.SyntheticFormat.EagleSchematic, 400), Scale.SyntheticFiles.Path(Scale.SyntheticFormat.EagleBoard, 400)];
        }

        foreach (var pick in picks)
        {
            yield return new InputFile(Path.GetFileName(pick), pick, new FileInfo(pick).Length);
        }
    }

    [GlobalSetup]
    public void Setup() => _content = System.IO.File.ReadAllBytes(File.Path);

    [Benchmark(Description = "read eagle")]
    public int Read() => DesignLoader.Default.Load(File.Path, _content).Components.Count;
}
