using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace DrcTool.Benchmarks.Startup;

/// <summary>
/// Issue 13's start-up targets as BenchmarkDotNet ratios, each against the baseline run beside it in the same run:
/// `drctool check` of AN001, process start to written report, against `dotnet --version`; of KiCad's `video.kicad_pcb`
/// and a 5× copy against KiCad 9's own load of the same file (`pcbnew.LoadBoard`, from process start). Every
/// benchmark starts a process, so one invocation per iteration (RunStrategy.Monitoring) and no child build of
/// BenchmarkDotNet's boilerplate (in-process toolchain). The drctool measured is $DRCTOOL_CLI, else the Native AOT
/// build in artifacts/aot (bash .ci/build-aot.sh). `startup-ratios` measures the same commands interleaved with CPU
/// time beside wall time, and peak memory.
/// </summary>
[Config(typeof(StartupConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class StartupBenchmarks
{
    private const string Video = "/usr/share/kicad/demos/video/video.kicad_pcb";
    private const string KiCadPython = "/usr/bin/python3";

    private string _cli = "";
    private string _work = "";
    private string _video5 = "";
    private string _report = "";

    [GlobalSetup]
    public void Setup()
    {
        _cli = Path.GetFullPath(Environment.GetEnvironmentVariable("DRCTOOL_CLI") is { Length: > 0 } cli
            ? cli
            : Path.Combine(BenchmarkInputs.RepoRoot, "artifacts", "aot", "drctool"));
        Require(_cli, "build it with bash .ci/build-aot.sh, or set DRCTOOL_CLI");
        Require(An001, "../shared (or $DRCTOOL_SHARED) holds AN001");
        Require(Video, "KiCad's demos (apt-get install kicad-demos)");
        Require(KiCadPython, "Debian's python3 with KiCad's pcbnew module (apt-get install kicad)");
        _work = Directory.CreateTempSubdirectory("drctool-startup-bdn-").FullName;
        _video5 = BoardReplicator.Write(Video, 5, _work);
        _report = Path.Combine(_work, "report.json");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_work, recursive: true);

    private static string An001 => Path.Combine(BenchmarkInputs.Shared, "boards", "an001-basic-som-design", "SomTest1.sch");

    [Benchmark(Baseline = true, Description = "dotnet --version")]
    [BenchmarkCategory("AN001")]
    public int DotnetVersion() => Run("dotnet", "--version");

    [Benchmark(Description = "drctool check AN001")]
    [BenchmarkCategory("AN001")]
    public int CheckAn001() => Check(An001);

    [Benchmark(Baseline = true, Description = "KiCad 9 load video 1x")]
    [BenchmarkCategory("video 1x")]
    public int KiCadLoadVideo() => KiCadLoad(Video);

    [Benchmark(Description = "drctool check video 1x")]
    [BenchmarkCategory("video 1x")]
    public int CheckVideo() => Check(Video);

    [Benchmark(Baseline = true, Description = "KiCad 9 load video 5x")]
    [BenchmarkCategory("video 5x")]
    public int KiCadLoadVideo5() => KiCadLoad(_video5);

    [Benchmark(Description = "drctool check video 5x")]
    [BenchmarkCategory("video 5x")]
    public int CheckVideo5() => Check(_video5);

    private int Check(string board) => Run(_cli, "check", board, "--report", _report, "--format", "json");

    private static int KiCadLoad(string board) => Run(KiCadPython, "-c", "import pcbnew,sys; pcbnew.LoadBoard(sys.argv[1])", board);

    private static int Run(params string[] command)
    {
        var exit = ChildProcess.RunQuietly(command);
        // drctool exits 1 on findings (AN001 and video have some); 2 or a crash would make the timing meaningless.
        return exit is 0 or 1 ? exit : throw new InvalidOperationException($"{string.Join(' ', command)} exited {exit}");
    }

    private static void Require(string path, string how)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path} not found: {how}", path);
    }

    /// <summary>Few iterations, one process start each; $DRCTOOL_STARTUP_ITERATIONS overrides the 10.</summary>
    private sealed class StartupConfig : ManualConfig
    {
        public StartupConfig()
        {
            var iterations = int.TryParse(Environment.GetEnvironmentVariable("DRCTOOL_STARTUP_ITERATIONS"), out var n) ? n : 10;
            AddJob(Job.Default
                .WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1)
                .WithWarmupCount(1)
                .WithIterationCount(iterations)
                .WithInvocationCount(1)
                .WithUnrollFactor(1)
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithId("startup"));
            AddColumn(StatisticColumn.Median, StatisticColumn.Min, BaselineRatioColumn.RatioMean);
            WithOptions(ConfigOptions.DisableOptimizationsValidator);
        }
    }
}
