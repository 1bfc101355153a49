using System.Globalization;
using System.Text;
using DrcTool.Core.Model;

namespace DrcTool.Core.Import.SExpressions;

/// <summary>A handle to one node of an <see cref="SExprDocument"/>: a list or an atom. The default value is an invalid node.</summary>
/// <remarks>Every member is safe on an invalid node (a missing child): it reads as an empty atom-less list.</remarks>
public readonly struct SExprNode
{
    private readonly SExprDocument _doc;
    private readonly int _index;
    // The index just past the parent's subtree: a following node below it is this node's next sibling.
    private readonly int _end;

    internal SExprNode(SExprDocument doc, int index, int end)
    {
        _doc = doc;
        _index = index;
        _end = end;
    }

    public bool IsValid => _doc is not null && _index >= 0;
    public SExprNodeKind Kind => IsValid ? _doc.Data(_index).Kind : SExprNodeKind.List;
    public bool IsList => IsValid && _doc.Data(_index).Kind == SExprNodeKind.List;
    public bool IsAtom => IsValid && _doc.Data(_index).Kind != SExprNodeKind.List;
    public int Line => IsValid ? _doc.Data(_index).Line : 0;
    public int Column => IsValid ? _doc.Column(_index) : 0;
    public SourceLocation Location => IsValid ? new(_doc.Path, Line, Column) : default;

    /// <summary>The number of elements of a list (its head included); 0 for an atom.</summary>
    public int Count
    {
        get
        {
            var count = 0;
            foreach (var _ in Children) count++;
            return count;
        }
    }

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
        var first = FirstIndex;
        return first >= 0 && _doc.Data(first).Kind == SExprNodeKind.Symbol && _doc.Bytes(first).SequenceEqual(keyword);
    }

    /// <summary>True when this is an atom whose raw text equals <paramref name="utf8"/>.</summary>
    public bool TextIs(ReadOnlySpan<byte> utf8) => IsAtom && _doc.Bytes(_index).SequenceEqual(utf8);

    public SExprNode First
    {
        get
        {
            var first = FirstIndex;
            return first >= 0 ? new SExprNode(_doc, first, _index + _doc.Data(_index).Extent) : default;
        }
    }

    public SExprNode Next
    {
        get
        {
            if (!IsValid) return default;
            var next = NextIndex(_doc, _index);
            return next < _end ? new SExprNode(_doc, next, _end) : default;
        }
    }

    /// <summary>The atom's text with string escapes decoded; for a list, an empty string.</summary>
    public string Text
    {
        get
        {
            if (!IsAtom) return string.Empty;
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
        return node.IsAtom ? node.Text : null;
    }

    public double? NumberAt(int position)
    {
        var node = this[position];
        if (!node.IsAtom) return null;
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

    /// <summary>The index of a list's first element, or -1 for an atom, an empty list or an invalid node.</summary>
    private int FirstIndex
    {
        get
        {
            if (!IsList) return -1;
            return _doc.Data(_index).Extent > 1 ? _index + 1 : -1;
        }
    }

    private static int NextIndex(SExprDocument doc, int index)
    {
        ref readonly var data = ref doc.Data(index);
        return data.Kind == SExprNodeKind.List ? index + data.Extent : index + 1;
    }

    public struct ChildEnumerable(SExprNode parent)
    {
        public ChildEnumerator GetEnumerator() => new(parent);
    }

    public struct ChildEnumerator
    {
        private readonly SExprDocument _doc;
        private readonly int _end;
        private int _next;
        private int _current;

        internal ChildEnumerator(SExprNode parent)
        {
            _doc = parent._doc;
            _current = -1;
            if (parent.IsList)
            {
                _end = parent._index + _doc.Data(parent._index).Extent;
                _next = parent._index + 1;
            }
            else
            {
                _end = 0;
                _next = 0;
            }
        }

        public readonly SExprNode Current => new(_doc, _current, _end);

        public bool MoveNext()
        {
            if (_next >= _end) return false;
            _current = _next;
            _next = NextIndex(_doc, _current);
            return true;
        }
    }
}
