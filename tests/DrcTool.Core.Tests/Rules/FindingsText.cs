using System.Globalization;
using System.Text;
using DrcTool.Core.Checks;

namespace DrcTool.Core.Tests.Rules;

/// <summary>
/// The golden-file form of a check result: one block per finding with every field a reviewer checks by hand
/// (severity, rule, contacts, nets, parts, source line, message, path). Paths are left out so files compare anywhere.
/// </summary>
internal static class FindingsText
{
    public static string Format(CheckResult result)
    {
        var s = new StringBuilder();
        s.Append(CultureInfo.InvariantCulture, $"# {Path.GetFileName(result.Design.SourceFile)} ({result.Design.Format}, variant {result.Variant})\n");
        s.Append(CultureInfo.InvariantCulture, $"# {result.Count(Severity.Error)} errors, {result.Count(Severity.Warning)} warnings, {result.Count(Severity.Note)} notes\n");
        foreach (var f in result.Findings)
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
}
