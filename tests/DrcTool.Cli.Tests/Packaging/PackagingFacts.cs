namespace DrcTool.Cli.Tests.Packaging;

/// <summary>
/// What the packaging tests need from outside: the folder .ci/pack-tool.sh wrote ($DRCTOOL_PACKAGES), and permission to
/// run the Native AOT build ($DRCTOOL_AOT_BUILD=1), which takes minutes. .ci/run sets both; elsewhere the tests skip.
/// </summary>
internal static class PackagingEnvironment
{
    public static string? Packages =>
        Environment.GetEnvironmentVariable("DRCTOOL_PACKAGES") is { Length: > 0 } folder && Directory.Exists(folder)
            ? Path.GetFullPath(folder)
            : null;

    public static bool AotBuild => Environment.GetEnvironmentVariable("DRCTOOL_AOT_BUILD") == "1";

    /// <summary>
    /// The command an installed tool runs: the `Command` of the installed runtime package's DotnetToolSettings.xml (the
    /// store also holds the DrcTool package's, which names no entry point), and the folder that settings file is in.
    /// </summary>
    public static (System.Xml.Linq.XElement Command, string Folder) InstalledCommand(string toolPath) =>
        Directory.GetFiles(Path.Combine(toolPath, ".store"), "DotnetToolSettings.xml", SearchOption.AllDirectories)
            .Select(f => (Command: System.Xml.Linq.XDocument.Load(f).Descendants("Command").Single(), Folder: Path.GetDirectoryName(f)!))
            .Single(c => c.Command.Attribute("EntryPoint") is not null);

    /// <summary>A nuget.config whose only source is the packed folder: installing from it works offline.</summary>
    public static string OnlySourceConfig(string folder, string packages)
    {
        var config = Path.Combine(folder, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="drctool" value="{packages}" />
              </packageSources>
            </configuration>
            """);
        return config;
    }
}

/// <summary>A fact that installs from the packed folder; skipped, saying why, where .ci/pack-tool.sh has not run.</summary>
public sealed class PackagesFactAttribute : FactAttribute
{
    public PackagesFactAttribute()
    {
        if (PackagingEnvironment.Packages is null)
        {
            Skip = "needs DRCTOOL_PACKAGES naming the folder .ci/pack-tool.sh wrote (.ci/run sets it)";
        }
    }
}

/// <summary>A fact that runs the Native AOT build; skipped, saying why, unless DRCTOOL_AOT_BUILD=1 (.ci/run sets it).</summary>
public sealed class AotBuildFactAttribute : FactAttribute
{
    public AotBuildFactAttribute()
    {
        if (!PackagingEnvironment.AotBuild)
        {
            Skip = "runs a Native AOT build (minutes): set DRCTOOL_AOT_BUILD=1 (.ci/run does)";
        }
    }
}

/// <summary>
/// The tests that build, pack or install the tool run one at a time: each restores and builds src/DrcTool.Cli for
/// another runtime in the same obj folder.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PackagingCollection
{
    public const string Name = "Packaging";
}
