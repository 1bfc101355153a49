namespace DrcTool.Reporting.Sarif;

/// <summary>Turns report paths into SARIF artifact URIs: relative, '/'-separated, each segment percent-encoded.</summary>
public static class SarifUris
{
    /// <summary>The base every artifact URI is relative to; code scanning resolves it to the repository checkout.</summary>
    public const string BaseId = "SRCROOT";

    public static string Relative(string relativePath) =>
        string.Join('/', relativePath.Split('/').Select(s => s is ".." or "." ? s : Uri.EscapeDataString(s)));

    /// <summary>file:///…/ URI of the base folder, ending in a slash as SARIF requires.</summary>
    public static string BaseFolder(string baseDirectory)
    {
        var full = Path.GetFullPath(baseDirectory);
        if (!full.EndsWith(Path.DirectorySeparatorChar))
        {
            full += Path.DirectorySeparatorChar;
        }

        return new Uri(full).AbsoluteUri;
    }
}
