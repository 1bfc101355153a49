using System.Reflection;

namespace DrcTool.Reporting;

/// <summary>The tool's name and version as every report states them (the version the build stamps into the assemblies).</summary>
public static class ToolInfo
{
    public const string Name = "DrcTool";

    /// <summary>
    /// The version without the commit the SDK appends to the informational version ("0.1.0+3f2a…" is "0.1.0"), so
    /// reports of the same input from builds of the same version are the same bytes.
    /// </summary>
    public static string Version { get; } = ReadVersion();

    private static string ReadVersion()
    {
        var assembly = typeof(ToolInfo).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (!string.IsNullOrEmpty(informational))
        {
            var plus = informational.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? informational : informational[..plus];
        }

        return assembly.GetName().Version?.ToString(3) ?? "0.0.0";
    }
}
