using System.Text.RegularExpressions;
using DrcTool.TestSupport;

namespace DrcTool.Cli.Tests.Packaging;

/// <summary>
/// The container image's executable built the way the Dockerfile builds it (there is no container engine here, so
/// its build stage's RUN script is run directly): the file the final stage copies exists, needs nothing but the C
/// library, and checks the sample boards.
/// </summary>
[Collection(PackagingCollection.Name)]
public sealed partial class DockerfileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("drctool-image-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string[] Lines => File.ReadAllLines(Path.Combine(RepoPaths.Root, "Dockerfile"));

    [Fact]
    public void The_build_stage_runs_the_aot_script_and_the_final_stage_copies_its_executable()
    {
        var stages = Lines.Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)).ToList();
        stages.Count.ShouldBe(2);
        stages[0].ShouldEndWith(" AS build");
        // The executable is linked against the build stage's C library: both stages must be the same distribution.
        Suffix(stages[0].Split(' ')[1]).ShouldBe(Suffix(stages[1].Split(' ')[1]));
        BuildCommand().ShouldStartWith("bash .ci/build-aot.sh ");
        Copies().ShouldBe([("/out/drctool", "/usr/local/bin/drctool")]);
    }

    [AotBuildFact]
    public void The_build_script_makes_an_executable_that_needs_only_the_c_library_and_checks_the_boards()
    {
        var command = BuildCommand();
        var outFolder = command.Split(' ')[^1];
        var local = Path.Combine(_dir, "out");
        var build = ProcessRunner.Run("bash", ["-c", command.Replace(outFolder, local, StringComparison.Ordinal)], RepoPaths.Root, limit: TimeSpan.FromMinutes(30));
        build.ExitCode.ShouldBe(0, build.Output + build.Error);

        var (from, _) = Copies().Single();
        var drctool = Path.Combine(local, Path.GetRelativePath(outFolder, from));
        File.Exists(drctool).ShouldBeTrue();
        Directory.GetFiles(local).Select(Path.GetFileName).ShouldBe(["drctool"], "one file: nothing else to copy into the image");
        if (OperatingSystem.IsLinux())
        {
            var libraries = ProcessRunner.Run("ldd", [drctool]).Output;
            foreach (Match library in LibraryName().Matches(libraries))
            {
                library.Groups[1].Value.ShouldBeOneOf(["linux-vdso", "libc", "libm", "ld-linux-x86-64", "ld-linux-aarch64", "libdl", "libpthread", "librt"]);
            }
        }

        var run = ProcessRunner.Run(drctool, ["check", Path.Combine(RepoPaths.SampleBoards, "violations", "DRC013-reset-pull-up"), "--format", "json"]);
        run.ExitCode.ShouldBe(1, run.Error);
        run.Json.GetProperty("designs")[0].GetProperty("findings").EnumerateArray()
            .ShouldContain(f => f.GetProperty("rule").GetString() == "DRC013");
    }

    /// <summary>The build stage's RUN line that builds the executable.</summary>
    private static string BuildCommand() =>
        Lines.Select(l => l.Trim()).Single(l => l.StartsWith("RUN ", StringComparison.Ordinal) && l.Contains(".ci/build-aot.sh", StringComparison.Ordinal))[4..];

    private static List<(string From, string To)> Copies() =>
        Lines.Where(l => l.StartsWith("COPY --from=build ", StringComparison.Ordinal))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(p => (p[2], p[3]))
            .ToList();

    /// <summary>The distribution part of an image tag: "10.0-noble" gives "noble".</summary>
    private static string Suffix(string image) => image[(image.LastIndexOf('-') + 1)..];

    [GeneratedRegex(@"^\s*(?:\S*/)?([^/\s]+?)\.so", RegexOptions.Multiline)]
    private static partial Regex LibraryName();
}
