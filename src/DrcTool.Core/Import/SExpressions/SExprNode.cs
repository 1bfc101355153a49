using System.Globalization;
using System.Text;
using DrcTool.Core.Model;

namespace DrcTool.Core.Import.SExpressions;

/// <summary>A handle to one node of an <see cref="SExprDocument"/>: a list or an atom.</summary>
public readonly struct SExprNode
{
    private readonly SExprDocument _doc;
    private readonly int _index;

    internal SExprNode(SExprDocument doc, int index)
    {
        _doc = doc;
        _index = index;
    }

    public bool IsValid => _doc is not null && _index >= 0;
    public SExprNodeKind Kind => _doc.Data(_index).Kind;
    public bool IsList => Kind == SExprNodeKind.List;
    public bool IsAtom => Kind != SExprNodeKind.List;
    public int Line => _doc.Data(_index).Line;
    public int Column => _doc.Data(_index).Column;
    public SourceLocation Location => new(_doc.Path, Line, Column);
    public int Count => _doc.Data(_index).ChildCount;

    /// <summary>The first element when it is an atom: the list's keyword, e.g. "pad" for (pad "1" smd ...).</summary>
    public string? Head
    {
        get
        {
            var first = First;
            return first.IsValid && first.IsAtom ? first.Text : null;
        }
    }

    /// <summary>True when this is a list whose first element is the atom <paramref name="keyword"/> (UTF-8), compared without allocating.</summary>
    public bool HeadIs(ReadOnlySpan<byte> keyword)
    {
        if (!IsList) return false;
        var first = First;
        return first.IsValid && first.Kind == SExprNodeKind.Symbol && _doc.Bytes(first._index).SequenceEqual(keyword);
    }

    /// <summary>True when this is an atom whose raw text equals <paramref name="utf8"/>.</summary>
    public bool TextIs(ReadOnlySpan<byte> utf8) => IsAtom && _doc.Bytes(_index).SequenceEqual(utf8);

    public SExprNode First
    {
        get
        {
            var child = _doc.Data(_index).FirstChild;
            return new SExprNode(_doc, child);
        }
    }

    public SExprNode Next => new(_doc, _doc.Data(_index).NextSibling);

    /// <summary>The atom's text with string escapes decoded; for a list, an empty string.</summary>
    public string Text
    {
        get
        {
            if (IsList) return string.Empty;
            var raw = _doc.Bytes(_index);
            return Kind == SExprNodeKind.String ? SExprStrings.Unescape(raw) : Encoding.UTF8.GetString(raw);
        }
    }

    /// <summary>The raw bytes of an atom, quotes removed, escapes not decoded.</summary>
    public ReadOnlySpan<byte> RawBytes => IsAtom ? _doc.Bytes(_index) : ReadOnlySpan<byte>.Empty;

    public ChildEnumerable Children => new(this);

    /// <summary>The element at <paramref name="position"/> (0 is the head), or an invalid node.</summary>
    public SExprNode this[int position]
    {
        get
        {
            var node = First;
            for (var i = 0; i < position && node.IsValid; i++)
            {
                node = node.Next;
            }

            return node;
        }
    }

    /// <summary>The text of the atom at <paramref name="position"/>, or null when there is none.</summary>
    public string? AtomAt(int position)
    {
        var node = this[position];
        return node.IsValid && node.IsAtom ? node.Text : null;
    }

    public double? NumberAt(int position)
    {
        var node = this[position];
        if (!node.IsValid || !node.IsAtom) return null;
        return double.TryParse(node.RawBytes, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>The first child list with head <paramref name="keyword"/>, or an invalid node.</summary>
    public SExprNode Child(ReadOnlySpan<byte> keyword)
    {
        foreach (var child in Children)
        {
            if (child.HeadIs(keyword)) return child;
        }

        return default;
    }

    /// <summary>The second element of the first child list with head <paramref name="keyword"/>: (keyword value).</summary>
    public string? ChildValue(ReadOnlySpan<byte> keyword)
    {
        var child = Child(keyword);
        return child.IsValid ? child.AtomAt(1) : null;
    }

    public override string ToString() => IsList ? $"({Head} ...)" : Text;

    public struct ChildEnumerable(SExprNode parent)
    {
        public ChildEnumerator GetEnumerator() => new(parent);
    }

    public struct ChildEnumerator
    {
        private readonly SExprDocument _doc;
        private int _next;
        private int _current;

        internal ChildEnumerator(SExprNode parent)
        {
            _doc = parent._doc;
            _next = parent.IsValid && parent.IsList ? _doc.Data(parent._index).FirstChild : -1;
            _current = -1;
        }

        public readonly SExprNode Current => new(_doc, _current);

        public bool MoveNext()
        {
            if (_next < 0) return false;
            _current = _next;
            _next = _doc.Data(_current).NextSibling;
            return true;
        }
    }
}
