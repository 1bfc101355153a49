namespace DrcTool.Cli;

/// <summary>The rule pages (docs/rules/*.md), embedded in the CLI so <c>drctool explain</c> works from any folder.</summary>
internal static class RulePages
{
    public static string? Read(string ruleId)
    {
        using var stream = typeof(RulePages).Assembly.GetManifestResourceStream($"docs/rules/{ruleId.ToUpperInvariant()}.md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
