namespace DrcTool.Core.Import.KiCad.Schematic;

/// <summary>Disjoint sets over dense integer ids, grown on demand; path halving and union by size, no recursion.</summary>
internal sealed class UnionFind
{
    private int[] _parent = new int[64];
    private int[] _size = new int[64];

    public int Count { get; private set; }

    public int Add()
    {
        if (Count == _parent.Length)
        {
            Array.Resize(ref _parent, _parent.Length * 2);
            Array.Resize(ref _size, _size.Length * 2);
        }

        _parent[Count] = Count;
        _size[Count] = 1;
        return Count++;
    }

    public int Find(int x)
    {
        while (_parent[x] != x)
        {
            _parent[x] = _parent[_parent[x]];
            x = _parent[x];
        }

        return x;
    }

    public void Union(int a, int b)
    {
        a = Find(a);
        b = Find(b);
        if (a == b) return;
        if (_size[a] < _size[b]) (a, b) = (b, a);
        _parent[b] = a;
        _size[a] += _size[b];
    }
}
