using DrcTool.Core.Analysis;
using DrcTool.Core.Binding;
using DrcTool.Core.Model;

namespace DrcTool.Core.Checks;

/// <summary>The outcome of checking one design: the design, its binding, and its findings in deterministic order.</summary>
public sealed class CheckResult
{
    public CheckResult(Design design, SocketSearch socketSearch, SomBinding? binding, ElectricalPicture picture, SomVariant variant,
        IReadOnlyList<Finding> findings)
    {
        Design = design;
        SocketSearch = socketSearch;
        Binding = binding;
        Picture = picture;
        Variant = variant;
        Findings = findings;
    }

    public Design Design { get; }
    public SocketSearch SocketSearch { get; }
    public SomBinding? Binding { get; }
    /// <summary>The electrical picture the rules used (rails and voltages for reports).</summary>
    public ElectricalPicture Picture { get; }
    public SomVariant Variant { get; }
    /// <summary>Sorted by <see cref="FindingOrder"/>: severity (errors first), rule, contact, net, message.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>
    /// The rules that did not run on this design, by ID, with why (switched off, or no module to check), so reports
    /// can tell "not checked" from "passed".
    /// </summary>
    public IReadOnlyDictionary<string, string> SkippedRules { get; init; } = new Dictionary<string, string>();

    /// <summary>The same result with other findings (e.g. after waivers were applied), kept in the same order.</summary>
    public CheckResult WithFindings(IEnumerable<Finding> findings) =>
        new(Design, SocketSearch, Binding, Picture, Variant, findings.Order(FindingOrder.Instance).ToList()) { SkippedRules = SkippedRules };

    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity && !f.IsSuppressed);

    /// <summary>True when an unsuppressed finding is at or above <paramref name="failLevel"/>.</summary>
    public bool Fails(Severity failLevel) => Findings.Any(f => !f.IsSuppressed && f.Severity >= failLevel);
}
