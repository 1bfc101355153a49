using System.Security.Cryptography;
using System.Text;
using DrcTool.Core.Checks;
using DrcTool.Core.Model;

namespace DrcTool.Reporting.Sarif;

/// <summary>
/// A finding's identity across runs, for code scanning to track an alert as the board changes: a hash of the rule,
/// the design file and what the finding is about (nets, parts, contacts). Line numbers, coordinates and the message
/// wording are left out on purpose, since they move whenever the file is saved again.
/// </summary>
public static class SarifFingerprint
{
    public const string Key = "drcFinding/v1";

    public static string Of(string relativeDesignFile, Finding finding)
    {
        var text = new StringBuilder()
            .Append(finding.RuleId).Append('\n')
            .Append(relativeDesignFile).Append('\n')
            .AppendJoin('|', finding.Nets.Order(StringComparer.Ordinal)).Append('\n')
            .AppendJoin('|', finding.Parts.Order(NaturalComparer.Instance)).Append('\n')
            .AppendJoin('|', finding.Contacts.Order())
            .ToString();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }
}
