using System.Text;
using DrcTool.Core.Checks;
using DrcTool.Reporting.Model;
using DrcTool.Reporting.Text;

namespace DrcTool.Reporting.GitHub;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=…,line=…,col=…,title=…::message</c>) so findings show on the
/// pull request's changed files. Waived findings are left out; unreadable designs are errors.
/// </summary>
/// <remarks>
/// GitHub shows at most 10 annotations of each level per step and drops the rest without a word, so errors come
/// first, each level stops at <see cref="PerLevel"/>, and one last notice says how many more there are and where they
/// are (the SARIF report and the Markdown summary).
/// </remarks>
public static class GitHubAnnotations
{
    /// <summary>The most annotations of one level GitHub shows for a step.</summary>
    public const int PerLevel = 10;

    /// <summary>True when running under GitHub Actions (it sets GITHUB_ACTIONS=true).</summary>
    public static bool IsActive(Func<string, string?> environment) =>
        string.Equals(environment("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase);

    /// <param name="reports">The report files the run writes, so the last notice can name the SARIF and Markdown ones.</param>
    public static IEnumerable<string> Lines(ReportRun run, IReadOnlyList<string>? reports = null)
    {
        var all = All(run).ToList();
        var byLevel = all.GroupBy(a => a.Level).ToDictionary(g => g.Key, g => g.ToList());
        var overflow = byLevel.Values.Any(list => list.Count > PerLevel);
        var shown = new List<string>();
        var left = new Dictionary<string, int>();
        foreach (var level in new[] { "error", "warning", "notice" })
        {
            var list = byLevel.GetValueOrDefault(level) ?? [];
            // The closing notice takes the last notice place, so it is not dropped itself.
            var room = level == "notice" && overflow ? PerLevel - 1 : PerLevel;
            shown.AddRange(list.Take(room).Select(a => a.Line));
            left[level] = Math.Max(0, list.Count - room);
        }

        if (left.Values.Sum() > 0)
        {
            shown.Add(Command("notice", null, 0, 0, "DrcTool: more findings than GitHub shows", Overflow(left, reports ?? [])));
        }

        return shown;
    }

    /// <summary>Every annotation of the run, errors first: unreadable designs, findings by severity, then stale waivers.</summary>
    private static IEnumerable<(string Level, string Line)> All(ReportRun run)
    {
        foreach (var design in run.Designs.Where(d => d.Error is not null))
        {
            var error = design.Error!;
            yield return ("error", Command("error", ReportPaths.Relative(run.BaseDirectory, error.File), error.Line, error.Column,
                "DrcTool: unreadable design", error.Message));
        }

        foreach (var severity in new[] { Severity.Error, Severity.Warning, Severity.Note })
        {
            foreach (var design in run.Designs)
            {
                foreach (var finding in design.Findings.Where(f => !f.IsSuppressed && f.Severity == severity))
                {
                    var row = FindingRow.From(run, design, finding);
                    var title = row.Title.Length > 0 ? $"{row.Rule} {row.Title}" : row.Rule;
                    var message = row.FixHint.Length > 0 ? $"{row.Message}\nFix: {row.FixHint}" : row.Message;
                    yield return (Level(severity), Command(Level(severity), row.File, row.Line, row.Column, title, message));
                }
            }
        }

        foreach (var waiver in run.UnmatchedWaivers)
        {
            yield return ("warning", Command("warning", waiver.ConfigFile is null ? null : ReportPaths.Relative(run.BaseDirectory, waiver.ConfigFile),
                0, 0, "DrcTool: unmatched waiver", $"waiver for {waiver.Rule} on {waiver.Target} matched no finding"));
        }
    }

    private static string Overflow(IReadOnlyDictionary<string, int> left, IReadOnlyList<string> reports)
    {
        var counts = new[] { ("error", "errors"), ("warning", "warnings"), ("notice", "notes") }
            .Where(l => left[l.Item1] > 0)
            .Select(l => $"{left[l.Item1]} {(left[l.Item1] == 1 ? l.Item1.Replace("notice", "note", StringComparison.Ordinal) : l.Item2)}");
        var sarif = reports.FirstOrDefault(r => Output.ReportFormats.FromPath(r) == Output.ReportFormat.Sarif);
        var markdown = reports.FirstOrDefault(r => Output.ReportFormats.FromPath(r) == Output.ReportFormat.Markdown);
        var where = sarif is null && markdown is null
            ? "the SARIF report (--report drctool.sarif) and the summary (--report \"$GITHUB_STEP_SUMMARY\")"
            : string.Join(" and ", new[] { sarif is null ? null : $"the SARIF report {sarif}", markdown is null ? null : $"the summary {markdown}" }.OfType<string>());
        return $"{left.Values.Sum()} more not annotated ({string.Join(", ", counts)}): GitHub shows {PerLevel} annotations per level. Every finding is in {where}.";
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
