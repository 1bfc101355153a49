using System.Diagnostics;
using System.Globalization;

namespace DrcTool.Benchmarks;

/// <summary>
/// A full check as the user runs it: the <c>drctool</c> process started, the board read, checked and its JSON report
/// written to a file, the process gone. Timed over repeated runs (after one unmeasured run that warms the disk cache).
/// </summary>
internal static class StartupReport
{
    public static int Run(string[] args)
    {
        var cli = Option(args, "--cli") ?? Path.Combine(BenchmarkInputs.RepoRoot, "src", "DrcTool.Cli", "bin", "Release", "net10.0", "drctool");
        var runs = int.Parse(Option(args, "--runs") ?? "10", CultureInfo.InvariantCulture);
        if (!File.Exists(cli))
        {
            Console.Error.WriteLine($"{cli} not found: build it first (dotnet build -c Release src/DrcTool.Cli), or pass --cli PATH");
            return 2;
        }

        var report = Path.Combine(Path.GetTempPath(), $"drctool-startup-{Environment.ProcessId}.json");
        Console.WriteLine($"CLI: {cli}");
        Console.WriteLine("| input | runs | min ms | median ms | max ms | exit code |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        var inputs = args.Select((arg, i) => (arg, i)).Where(x => x.arg == "--input" && x.i + 1 < args.Length).Select(x => args[x.i + 1]).ToList();
        if (inputs.Count == 0) inputs = FullCheckBenchmarks.FullCheckInputs().ToList();
        foreach (var input in inputs)
        {
            var times = new List<double>();
            var exitCode = 0;
            for (var i = 0; i <= runs; i++)
            {
                var (elapsed, code) = RunOnce(cli, input, report);
                exitCode = code;
                if (i > 0) times.Add(elapsed);
            }

            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {Path.GetFileName(input)} | {runs} | {times[0]:0} | {times[times.Count / 2]:0} | {times[^1]:0} | {exitCode} |"));
        }

        File.Delete(report);
        return 0;
    }

    private static (double Milliseconds, int ExitCode) RunOnce(string cli, string input, string report)
    {
        var start = new ProcessStartInfo(cli) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        if (cli.EndsWith(".dll", StringComparison.Ordinal))
        {
            start.FileName = "dotnet";
            start.ArgumentList.Add(cli);
        }

        foreach (var argument in new[] { "check", input, "--format", "json" }) start.ArgumentList.Add(argument);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        using (var file = File.Create(report))
        {
            process.StandardOutput.BaseStream.CopyTo(file);
        }

        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (clock.Elapsed.TotalMilliseconds, process.ExitCode);
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
