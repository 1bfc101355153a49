using DrcTool.Core.Checks;
using DrcTool.Reporting.Model;
using DrcTool.Reporting.Text;
using Spectre.Console;

namespace DrcTool.Reporting.Terminal;

/// <summary>
/// <c>drctool check</c> for people at a terminal: per board a line with its counts and verdict, then its findings
/// compiler-style (<c>file:line:col: severity RULE: message</c>, so editors and CI logs link them) with the fix under
/// each; a note that says the same on many boards is one line with the count; a closing line with the verdict, the
/// failing boards and the reports written. Paths are relative to the working directory where they are under it.
/// </summary>
public static class CheckText
{
    /// <summary>A note with the same rule and message on at least this many boards is printed once, with its count.</summary>
    public const int FoldNotesFrom = 3;

    /// <summary>The most failing boards the closing line names.</summary>
    public const int NamedInClosingLine = 8;

    /// <param name="minimum">Findings below this severity are not listed (the counts still include them).</param>
    public static void Write(IAnsiConsole console, ReportRun run, Severity minimum = Severity.Note)
    {
        var folded = minimum <= Severity.Note ? FoldedNotes(run) : [];
        foreach (var design in run.Designs)
        {
            var path = TerminalPaths.Display(run.BaseDirectory, design.File);
            if (design.Error is { } error)
            {
                Line(console, (path + ": ", Style.Plain), ("not checked: " + error.Message, Colours.Error));
                continue;
            }

            var verdict = design.Outcome(run.FailLevel);
            var socket = design.SocketReference is not { } s ? "no module"
                : design.ModuleName is null or "B-Series SoM" ? $"socket {s}, {design.Variant}"
                : $"{design.ModuleName} {s}";
            Line(console,
                ($"{path}: {Counts(design.Count(Severity.Error), design.Count(Severity.Warning), design.Count(Severity.Note))} ({socket}) ", Style.Plain),
                (SummaryVerdict(verdict), verdict == DesignVerdict.Pass ? Colours.Pass : Colours.Error));

            foreach (var finding in design.Findings.Where(f => f.Severity >= minimum))
            {
                if (!finding.IsSuppressed && finding.Severity == Severity.Note && folded.ContainsKey((finding.RuleId, finding.Message)))
                {
                    continue;
                }

                WriteFinding(console, run, design, finding);
            }
        }

        foreach (var ((rule, message), boards) in folded)
        {
            var example = boards[0].Findings.First(f => f.RuleId == rule && f.Message == message);
            Line(console, ("note ", Colours.Note), ($"{rule} on {boards.Count} boards: {message}", Style.Plain));
            if (example.FixHint is { } hint)
            {
                Line(console, ($"    fix: {hint}", Colours.Dim));
            }
        }
    }

    /// <summary>The closing line: the verdict, the failing (and unreadable) boards by short name, the totals and the reports written.</summary>
    public static void WriteClosing(IAnsiConsole console, ReportRun run, IReadOnlyList<string> reportsWritten)
    {
        var names = new BoardNames(run.Designs);
        var failing = run.Designs.Where(d => d.Outcome(run.FailLevel) == DesignVerdict.Fail).Select(names.Of).ToList();
        var unreadable = run.Designs.Where(d => d.Error is not null).Select(names.Of).ToList();
        var boards = run.Designs.Count;
        var parts = new List<(string, Style)>();
        if (failing.Count == 0 && unreadable.Count == 0)
        {
            parts.Add(("PASS", Colours.Pass));
            parts.Add((boards == 1 ? ": the board passes" : $": all {boards} boards pass", Style.Plain));
        }
        else
        {
            parts.Add(("FAIL", Colours.Error));
            if (failing.Count > 0)
            {
                parts.Add(($": {failing.Count} of {Plural(boards, "board")} {(failing.Count == 1 ? "fails" : "fail")} on {SeverityText.Of(run.FailLevel)}s ({Named(failing)})", Style.Plain));
            }

            if (unreadable.Count > 0)
            {
                parts.Add(($"{(failing.Count > 0 ? ";" : ":")} {unreadable.Count} could not be read ({Named(unreadable)})", Style.Plain));
            }
        }

        int Sum(Severity severity) => run.Designs.Sum(d => d.Count(severity));
        parts.Add(($"; {Counts(Sum(Severity.Error), Sum(Severity.Warning), Sum(Severity.Note))}, {run.Designs.Sum(d => d.SuppressedCount)} waived", Style.Plain));
        parts.Add((reportsWritten.Count == 0
            ? "; no report written (--report FILE.xlsx|.html|.md|.sarif|...)"
            : "; reports written: " + string.Join(", ", reportsWritten.Select(r => TerminalPaths.Display(run.BaseDirectory, r))), Style.Plain));
        Line(console, [.. parts]);
    }

