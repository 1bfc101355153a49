using System.Runtime.InteropServices;

namespace DrcTool.Core.Import.SExpressions;

/// <summary>
/// A parsed S-expression file held as a flat node table over the original bytes.
/// Nodes are spans into the source; text is decoded only when asked for, so reading a board allocates little
/// beyond the table itself (12 bytes a node, about 1.7 times the file). Nothing here recurses, so nesting depth is
/// bounded only by memory.
/// </summary>
/// <remarks>
/// Nodes are stored in document order, so a list's first child, when it has one, is the node right after it, and
/// its next sibling is the node right after its whole subtree: a list stores its subtree's node count and nothing
/// else is needed to walk the tree. Columns are not stored; they are found from the line's start when asked for.
/// </remarks>
public sealed class SExprDocument
{
    private readonly byte[] _source;
    private readonly SExprNodeData[][] _chunks;
    private readonly int _chunkBits;
    private readonly int _chunkMask;
    private LineStart? _lastLine;

    internal SExprDocument(string path, byte[] source, SExprNodeData[][] chunks, int chunkBits, int count)
    {
        Path = path;
        _source = source;
        _chunks = chunks;
        _chunkBits = chunkBits;
        _chunkMask = (1 << chunkBits) - 1;
        NodeCount = count;
    }

    /// <summary>
    /// Nodes per chunk, as a power of two. Small files get chunks under the large-object threshold (cheap to allocate
    /// and collect when many files are read); large files get large chunks, which the GC never copies between
    /// generations, where copying hundreds of megabytes of small chunks would dominate the read.
    /// </summary>
    internal static int ChunkBitsFor(int sourceLength) => sourceLength > 8 * 1024 * 1024 ? 16 : 12;

    public string Path { get; }

    /// <summary>Number of nodes, lists and atoms, including the virtual root.</summary>
    public int NodeCount { get; }

    /// <summary>A virtual list holding every top-level expression of the file.</summary>
    public SExprNode Root => new(this, 0, NodeCount);

    public static SExprDocument Parse(string path, byte[] source) => SExprParser.Parse(path, source);

    internal ref readonly SExprNodeData Data(int index) => ref _chunks[index >> _chunkBits][index & _chunkMask];

    internal ReadOnlySpan<byte> Bytes(int index)
    {
        ref readonly var node = ref Data(index);
        return _source.AsSpan(node.Start, node.Extent);
    }

    /// <summary>The 1-based column of a node: its offset from the start of its line (a string's column is its opening quote's).</summary>
    internal int Column(int index)
    {
        ref readonly var node = ref Data(index);
        var position = node.Kind == SExprNodeKind.String ? node.Start - 1 : node.Start;
        return ColumnOf(_source, position, node.Line, ref _lastLine);
    }

    /// <summary>
    /// Finds the start of the line holding <paramref name="position"/> by searching back for the newline, remembering
    /// the last line found: readers ask in document order, so a long line is searched once, not once per node on it.
    /// </summary>
    internal static int ColumnOf(byte[] source, int position, int line, ref LineStart? cache)
    {
        var known = cache;
        if (known is not null && known.Line == line && known.Start <= position)
        {
            return position - known.Start + 1;
        }

        var start = source.AsSpan(0, position).LastIndexOf((byte)'\n') + 1;
        cache = new LineStart(line, start);
        return position - start + 1;
    }

    internal sealed record LineStart(int Line, int Start);
}

/// <summary>One node: 12 bytes. <see cref="Extent"/> is an atom's byte length, or a list's subtree size in nodes (itself included).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct SExprNodeData
{
    public int Start;
    public int Extent;
    public uint LineAndKind;

    public readonly int Line => (int)(LineAndKind >> 2);
    public readonly SExprNodeKind Kind => (SExprNodeKind)(LineAndKind & 3);

    public static uint Pack(int line, SExprNodeKind kind) => ((uint)line << 2) | (uint)kind;
}
