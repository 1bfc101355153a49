using System.Diagnostics;
using System.Text;

namespace DrcTool.Cli.Tests;

/// <summary>Runs a program to the end, with a time limit, and returns its exit code and both streams.</summary>
internal static class ProcessRunner
{
    public static CliRun Run(string program, IEnumerable<string> args, string? workingDirectory = null,
        IReadOnlyDictionary<string, string?>? environment = null, TimeSpan? limit = null)
    {
        var start = new ProcessStartInfo(program)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var wait = limit ?? TimeSpan.FromMinutes(5);
        if (!process.WaitForExit(wait))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', start.ArgumentList)} ran longer than {wait}");
        }

        return new CliRun(process.ExitCode, output.Result, error.Result);
    }
}
