using System.Text;
using DrcTool.Core.Import.SExpressions;

namespace DrcTool.Core.Import.KiCad;

/// <summary>
/// One string per distinct short atom text within one file: a board names "GND" on hundreds of pads and a netlist
/// repeats every reference in its nodes, so decoding each occurrence afresh would multiply memory for nothing.
/// </summary>
internal sealed class KiCadStringPool
{
    // Longer atoms are rare (paths, descriptions) and seldom repeated: decoded as they are.
    private const int MaxPooledBytes = 256;

    private readonly Dictionary<string, string> _strings;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <param name="capacity">Distinct strings expected: sizing the pool up front saves its growth steps on a big file.</param>
    public KiCadStringPool(int capacity = 0)
    {
        _strings = new Dictionary<string, string>(capacity, StringComparer.Ordinal);
        _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The atom's text (escapes decoded), or null when <paramref name="atom"/> is not an atom.</summary>
    public string? Text(SExprNode atom)
    {
        if (!atom.IsAtom) return null;
        var raw = atom.RawBytes;
        if (raw.Length > MaxPooledBytes || (atom.Kind == SExprNodeKind.String && raw.IndexOf((byte)'\\') >= 0))
        {
            return atom.Text;
        }

        // A UTF-8 byte never decodes to more than one UTF-16 unit (invalid bytes become one U+FFFD each).
        Span<char> chars = stackalloc char[MaxPooledBytes];
        var length = Encoding.UTF8.GetChars(raw, chars);
        var text = chars[..length];
        if (_lookup.TryGetValue(text, out var pooled)) return pooled;
        pooled = new string(text);
        _strings.Add(pooled, pooled);
        return pooled;
    }

    /// <summary>The text of the atom at <paramref name="position"/> of <paramref name="list"/>, or null.</summary>
    public string? AtomAt(SExprNode list, int position) => Text(list[position]);

    /// <summary>(keyword value) under <paramref name="parent"/>: the value's text, or null.</summary>
    public string? ChildValue(SExprNode parent, ReadOnlySpan<byte> keyword) => Text(parent.Child(keyword)[1]);
}
