using DrcTool.Core.Model;

namespace DrcTool.Core.Findings;

/// <summary>
/// The one order findings are reported in, so the same design always gives the same report:
/// severity (errors first), rule ID, first contact, first net, message, then the rest.
/// </summary>
public sealed class FindingOrder : IComparer<Finding>
{
    public static FindingOrder Instance { get; } = new();

    public int Compare(Finding? x, Finding? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var c = y.Severity.CompareTo(x.Severity);
        if (c != 0) return c;
        c = string.CompareOrdinal(x.RuleId, y.RuleId);
        if (c != 0) return c;
        c = FirstContact(x).CompareTo(FirstContact(y));
        if (c != 0) return c;
        c = NaturalComparer.Instance.Compare(x.Nets.FirstOrDefault() ?? "", y.Nets.FirstOrDefault() ?? "");
        if (c != 0) return c;
        c = string.CompareOrdinal(x.Message, y.Message);
        if (c != 0) return c;
        c = NaturalComparer.Instance.Compare(string.Join(",", x.Parts), string.Join(",", y.Parts));
        if (c != 0) return c;
        return (x.Location?.Line ?? 0).CompareTo(y.Location?.Line ?? 0);
    }

    // Findings about no contact sort after those about one.
    private static int FirstContact(Finding f) => f.Contacts.Count > 0 ? f.Contacts[0] : int.MaxValue;
}
