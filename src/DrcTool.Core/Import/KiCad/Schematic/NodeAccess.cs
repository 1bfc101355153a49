using DrcTool.Core.Import.SExpressions;

namespace DrcTool.Core.Import.KiCad.Schematic;

/// <summary>
/// Reads optional parts of an S-expression without assuming they exist: a child list may be missing in a damaged or
/// hand-edited file, and an absent node must read as "no value", never as a crash.
/// </summary>
internal static class NodeAccess
{
    /// <summary>The atom at <paramref name="position"/> of the first child list <c>(keyword ...)</c>, or null.</summary>
    public static string? ChildAtom(this SExprNode node, ReadOnlySpan<byte> keyword, int position = 1)
    {
        var child = node.ChildOrNone(keyword);
        return child.IsValid ? child.AtomAt(position) : null;
    }

    /// <summary>The number at <paramref name="position"/> of the first child list <c>(keyword ...)</c>, or null.</summary>
    public static double? ChildNumber(this SExprNode node, ReadOnlySpan<byte> keyword, int position = 1)
    {
        var child = node.ChildOrNone(keyword);
        return child.IsValid ? child.NumberAt(position) : null;
    }

    /// <summary>The first child list <c>(keyword ...)</c>, or an invalid node when this node is invalid or has none.</summary>
    public static SExprNode ChildOrNone(this SExprNode node, ReadOnlySpan<byte> keyword) =>
        node.IsValid && node.IsList ? node.Child(keyword) : default;

    /// <summary>True when the node exists and is a list headed by <paramref name="keyword"/>.</summary>
    public static bool IsListHeaded(this SExprNode node, ReadOnlySpan<byte> keyword) => node.IsValid && node.HeadIs(keyword);
}
