using BenchmarkDotNet.Attributes;
using DrcTool.Core.Import;
using DrcTool.Core.Import.SExpressions;

namespace DrcTool.Benchmarks;

/// <summary>
/// The S-expression tokenizer, and the whole KiCad board read on top of it, over the real KiCad boards in ../shared.
/// Target: the largest demo board (kicad-demos/stickhub/StickHub.kicad_pcb) tokenized at 150 MB/s or more.
/// </summary>
[MemoryDiagnoser]
public class SExpressionBenchmarks
{
    private byte[] _content = [];

    [ParamsSource(nameof(Files))]
    public InputFile File { get; set; } = null!;

    public static IEnumerable<InputFile> Files()
    {
        var boards = BenchmarkInputs.KiCadBoards();
        if (boards.Count == 0)
        {
            // Without ../shared, a synthetic board of about the size of the largest demo.
            var path = Scale.SyntheticFiles.Path(Scale.SyntheticFormat.KiCadBoard, 400);
            yield return new InputFile("synthetic-400-parts.kicad_pcb", path, new FileInfo(path).Length);
            yield break;
        }

        // The largest board (the 150 MB/s target) and the smallest, to show that per-file overhead stays small.
        foreach (var board in Environment.GetEnvironmentVariable("DRCTOOL_BENCH_ALL_FILES") is "1" ? boards : [boards[0], boards[^1]])
        {
            yield return new InputFile(Path.GetFileName(board), board, new FileInfo(board).Length);
        }
    }

    [GlobalSetup]
    public void Setup() => _content = System.IO.File.ReadAllBytes(File.Path);

    [Benchmark(Description = "tokenize")]
    public int Tokenize() => SExprDocument.Parse(File.Path, _content).NodeCount;

    [Benchmark(Description = "read board")]
    public int ReadBoard() => DesignLoader.Default.Load(File.Path, _content).Components.Count;
}
