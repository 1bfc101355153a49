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
    /// <summary>The board's folder and file name ("DRC010-5v-on-signal/DRC010-5v-on-signal.net"): enough to tell boards apart at a glance.</summary>
    public string ShortName
    {
        get
        {
            var file = File.LastIndexOf('/');
            var folder = file > 0 ? File.LastIndexOf('/', file - 1) : -1;
            return File[(folder + 1)..];
        }
    }

    /// <summary>Failing boards first, then unreadable ones, then those that pass; the run's order within each.</summary>
    public static IReadOnlyList<HtmlBoard> Of(ReportRun run) =>
        run.Designs
            .Select((design, index) => (Design: design, Index: index, Verdict: design.Outcome(run.FailLevel)))
            .OrderBy(x => x.Verdict switch { DesignVerdict.Fail => 0, DesignVerdict.Unreadable => 1, _ => 2 })
            .ThenBy(x => x.Index)
            .Select((x, position) => new HtmlBoard(x.Design, $"b{position + 1}", x.Verdict, ReportPaths.Relative(run.BaseDirectory, x.Design.File)))
            .ToList();

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
