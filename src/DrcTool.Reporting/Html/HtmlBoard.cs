using DrcTool.Core.Checks;
using DrcTool.Reporting.Model;
using DrcTool.Reporting.Text;

namespace DrcTool.Reporting.Html;

/// <summary>
/// A design as the HTML report shows it: its place on the page, its id (<c>bN</c>) and the ids of its findings
/// (<c>bN-fM</c>, M its position in the checker's order) and contacts (<c>bN-cK</c>). Ids depend only on the run, so
/// the same input gives the same page.
/// </summary>
internal sealed record HtmlBoard(DesignReport Design, string Id, DesignVerdict Verdict, string File)
{
    /// <summary>The file without the folder all boards of the run share (the overview names that folder once).</summary>
    public string ShortName { get; private init; } = File;

    /// <summary>Failing boards first, then unreadable ones, then those that pass; the run's order within each.</summary>
    public static IReadOnlyList<HtmlBoard> Of(ReportRun run)
    {
        var boards = run.Designs
            .Select((design, index) => (Design: design, Index: index, Verdict: design.Outcome(run.FailLevel)))
            .OrderBy(x => x.Verdict switch { DesignVerdict.Fail => 0, DesignVerdict.Unreadable => 1, _ => 2 })
            .ThenBy(x => x.Index)
            .Select((x, position) => new HtmlBoard(x.Design, $"b{position + 1}", x.Verdict, ReportPaths.Relative(run.BaseDirectory, x.Design.File)))
            .ToList();
        var common = CommonFolder(boards);
        return boards.Select(b => b with { ShortName = b.File[common.Length..] }).ToList();
    }

    /// <summary>The folder (ending in '/') every board's file is in, when there are two boards or more; else "".</summary>
    public static string CommonFolder(IReadOnlyList<HtmlBoard> boards)
    {
        if (boards.Count < 2)
        {
            return string.Empty;
        }

        var common = boards[0].File[..(boards[0].File.LastIndexOf('/') + 1)];
        foreach (var board in boards.Skip(1))
        {
            while (common.Length > 0 && !board.File.StartsWith(common, StringComparison.Ordinal))
            {
                common = common[..(common.TrimEnd('/').LastIndexOf('/') + 1)];
            }
        }

        return common.Trim('.', '/').Length == 0 ? string.Empty : common;
    }

    public string VerdictClass => Verdict switch
    {
        DesignVerdict.Pass => "pass",
        DesignVerdict.Fail => "fail",
        _ => "unreadable",
    };

    public string ContactId(int contact) => $"{Id}-c{contact}";

    public string FindingId(Finding finding)
    {
        _positions ??= Design.Findings
            .Select((f, i) => (f, i))
            .ToDictionary(x => (object)x.f, x => x.i + 1, ReferenceEqualityComparer.Instance);
        return _positions.TryGetValue(finding, out var position)
            ? $"{Id}-f{position}"
            : throw new ArgumentException("the finding is not one of this board's", nameof(finding));
    }

    // Findings are records: two equal ones are still two findings, so positions are looked up by reference.
    private Dictionary<object, int>? _positions;

    /// <summary>The finding a click on a contact goes to: its worst unwaived finding, else its first waived one.</summary>
    public Finding? FirstFindingOn(int contact) =>
        Design.Findings
            .Select((f, i) => (Finding: f, Index: i))
            .Where(x => x.Finding.Contacts.Contains(contact))
            .OrderBy(x => x.Finding.IsSuppressed)
            .ThenByDescending(x => x.Finding.Severity)
            .ThenBy(x => x.Index)
            .Select(x => x.Finding)
            .FirstOrDefault();

    /// <summary>The pin name of a contact as the pin map has it, for link texts ("36 D7").</summary>
    public string? PinName(int contact) => Design.PinMap.FirstOrDefault(p => p.Contact == contact)?.SomPin;
}
