using BenchmarkDotNet.Attributes;
using DrcTool.Core.Import;

namespace DrcTool.Benchmarks;

/// <summary>
/// The KiCad schematic reader over real hierarchies: KiCad 9's two largest demos (video: 371 nets, vme-wren: 1,335
/// nets over 20 sheets, buses) and the bus-heavy RIPPLE-IDE project from ../shared/kicad-projects. Sub-sheets are read
/// from disk, as drctool reads them. Run at two commits to report the reader's cost as a ratio.
/// </summary>
[MemoryDiagnoser]
public class SchematicBenchmarks
{
    private byte[] _content = [];

    [ParamsSource(nameof(Files))]
    public InputFile File { get; set; } = null!;

    public static IEnumerable<InputFile> Files()
    {
        var demos = Environment.GetEnvironmentVariable("DRCTOOL_KICAD_DEMOS") is { Length: > 0 } fromEnv ? fromEnv : "/usr/share/kicad/demos";
        var candidates = new[]
        {
            Path.Combine(demos, "video", "video.kicad_sch"),
            Path.Combine(demos, "vme-wren", "vme-wren.kicad_sch"),
            Path.Combine(BenchmarkInputs.Shared, "kicad-projects", "LIV2__RIPPLE-IDE", "Kicad", "RIPPLE.kicad_sch"),
        };
        foreach (var path in candidates.Where(System.IO.File.Exists))
        {
            // The hierarchy's bytes, so the MB/s column counts every sheet read.
            var folder = Path.GetDirectoryName(path)!;
            var size = Directory.GetFiles(folder, "*.kicad_sch").Sum(f => new FileInfo(f).Length);
            yield return new InputFile(Path.GetFileName(path), path, size);
        }
    }

    [GlobalSetup]
    public void Setup() => _content = System.IO.File.ReadAllBytes(File.Path);

    [Benchmark(Description = "read schematic")]
    public int ReadSchematic() => DesignLoader.Default.Load(File.Path, _content).Nets.Count;
}
