using System.Text;
using DrcTool.Core.Checks;
using DrcTool.Reporting.Model;
using DrcTool.Reporting.Text;

namespace DrcTool.Reporting.GitHub;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=…,line=…,col=…,title=…::message</c>) so findings show on the
/// pull request's changed files. Waived findings are left out; unreadable designs are errors.
/// </summary>
public static class GitHubAnnotations
{
    /// <summary>True when running under GitHub Actions (it sets GITHUB_ACTIONS=true).</summary>
    public static bool IsActive(Func<string, string?> environment) =>
        string.Equals(environment("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase);

    public static IEnumerable<string> Lines(ReportRun run)
    {
        foreach (var design in run.Designs)
        {
            if (design.Error is { } error)
            {
                yield return Command("error", ReportPaths.Relative(run.BaseDirectory, error.File), error.Line, error.Column,
                    "DrcTool: unreadable design", error.Message);
                continue;
            }

            foreach (var finding in design.Findings.Where(f => !f.IsSuppressed))
            {
                var row = FindingRow.From(run, design, finding);
                var title = row.Title.Length > 0 ? $"{row.Rule} {row.Title}" : row.Rule;
                var message = row.FixHint.Length > 0 ? $"{row.Message}\nFix: {row.FixHint}" : row.Message;
                yield return Command(Level(finding.Severity), row.File, row.Line, row.Column, title, message);
            }
        }

        foreach (var waiver in run.UnmatchedWaivers)
        {
            yield return Command("warning", waiver.ConfigFile is null ? null : ReportPaths.Relative(run.BaseDirectory, waiver.ConfigFile),
                0, 0, "DrcTool: unmatched waiver", $"waiver for {waiver.Rule} on {waiver.Target} matched no finding");
        }
    }

    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "notice",
    };

    public static string Command(string level, string? file, int line, int column, string title, string message)
    {
        var properties = new List<string>();
        if (!string.IsNullOrEmpty(file)) properties.Add("file=" + EscapeProperty(file));
        if (line > 0) properties.Add($"line={line}");
        if (line > 0 && column > 0) properties.Add($"col={column}");
        properties.Add("title=" + EscapeProperty(title));
        return $"::{level} {string.Join(',', properties)}::{EscapeData(message)}";
    }

    /// <summary>Escaping for the message, as the Actions toolkit does it (% first, so escapes are not escaped again).</summary>
    public static string EscapeData(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>Escaping for property values, which also must not contain the ':' and ',' that delimit them.</summary>
    public static string EscapeProperty(string text) =>
        EscapeData(text)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);
}
