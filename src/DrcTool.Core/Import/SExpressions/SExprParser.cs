namespace DrcTool.Core.Import.SExpressions;

/// <summary>
/// The hand-written, span-based S-expression tokenizer. One pass over the bytes, an explicit stack of open lists
/// (never the call stack), and a flat node table written in document order. Errors name the file, line and column.
/// </summary>
internal static class SExprParser
{
    /// <summary>Lines and sizes are packed into 30 bits; the loader refuses files far below this anyway.</summary>
    private const int MaxSourceBytes = 1 << 30;

    // Byte classes outside strings: 0 a symbol byte, 1 a delimiter (white space, parentheses, quote), 2 a control byte.
    private static ReadOnlySpan<byte> ByteClass =>
    [
        2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 2, 2, // 0x00: \t \n \v \f \r are white space
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        1, 0, 1, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, // 0x20: space " ( )
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, // 0x7F DEL
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 0x80-0xFF: UTF-8 sequences, decoded (or replaced) when read
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];

    private static readonly System.Buffers.SearchValues<byte> StringStops = System.Buffers.SearchValues.Create("\"\\\n"u8);

    public static SExprDocument Parse(string path, byte[] source)
    {
        if (source.Length >= MaxSourceBytes)
        {
            throw new DesignReadException(path, 0, 0, $"the file is {source.Length} bytes, too large to read");
        }

        var table = new NodeTable(source.Length);
        // Open lists, innermost last; the virtual root is always at the bottom.
        var open = new int[64];
        var depth = 1;
        var lastTopLevel = -1;
        var line = 1;
        table.Add(0, 0, SExprNodeData.Pack(1, SExprNodeKind.List));

        var span = source.AsSpan();
        var classes = ByteClass;
        var i = span.StartsWith("\uFEFF"u8) ? 3 : 0; // a UTF-8 byte order mark

        while (i < span.Length)
        {
            var b = span[i];
            switch (b)
            {
                case (byte)'\n':
                    line++;
                    i++;
                    continue;
                case (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\f' or (byte)'\v':
                    i++;
                    continue;
                case (byte)'(':
                    if (depth == open.Length) Array.Resize(ref open, open.Length * 2);
                    open[depth++] = table.Count;
                    table.Add(i, 0, SExprNodeData.Pack(line, SExprNodeKind.List));
                    i++;
                    continue;
                case (byte)')':
                {
                    if (depth == 1)
                    {
                        throw Error(path, source, i, line, StrayCloseReason(path, source, table, lastTopLevel));
                    }

                    var list = open[--depth];
                    table.SetExtent(list, table.Count - list);
                    if (depth == 1) lastTopLevel = list;
                    i++;
                    continue;
                }

                case (byte)'"':
                {
                    var quote = i;
                    var startLine = line;
                    var j = i + 1;
                    while (true)
                    {
                        var rel = span[j..].IndexOfAny(StringStops);
                        if (rel < 0)
                        {
                            throw Error(path, source, quote, startLine, "string is never closed");
                        }

                        j += rel;
                        var stop = span[j];
                        if (stop == (byte)'"') break;
                        if (stop == (byte)'\n')
                        {
                            line++;
                            j++;
                            continue;
                        }

                        // A backslash escapes the next byte, which may be a newline.
                        if (j + 1 < span.Length && span[j + 1] == (byte)'\n') line++;
                        j += 2;
                        if (j >= span.Length)
                        {
                            throw Error(path, source, quote, startLine, "string is never closed");
                        }
                    }

                    table.Add(quote + 1, j - quote - 1, SExprNodeData.Pack(startLine, SExprNodeKind.String));
                    i = j + 1;
                    continue;
                }

                default:
                {
                    if (classes[b] == 2)
                    {
                        throw Error(path, source, i, line, $"unexpected control byte 0x{b:X2}");
                    }

                    var end = i + 1;
                    while (end < span.Length && classes[span[end]] == 0) end++;
                    if (end < span.Length && classes[span[end]] == 2)
                    {
                        throw Error(path, source, end, line, $"unexpected control byte 0x{span[end]:X2}");
                    }

                    table.Add(i, end - i, SExprNodeData.Pack(line, SExprNodeKind.Symbol));
                    i = end;
                    continue;
                }
            }
        }

        if (depth > 1)
        {
            var innermost = open[depth - 1];
            var outermost = open[1];
            throw Error(path, source, span.Length, line,
                $"unexpected end of file: {depth - 1} list(s) still open; the innermost opened at {Where(source, table, innermost)}, the outermost at {Where(source, table, outermost)}");
        }

        table.SetExtent(0, table.Count);
        return new SExprDocument(path, source, table.Chunks, table.ChunkBits, table.Count);
    }

    /// <summary>
    /// One ')' too many shows only where the extra one finally closes nothing; saying where the last top-level list
    /// opened points the reader at the region where the real mistake is.
    /// </summary>
    private static string StrayCloseReason(string path, byte[] source, NodeTable table, int lastTopLevel)
    {
        _ = path;
        return lastTopLevel > 0
            ? $"')' closes a list that was never opened: the top-level list opened at {Where(source, table, lastTopLevel)} was already closed; a ')' too many comes before here"
            : "')' closes a list that was never opened";
    }

    private static string Where(byte[] source, NodeTable table, int index)
    {
        var node = table.Get(index);
        SExprDocument.LineStart? noCache = null;
        return $"line {node.Line} column {SExprDocument.ColumnOf(source, node.Start, node.Line, ref noCache)}";
    }

    private static DesignReadException Error(string path, byte[] source, int position, int line, string reason)
    {
        SExprDocument.LineStart? noCache = null;
        return new DesignReadException(path, line, SExprDocument.ColumnOf(source, position, line, ref noCache), reason);
    }

    /// <summary>
    /// The node table in chunks of 2^<see cref="SExprDocument.ChunkBitsFor"/> nodes: it grows without copying what it holds
    /// (a first small chunk grows by doubling until full size, for small files), so a large board never needs a
    /// second, larger copy of its table in memory.
    /// </summary>
    private sealed class NodeTable
    {
        private SExprNodeData[][] _chunks;
        private SExprNodeData[] _current;
        private int _chunkCount;
        private int _offset;

        private readonly int _chunkSize;

        public NodeTable(int sourceLength)
        {
            ChunkBits = SExprDocument.ChunkBitsFor(sourceLength);
            _chunkSize = 1 << ChunkBits;
            // About one node per 7 bytes of KiCad text.
            var first = Math.Clamp(sourceLength / 6 + 16, 16, _chunkSize);
            _current = new SExprNodeData[first];
            _chunks = new SExprNodeData[Math.Max(4, sourceLength / 6 / _chunkSize + 2)][];
            _chunks[0] = _current;
            _chunkCount = 1;
        }

        public int Count { get; private set; }

        public int ChunkBits { get; }

        public SExprNodeData[][] Chunks => _chunks;

        public void Add(int start, int extent, uint lineAndKind)
        {
            if (_offset == _current.Length) Grow();
            ref var node = ref _current[_offset++];
            node.Start = start;
            node.Extent = extent;
            node.LineAndKind = lineAndKind;
            Count++;
        }

        public void SetExtent(int index, int extent) =>
            _chunks[index >> ChunkBits][index & (_chunkSize - 1)].Extent = extent;

        public SExprNodeData Get(int index) => _chunks[index >> ChunkBits][index & (_chunkSize - 1)];

        private void Grow()
        {
            if (_chunkCount == 1 && _current.Length < _chunkSize)
            {
                Array.Resize(ref _current, Math.Min(_current.Length * 2, _chunkSize));
                _chunks[0] = _current;
                return;
            }

            if (_chunkCount == _chunks.Length) Array.Resize(ref _chunks, _chunks.Length * 2);
            _current = new SExprNodeData[_chunkSize];
            _chunks[_chunkCount++] = _current;
            _offset = 0;
        }
    }
}
