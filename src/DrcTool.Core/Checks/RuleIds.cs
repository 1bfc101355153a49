namespace DrcTool.Core.Checks;

/// <summary>
/// Every rule's stable ID, in one place (as Meziantou.Analyzer keeps RuleIdentifiers). IDs are part of the product:
/// reports, waivers and SARIF use them. DRC001-DRC009 are the binding checks; DRC010 upward are added in another part
/// of this partial class.
/// </summary>
public static partial class RuleIds
{
    public const string SomSocketNotFound = "DRC001";
    public const string SymbolPinNameMismatch = "DRC002";
    public const string SimPinWired = "DRC003";
    public const string GroundContactNotGrounded = "DRC004";
}
