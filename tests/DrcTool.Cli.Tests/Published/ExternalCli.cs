using System.Diagnostics;
using System.Text;

namespace DrcTool.Cli.Tests;

/// <summary>
/// The drctool executable the CLI tests run instead of <see cref="CliApp"/> in-process when $DRCTOOL_CLI names one.
/// .ci/run sets it to the Native AOT build after publishing it, and runs these tests again, so the binary users get
/// is tested, not only the JIT-compiled assemblies: trimming or AOT compilation that broke a path shows up there.
/// </summary>
internal static class ExternalCli
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    /// <summary>The full path of $DRCTOOL_CLI, or null when the tests run the CLI in-process.</summary>
    public static string? Path =>
        Environment.GetEnvironmentVariable("DRCTOOL_CLI") is { Length: > 0 } cli ? System.IO.Path.GetFullPath(cli) : null;

    public static CliRun Run(string cli, IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null)
    {
        if (!File.Exists(cli))
        {
            throw new FileNotFoundException($"DRCTOOL_CLI names {cli}, which does not exist", cli);
        }

        var start = new ProcessStartInfo(cli)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = Environment.CurrentDirectory,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{cli} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{cli} {string.Join(' ', args)} ran longer than {Limit}");
        }

        return new CliRun(process.ExitCode, output.Result, error.Result);
    }
}
