namespace DrcTool.Cli.Tests;

/// <summary>
/// The drctool executable the CLI tests run instead of <see cref="CliApp"/> in-process when $DRCTOOL_CLI names one.
/// .ci/run sets it to the Native AOT build after publishing it, and runs these tests again, so the binary users get
/// is tested, not only the JIT-compiled assemblies: trimming or AOT compilation that broke a path shows up there.
/// </summary>
internal static class ExternalCli
{
    /// <summary>The full path of $DRCTOOL_CLI, or null when the tests run the CLI in-process.</summary>
    public static string? Path =>
        Environment.GetEnvironmentVariable("DRCTOOL_CLI") is { Length: > 0 } cli ? System.IO.Path.GetFullPath(cli) : null;

    public static CliRun Run(string cli, IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null) =>
        File.Exists(cli)
            ? ProcessRunner.Run(cli, args, environment: environment, limit: TimeSpan.FromMinutes(3))
            : throw new FileNotFoundException($"DRCTOOL_CLI names {cli}, which does not exist", cli);
}
