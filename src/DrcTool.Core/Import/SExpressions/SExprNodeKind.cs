namespace DrcTool.Core.Import.SExpressions;

public enum SExprNodeKind : byte
{
    List,
    /// <summary>A bare atom: a keyword, a number, or an unquoted name.</summary>
    Symbol,
    /// <summary>A quoted string, escapes not yet decoded.</summary>
    String,
}
