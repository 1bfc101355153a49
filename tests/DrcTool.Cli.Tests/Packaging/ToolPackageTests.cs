using System.IO.Compression;
using System.Reflection;
using System.Xml.Linq;
using DrcTool.TestSupport;

namespace DrcTool.Cli.Tests.Packaging;

/// <summary>
/// The .NET tool as a user installs it: `dotnet tool install` from the folder .ci/pack-tool.sh wrote, with that folder
/// as the only package source (so it works offline), then the installed drctool run on the project's sample boards.
/// </summary>
[Collection(PackagingCollection.Name)]
public sealed class ToolPackageTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("drctool-tool-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Version =>
        typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

    private static string Package(string id) => Path.Combine(PackagingEnvironment.Packages!, $"{id}.{Version}.nupkg");

    private static string Reference => Path.Combine(RepoPaths.SampleBoards, "reference-board", "reference-board.net");

    private static string SimWired => Path.Combine(RepoPaths.SampleBoards, "violations", "DRC003-sim-wired");

    [PackagesFact]
    public void Installs_offline_from_the_packed_folder_as_a_native_executable_that_checks_the_sample_boards()
    {
        var tools = Path.Combine(_dir, "tools");
        var config = PackagingEnvironment.OnlySourceConfig(_dir, PackagingEnvironment.Packages!);
        var install = ProcessRunner.Run("dotnet", ["tool", "install", "DrcTool", "--version", Version, "--tool-path", tools, "--configfile", config]);
        install.ExitCode.ShouldBe(0, install.Output + install.Error);

        var drctool = Path.Combine(tools, OperatingSystem.IsWindows() ? "drctool.exe" : "drctool");
        var version = ProcessRunner.Run(drctool, ["--version"]);
        version.ExitCode.ShouldBe(0, version.Error);
        version.Output.Trim().ShouldStartWith(Version);

        var clean = ProcessRunner.Run(drctool, ["check", Reference]);
        clean.ExitCode.ShouldBe(0, clean.Output + clean.Error);
        clean.Output.ShouldContain("0 errors");
        var failing = ProcessRunner.Run(drctool, ["check", SimWired, "--format", "json"]);
        failing.ExitCode.ShouldBe(1, failing.Error);
        failing.Json.GetProperty("designs")[0].GetProperty("findings").EnumerateArray()
            .ShouldContain(f => f.GetProperty("rule").GetString() == "DRC003");

        // The machine's own package is the Native AOT one: an executable, not an assembly for `dotnet` to run.
        var (command, folder) = PackagingEnvironment.InstalledCommand(tools);
        ((string)command.Attribute("Runner")!).ShouldBe("executable");
        Directory.GetFiles(folder).Select(Path.GetFileName)
            .ShouldBe(["DotnetToolSettings.xml", "drctool"], ignoreOrder: true, "Native AOT: one executable, no assemblies, no symbols");
    }

    [PackagesFact]
    public void The_DrcTool_package_names_a_package_per_runtime_and_each_is_in_the_folder()
    {
        using var pointer = ZipFile.OpenRead(Package("DrcTool"));
        var nuspec = XDocument.Load(pointer.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        nuspec.Descendants().Single(e => e.Name.LocalName == "id").Value.ShouldBe("DrcTool");
        nuspec.Descendants().Where(e => e.Name.LocalName == "packageType").Select(e => (string)e.Attribute("name")!).ShouldContain("DotnetTool");
        var settings = XDocument.Load(pointer.Entries.Single(e => e.Name == "DotnetToolSettings.xml").Open());
        ((string)settings.Descendants("Command").Single().Attribute("Name")!).ShouldBe("drctool");
        var runtimes = settings.Descendants("RuntimeIdentifierPackage").Select(e => (string)e.Attribute("RuntimeIdentifier")!).ToList();
        runtimes.ShouldContain("any", "a framework-dependent package for every platform without its own");
        foreach (var runtime in runtimes)
        {
            File.Exists(Package($"DrcTool.{runtime}")).ShouldBeTrue($"DrcTool.{runtime} is named by DrcTool and must be packed beside it");
        }
    }

    [PackagesFact]
    public void The_any_package_runs_on_the_installed_dotnet_runtime()
    {
        var folder = Path.Combine(_dir, "any");
        ZipFile.ExtractToDirectory(Package("DrcTool.any"), folder);
        var settings = Directory.GetFiles(folder, "DotnetToolSettings.xml", SearchOption.AllDirectories).Single();
        var command = XDocument.Load(settings).Descendants("Command").Single();
        ((string)command.Attribute("Runner")!).ShouldBe("dotnet");
        var entry = Path.Combine(Path.GetDirectoryName(settings)!, (string)command.Attribute("EntryPoint")!);

        var run = ProcessRunner.Run("dotnet", [entry, "check", SimWired, "--format", "json"]);
        run.ExitCode.ShouldBe(1, run.Error);
        run.Json.GetProperty("designs")[0].GetProperty("findings").EnumerateArray()
            .ShouldContain(f => f.GetProperty("rule").GetString() == "DRC003");
    }
}
