using System.Runtime.InteropServices;

namespace DrcTool.Core.Import.SExpressions;

/// <summary>
/// A parsed S-expression file held as a flat node table over the original bytes.
/// Nodes are spans into the source; text is decoded only when asked for, so reading a board allocates little
/// beyond the table itself. Nothing here recurses, so nesting depth is bounded only by memory.
/// </summary>
public sealed class SExprDocument
{
    private readonly byte[] _source;
    private readonly SExprNodeData[] _nodes;

    internal SExprDocument(string path, byte[] source, SExprNodeData[] nodes, int count)
    {
        Path = path;
        _source = source;
        _nodes = nodes;
        NodeCount = count;
    }

    public string Path { get; }

    /// <summary>Number of nodes, lists and atoms, including the virtual root.</summary>
    public int NodeCount { get; }

    /// <summary>A virtual list holding every top-level expression of the file.</summary>
    public SExprNode Root => new(this, 0);

    internal ref readonly SExprNodeData Data(int index) => ref _nodes[index];

    internal ReadOnlySpan<byte> Bytes(int index)
    {
        ref readonly var node = ref _nodes[index];
        return _source.AsSpan(node.Start, node.Length);
    }

    public static SExprDocument Parse(string path, byte[] source) => SExprParser.Parse(path, source);
}

[StructLayout(LayoutKind.Sequential)]
internal struct SExprNodeData
{
    public int Start;
    public int Length;
    public int FirstChild;
    public int NextSibling;
    public int ChildCount;
    public int Line;
    public int Column;
    public SExprNodeKind Kind;
}
