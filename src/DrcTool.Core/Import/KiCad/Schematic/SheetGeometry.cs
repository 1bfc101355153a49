namespace DrcTool.Core.Import.KiCad.Schematic;

/// <summary>
/// The wires (or buses) of one sheet file merged into clusters, computed once per file and shared by its instances.
/// Segments join where their ends meet. A junction joins every segment passing through its point, and a label
/// joins the segment it sits on; a bare end on another segment's middle does not connect, as in KiCad.
/// </summary>
internal sealed class SheetGeometry
{
    private readonly Dictionary<GridPoint, int> _clusterAt;

    private SheetGeometry(Dictionary<GridPoint, int> clusterAt, int clusterCount)
    {
        _clusterAt = clusterAt;
        ClusterCount = clusterCount;
    }

    public int ClusterCount { get; }

    /// <summary>The cluster whose segment ends (or junction or label) lie on <paramref name="point"/>, if any.</summary>
    public bool TryGetCluster(GridPoint point, out int cluster) => _clusterAt.TryGetValue(point, out cluster);

    /// <param name="segments">Wire or bus segments.</param>
    /// <param name="attachPoints">Junctions and label anchors: they connect to a segment's middle as well as its ends.</param>
    public static SheetGeometry Build(IReadOnlyList<Segment> segments, IEnumerable<GridPoint> attachPoints)
    {
        var sets = new UnionFind();
        var endpointOwner = new Dictionary<GridPoint, int>();
        foreach (var segment in segments)
        {
            var id = sets.Add();
            Join(sets, endpointOwner, segment.Start, id);
            Join(sets, endpointOwner, segment.End, id);
        }

        var index = new SegmentIndex(segments);
        foreach (var point in attachPoints)
        {
            foreach (var id in index.Through(point))
            {
                Join(sets, endpointOwner, point, id);
            }
        }

        // Renumber the roots densely so instances can allocate one node per cluster.
        var dense = new Dictionary<int, int>();
        var clusterAt = new Dictionary<GridPoint, int>(endpointOwner.Count);
        foreach (var (point, owner) in endpointOwner)
        {
            var root = sets.Find(owner);
            if (!dense.TryGetValue(root, out var cluster))
            {
                cluster = dense.Count;
                dense[root] = cluster;
            }

            clusterAt[point] = cluster;
        }

        return new SheetGeometry(clusterAt, dense.Count);
    }

    private static void Join(UnionFind sets, Dictionary<GridPoint, int> owner, GridPoint point, int segment)
    {
        if (owner.TryGetValue(point, out var existing))
        {
            sets.Union(existing, segment);
        }
        else
        {
            owner[point] = segment;
        }
    }

    /// <summary>Finds the segments passing through a point: horizontal ones by row, vertical ones by column, others by scan.</summary>
    private sealed class SegmentIndex
    {
        private readonly Dictionary<long, List<int>> _byRow = new();
        private readonly Dictionary<long, List<int>> _byColumn = new();
        private readonly List<int> _slanted = [];
        private readonly IReadOnlyList<Segment> _segments;

        public SegmentIndex(IReadOnlyList<Segment> segments)
        {
            _segments = segments;
            for (var i = 0; i < segments.Count; i++)
            {
                var s = segments[i];
                if (s.Start.Y == s.End.Y) Add(_byRow, s.Start.Y, i);
                else if (s.Start.X == s.End.X) Add(_byColumn, s.Start.X, i);
                else _slanted.Add(i);
            }
        }

        public IEnumerable<int> Through(GridPoint p)
        {
            if (_byRow.TryGetValue(p.Y, out var row))
            {
                foreach (var i in row)
                {
                    var s = _segments[i];
                    if (p.X >= Math.Min(s.Start.X, s.End.X) && p.X <= Math.Max(s.Start.X, s.End.X)) yield return i;
                }
            }

            if (_byColumn.TryGetValue(p.X, out var column))
            {
                foreach (var i in column)
                {
                    var s = _segments[i];
                    if (p.Y >= Math.Min(s.Start.Y, s.End.Y) && p.Y <= Math.Max(s.Start.Y, s.End.Y)) yield return i;
                }
            }

            foreach (var i in _slanted)
            {
                if (OnSlanted(_segments[i], p)) yield return i;
            }
        }

        private static bool OnSlanted(Segment s, GridPoint p)
        {
            if (p.X < Math.Min(s.Start.X, s.End.X) || p.X > Math.Max(s.Start.X, s.End.X)) return false;
            if (p.Y < Math.Min(s.Start.Y, s.End.Y) || p.Y > Math.Max(s.Start.Y, s.End.Y)) return false;
            // Exactly collinear on the grid; Int128 keeps the cross product from overflowing.
            var cross = (Int128)(s.End.X - s.Start.X) * (p.Y - s.Start.Y) - (Int128)(s.End.Y - s.Start.Y) * (p.X - s.Start.X);
            return cross == 0;
        }

        private static void Add(Dictionary<long, List<int>> map, long key, int index)
        {
            if (!map.TryGetValue(key, out var list))
            {
                list = [];
                map[key] = list;
            }

            list.Add(index);
        }
    }
}
