namespace DrcTool.Core.Import.SExpressions;

/// <summary>
/// The hand-written, span-based S-expression tokenizer. One pass over the bytes, an explicit stack of open lists
/// (never the call stack), and a flat node table. Errors name the file, line and column.
/// </summary>
internal static class SExprParser
{
    private readonly struct OpenList(int index, int lastChild)
    {
        public int Index { get; } = index;
        public int LastChild { get; } = lastChild;
    }

    public static SExprDocument Parse(string path, byte[] source)
    {
        // Roughly one node per 6 bytes of KiCad text; the table grows if needed.
        var nodes = new SExprNodeData[Math.Max(16, source.Length / 6)];
        var count = 0;
        var stack = new Stack<OpenList>();
        var line = 1;
        var lineStart = 0;

        nodes[count++] = new SExprNodeData { FirstChild = -1, NextSibling = -1, Line = 1, Column = 1, Kind = SExprNodeKind.List };
        var parent = 0;
        var lastChild = -1;

        var span = source.AsSpan();
        var i = 0;
        // Skip a UTF-8 byte order mark.
        if (span.StartsWith("\uFEFF"u8)) i = 3;

        while (i < span.Length)
        {
            var b = span[i];
            switch (b)
            {
                case (byte)'\n':
                    line++;
                    lineStart = i + 1;
                    i++;
                    continue;
                case (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\f' or (byte)'\v':
                    i++;
                    continue;
                case (byte)'(':
                {
                    var index = Append(ref nodes, ref count, parent, ref lastChild,
                        new SExprNodeData { Start = i, FirstChild = -1, NextSibling = -1, Line = line, Column = i - lineStart + 1, Kind = SExprNodeKind.List });
                    stack.Push(new OpenList(parent, lastChild));
                    parent = index;
                    lastChild = -1;
                    i++;
                    continue;
                }

                case (byte)')':
                {
                    if (stack.Count == 0)
                    {
                        throw Error(path, line, i - lineStart + 1, StrayCloseReason(nodes, lastChild));
                    }

                    nodes[parent].Length = i + 1 - nodes[parent].Start;
                    var open = stack.Pop();
                    parent = open.Index;
                    lastChild = open.LastChild;
                    i++;
                    continue;
                }

                case (byte)'"':
                {
                    var startLine = line;
                    var startColumn = i - lineStart + 1;
                    var j = i + 1;
                    while (true)
                    {
                        var rel = span[j..].IndexOfAny((byte)'"', (byte)'\\', (byte)'\n');
                        if (rel < 0)
                        {
                            throw Error(path, startLine, startColumn, "string is never closed");
                        }

                        j += rel;
                        if (span[j] == (byte)'"') break;
                        if (span[j] == (byte)'\n')
                        {
                            line++;
                            lineStart = j + 1;
                            j++;
                            continue;
                        }

                        // A backslash escapes the next byte (which may be a newline).
                        if (j + 1 < span.Length && span[j + 1] == (byte)'\n')
                        {
                            line++;
                            lineStart = j + 2;
                        }

                        j += 2;
                        if (j >= span.Length)
                        {
                            throw Error(path, startLine, startColumn, "string is never closed");
                        }
                    }

                    Append(ref nodes, ref count, parent, ref lastChild,
                        new SExprNodeData { Start = i + 1, Length = j - i - 1, FirstChild = -1, NextSibling = -1, Line = startLine, Column = startColumn, Kind = SExprNodeKind.String });
                    i = j + 1;
                    continue;
                }

                default:
                {
                    if (b < 0x20 || b == 0x7F)
                    {
                        throw Error(path, line, i - lineStart + 1, $"unexpected control byte 0x{b:X2}");
                    }

                    var rel = span[i..].IndexOfAny(Delimiters);
                    var end = rel < 0 ? span.Length : i + rel;
                    Append(ref nodes, ref count, parent, ref lastChild,
                        new SExprNodeData { Start = i, Length = end - i, FirstChild = -1, NextSibling = -1, Line = line, Column = i - lineStart + 1, Kind = SExprNodeKind.Symbol });
                    i = end;
                    continue;
                }
            }
        }

        if (stack.Count > 0)
        {
            ref readonly var unclosed = ref nodes[parent];
            var outermost = parent;
            foreach (var open in stack)
            {
                if (open.Index != 0) outermost = open.Index;
            }

            throw Error(path, line, i - lineStart + 1,
                $"unexpected end of file: {stack.Count} list(s) still open; the innermost opened at line {unclosed.Line} column {unclosed.Column}, the outermost at line {nodes[outermost].Line} column {nodes[outermost].Column}");
        }

        nodes[0].Length = source.Length;
        return new SExprDocument(path, source, nodes, count);
    }

    /// <summary>
    /// One ')' too many shows only where the extra one finally closes nothing; saying where the last top-level list
    /// closed points the reader at the region where the real mistake is.
    /// </summary>
    private static string StrayCloseReason(SExprNodeData[] nodes, int lastTopLevel)
    {
        if (lastTopLevel > 0 && nodes[lastTopLevel].Kind == SExprNodeKind.List)
        {
            ref readonly var top = ref nodes[lastTopLevel];
            return $"')' closes a list that was never opened: the top-level list opened at line {top.Line} column {top.Column} was already closed; a ')' too many comes before here";
        }

        return "')' closes a list that was never opened";
    }

    private static readonly System.Buffers.SearchValues<byte> Delimiters =
        System.Buffers.SearchValues.Create("()\" \t\r\n\f\v"u8);

    private static int Append(ref SExprNodeData[] nodes, ref int count, int parent, ref int lastChild, in SExprNodeData node)
    {
        if (count == nodes.Length)
        {
            Array.Resize(ref nodes, checked(nodes.Length * 2));
        }

        var index = count++;
        nodes[index] = node;
        if (lastChild < 0)
        {
            nodes[parent].FirstChild = index;
        }
        else
        {
            nodes[lastChild].NextSibling = index;
        }

        nodes[parent].ChildCount++;
        lastChild = index;
        return index;
    }

    private static DesignReadException Error(string path, int line, int column, string reason) =>
        new(path, line, column, reason);
}