    private static void WriteFinding(IAnsiConsole console, ReportRun run, DesignReport design, Finding finding)
    {
        var file = finding.Location?.File is { Length: > 0 } f ? f : design.File;
        var where = TerminalPaths.Display(run.BaseDirectory, file);
        var line = finding.Location?.Line ?? 0;
        var column = finding.Location?.Column ?? 0;
        where = line > 0 ? (column > 0 ? $"{where}:{line}:{column}" : $"{where}:{line}") : where;
        var severity = SeverityText.Of(finding.Severity);
        var waived = finding.IsSuppressed ? $" [waived: {finding.WaiverReason}]" : string.Empty;
        Line(console,
            ($"  {where}: ", Style.Plain),
            (severity, finding.IsSuppressed ? Colours.Dim : Colours.Of(finding.Severity)),
            ($" {finding.RuleId}: {finding.Message}{waived}", finding.IsSuppressed ? Colours.Dim : Style.Plain));
        if (finding.FixHint is { } hint)
        {
            Line(console, ($"      fix: {hint}", Colours.Dim));
        }
    }

    /// <summary>Unwaived notes with the same rule and message on enough boards, with the boards in run order.</summary>
    private static Dictionary<(string, string), IReadOnlyList<DesignReport>> FoldedNotes(ReportRun run) =>
        run.Designs
            .SelectMany(d => d.Findings.Where(f => !f.IsSuppressed && f.Severity == Severity.Note).Select(f => (Key: (f.RuleId, f.Message), Design: d)))
            .GroupBy(x => x.Key)
            .Select(g => (g.Key, Boards: g.Select(x => x.Design).Distinct().ToList()))
            .Where(g => g.Boards.Count >= FoldNotesFrom)
            .OrderBy(g => g.Key.RuleId, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Message, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<DesignReport>)g.Boards);

    private static string Named(IReadOnlyList<string> boards) =>
        boards.Count <= NamedInClosingLine
            ? string.Join(", ", boards)
            : string.Join(", ", boards.Take(NamedInClosingLine)) + $" and {boards.Count - NamedInClosingLine} more";

    private static string SummaryVerdict(DesignVerdict verdict) => verdict == DesignVerdict.Pass ? "pass" : "FAIL";

    private static string Counts(int errors, int warnings, int notes) =>
        $"{Plural(errors, "error")}, {Plural(warnings, "warning")}, {Plural(notes, "note")}";

    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";

    /// <summary>One line of styled pieces. Text, never markup: net names like "[A0]" must print as they are.</summary>
    private static void Line(IAnsiConsole console, params (string Text, Style Style)[] pieces)
    {
        foreach (var (text, style) in pieces)
        {
            console.Write(new Spectre.Console.Text(text, style));
        }

        console.WriteLine();
    }

    private static class Colours
    {
        public static readonly Style Error = new(Color.Red, decoration: Decoration.Bold);
        public static readonly Style Warning = new(Color.Yellow);
        public static readonly Style Note = new(Color.Blue);
        public static readonly Style Pass = new(Color.Green, decoration: Decoration.Bold);
        public static readonly Style Dim = new(decoration: Decoration.Dim);

        public static Style Of(Severity severity) => severity switch
        {
            Severity.Error => Error,
            Severity.Warning => Warning,
            _ => Note,
        };
    }
}
