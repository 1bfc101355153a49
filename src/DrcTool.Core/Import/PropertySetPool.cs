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
            using var left = x.GetEnumerator();
            using var right = y.GetEnumerator();
            while (left.MoveNext() && right.MoveNext())
            {
                if (!string.Equals(left.Current.Key, right.Current.Key, StringComparison.Ordinal)
                    || !string.Equals(left.Current.Value, right.Current.Value, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        public int GetHashCode(IReadOnlyDictionary<string, string> properties)
        {
            var hash = new HashCode();
            foreach (var (name, value) in properties)
            {
                hash.Add(name, StringComparer.Ordinal);
                hash.Add(value, StringComparer.Ordinal);
            }

            return hash.ToHashCode();
        }
    }
}
