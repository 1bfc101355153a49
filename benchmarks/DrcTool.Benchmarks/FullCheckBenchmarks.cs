using BenchmarkDotNet.Attributes;
using DrcTool.Core.Checks;
using DrcTool.Core.Import;
using DrcTool.Reporting;
using DrcTool.Reporting.Json;

namespace DrcTool.Benchmarks;

/// <summary>
/// The whole pipeline in process for one real base board: read the file, find and bind the SoM, run every rule,
/// and write the JSON report. (Process start-up is measured by <c>startup-report</c>, which runs the CLI itself.)
/// </summary>
[MemoryDiagnoser]
public class FullCheckBenchmarks
{
    [ParamsSource(nameof(Files))]
    public InputFile File { get; set; } = null!;

    public static IEnumerable<InputFile> Files()
    {
        foreach (var path in FullCheckInputs())
        {
            yield return new InputFile(Path.GetFileName(path), path, new FileInfo(path).Length);
        }
    }

    /// <summary>AN001 (Particle's basic SoM base board) in its three files, and the project's reference board.</summary>
    public static IEnumerable<string> FullCheckInputs()
    {
        string[] candidates =
        [
            Path.Combine(BenchmarkInputs.Shared, "boards", "an001-basic-som-design", "SomTest1.sch"),
            Path.Combine(BenchmarkInputs.Shared, "boards", "an001-basic-som-design", "SomTest1.brd"),
            Path.Combine(BenchmarkInputs.Shared, "boards", "an001-basic-som-design", "kicad6", "SomTest1.kicad_pcb"),
            Path.Combine(BenchmarkInputs.RepoRoot, "sample-boards", "reference-board", "reference-board.net"),
        ];
        return candidates.Where(System.IO.File.Exists);
    }

    [Benchmark(Description = "load+check+json")]
    public int Check()
    {
        var design = DesignLoader.Default.Load(File.Path);
        var result = DesignChecker.Check(design, CheckOptions.Default);
        var json = JsonOutput.ToText(w => CheckReportJson.Write(w, [DesignOutcome.Checked(File.Path, result)], RuleCatalog.Default));
        return json.Length;
    }
}
