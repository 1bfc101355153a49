using System.Globalization;
using System.Text;
using DrcTool.Core.Checks;
using DrcTool.Core.Modules;

namespace DrcTool.Core.Tests.Rules;

/// <summary>
/// The golden of a rule's sample board, focused on that rule: a header naming the board and the rule, the other
/// rules the board may also fire (IDs only, so another rule's wording never touches this file), then one block per
/// finding of the board's own rule with every field a reviewer checks by hand (severity, rule, contacts, nets, parts,
/// source line, message, path). Paths are left out so files compare anywhere. docs/golden-files.md shows it.
/// </summary>
internal static class FocusedFindings
{
    public const string MayAlsoFirePrefix = "# may also fire: ";
    private const string None = "none";

    public static string Format(CheckResult result, string ruleId, bool compliant)
    {
        var s = new StringBuilder();
        var what = compliant ? $"{ruleId} keeps silent" : $"the findings of {ruleId}";
        s.Append(CultureInfo.InvariantCulture, $"# {Path.GetFileName(result.Design.SourceFile)} ({result.Design.Format}; {Module(result)}): {what}\n");
        var others = OthersFiring(result, ruleId);
        s.Append(MayAlsoFirePrefix).Append(others.Count == 0 ? None : string.Join(", ", others)).Append('\n');
        var own = result.Findings.Where(f => f.RuleId == ruleId).ToList();
        if (own.Count == 0) s.Append(CultureInfo.InvariantCulture, $"\n(no {ruleId} findings)\n");
        foreach (var f in own)
        {
            s.Append('\n');
            s.Append(CultureInfo.InvariantCulture, $"{f.Severity.ToString().ToLowerInvariant()} {f.RuleId}");
            if (f.Contacts.Count > 0) s.Append(" contacts=").Append(string.Join(",", f.Contacts));
            if (f.Nets.Count > 0) s.Append(" nets=").Append(string.Join(",", f.Nets));
            if (f.Parts.Count > 0) s.Append(" parts=").Append(string.Join(",", f.Parts));
            if (f.Location is { Line: > 0 } at) s.Append(CultureInfo.InvariantCulture, $" line={at.Line}");
            s.Append('\n');
            s.Append("  ").Append(f.Message).Append('\n');
            if (f.Path.Count > 0) s.Append("  path: ").Append(string.Join(" -> ", f.Path)).Append('\n');
        }

        return s.ToString();
    }

    /// <summary>The module the board was bound to, as "B-Series SoM J1, variant B404X" (only the B-SoM has variants).</summary>
    private static string Module(CheckResult result) => result.Binding switch
    {
        null => "no module bound",
        { Module.Id: var id } b when id == ModuleCatalog.Default.BSom.Id => $"{b.Module.Name} {b.Socket.Reference}, variant {result.Variant}",
        var b => $"{b.Module.Name} {b.Socket.Reference}",
    };

        /// <summary>The rules other than the board's own that fire on it, sorted, each once.</summary>
    public static IReadOnlyList<string> OthersFiring(CheckResult result, string ruleId) =>
        result.Findings.Select(f => f.RuleId).Where(id => id != ruleId).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>The "may also fire" list of an approved file; null when the file has no such line.</summary>
    public static IReadOnlyList<string>? MayAlsoFire(string approved)
    {
        var line = approved.ReplaceLineEndings("\n").Split('\n').FirstOrDefault(l => l.StartsWith(MayAlsoFirePrefix, StringComparison.Ordinal));
        if (line is null) return null;
        var list = line[MayAlsoFirePrefix.Length..].Trim();
        return list == None ? [] : list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>How the rules firing differ from an approved list, in words for the failure message.</summary>
    public static string ListChanges(IReadOnlyList<string> approved, IReadOnlyList<string> firing)
    {
        var lines = new List<string>();
        foreach (var id in firing.Except(approved, StringComparer.Ordinal)) lines.Add($"{id} fires but is not in the approved file's 'may also fire' list.");
        foreach (var id in approved.Except(firing, StringComparer.Ordinal)) lines.Add($"{id} is in the 'may also fire' list but no longer fires.");
        return string.Join("\n", lines);
    }
}
