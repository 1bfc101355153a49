using System.Reflection;

namespace DrcTool.Core;

/// <summary>
/// The rule data shipped in <c>rules/</c> (pinouts, socket patterns, part classes, rule parameters), embedded in this
/// assembly as resources named <c>rules/&lt;file&gt;</c> so the tool needs no install step. A config file extends
/// what is loaded from here; it never replaces the file.
/// </summary>
public static class RuleData
{
    private static readonly Assembly Assembly = typeof(RuleData).Assembly;

    /// <summary>Reads one embedded rule file as text.</summary>
    /// <param name="fileName">The file name under rules/, e.g. "modules/b-som/pinout.csv".</param>
    public static string ReadText(string fileName)
    {
        var name = "rules/" + fileName;
        using var stream = Assembly.GetManifestResourceStream(name)
                           ?? throw new InvalidOperationException($"rule data '{name}' is not embedded in {Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The embedded rule files under a folder of rules/, as names ReadText takes (e.g. "modules/boron/module.yaml").</summary>
    /// <param name="folder">A folder under rules/, e.g. "modules".</param>
    public static IReadOnlyList<string> FileNames(string folder)
    {
        var prefix = "rules/" + folder.TrimEnd('/') + "/";
        return Assembly.GetManifestResourceNames()
            .Select(n => n.Replace('\\', '/'))
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Select(n => n["rules/".Length..])
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
