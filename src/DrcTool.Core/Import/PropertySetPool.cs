namespace DrcTool.Core.Import;

/// <summary>
/// One shared instance per distinct set of part properties within one file. Most parts of a board carry the same few
/// fields as many others (the same MPN, footprint, datasheet, sheet), so a 100k-part board would otherwise hold 100k
/// dictionaries with a handful of distinct contents. The dictionaries are handed out as read-only; nothing after
/// import changes a component's properties.
/// </summary>
internal sealed class PropertySetPool
{
    // Past this many entries a set is unlikely to repeat, and hashing it costs more than it saves.
    private const int MaxPooledEntries = 16;

    private readonly Dictionary<IReadOnlyDictionary<string, string>, IReadOnlyDictionary<string, string>> _sets = new(ContentComparer.Instance);

    /// <summary>An equal set seen before in this file (same entries in the same order), else <paramref name="properties"/> itself.</summary>
    public IReadOnlyDictionary<string, string> Share(IReadOnlyDictionary<string, string> properties)
    {
        if (properties.Count > MaxPooledEntries) return properties;
        if (_sets.TryGetValue(properties, out var shared)) return shared;
        _sets.Add(properties, properties);
        return properties;
    }

    /// <summary>
    /// The shared set equal to <paramref name="scratch"/>, copied into a new dictionary only when none is pooled yet:
    /// a reader can fill one scratch dictionary per part and allocate nothing for a part like an earlier one.
    /// </summary>
    public IReadOnlyDictionary<string, string> ShareCopy(Dictionary<string, string> scratch)
    {
        if (scratch.Count <= MaxPooledEntries && _sets.TryGetValue(scratch, out var shared)) return shared;
        // The copy keeps the scratch's order and comparer.
        return Share(new Dictionary<string, string>(scratch, scratch.Comparer));
    }

    /// <summary>
    /// Equal when the entries and their order match exactly (ordinal): two sets then behave the same for every reader,
    /// whatever their comparers. Sets from one reader share one dictionary type and comparer.
    /// </summary>
    private sealed class ContentComparer : IEqualityComparer<IReadOnlyDictionary<string, string>>
    {
        public static ContentComparer Instance { get; } = new();

        public bool Equals(IReadOnlyDictionary<string, string>? x, IReadOnlyDictionary<string, string>? y)
        {
            if (ReferenceEquals(x, y)) return true;
            if (x is null || y is null || x.Count != y.Count || x.GetType() != y.GetType()) return false;
            if (x is Dictionary<string, string> first && y is Dictionary<string, string> second)
            {
                // The common case, without boxing an enumerator per comparison.
                if (!ReferenceEquals(first.Comparer, second.Comparer)) return false;
                using var a = first.GetEnumerator();
                using var b = second.GetEnumerator();
                while (a.MoveNext() && b.MoveNext())
                {
                    if (!Same(a.Current, b.Current)) return false;
                }

                return true;
            }

            using var left = x.GetEnumerator();
            using var right = y.GetEnumerator();
            while (left.MoveNext() && right.MoveNext())
            {
                if (!Same(left.Current, right.Current)) return false;
            }

            return true;
        }

        private static bool Same(KeyValuePair<string, string> a, KeyValuePair<string, string> b) =>
            string.Equals(a.Key, b.Key, StringComparison.Ordinal) && string.Equals(a.Value, b.Value, StringComparison.Ordinal);

        public int GetHashCode(IReadOnlyDictionary<string, string> properties)
        {
            var hash = new HashCode();
            if (properties is Dictionary<string, string> dictionary)
            {
                foreach (var (name, value) in dictionary)
                {
                    hash.Add(name, StringComparer.Ordinal);
                    hash.Add(value, StringComparer.Ordinal);
                }

                return hash.ToHashCode();
            }

            foreach (var (name, value) in properties)
            {
                hash.Add(name, StringComparer.Ordinal);
                hash.Add(value, StringComparer.Ordinal);
            }

            return hash.ToHashCode();
        }
    }
}
