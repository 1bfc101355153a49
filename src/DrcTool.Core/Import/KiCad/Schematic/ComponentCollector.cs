using DrcTool.Core.Model;

namespace DrcTool.Core.Import.KiCad.Schematic;

/// <summary>
/// Merges the placed units of each reference into one <see cref="Component"/>. The first unit met (in sheet order)
/// gives the location and fields; any unit marked DNP or excluded makes the whole part not fitted.
/// </summary>
internal sealed class ComponentCollector
{
    private readonly Dictionary<string, Entry> _byReference = new(StringComparer.Ordinal);

    /// <summary>Power symbols and references starting with '#' (power flags, virtual parts) are not parts.</summary>
    public static bool IsPart(LibSymbol lib, string reference) => !lib.IsPower && reference.Length > 0 && reference[0] != '#';

    public void Add(PlacedSymbol symbol, LibSymbol lib, ResolvedSymbol resolved)
    {
        if (_byReference.TryGetValue(resolved.Reference, out var entry))
        {
            entry.MarkedNotFitted |= symbol.MarkedNotFitted;
            return;
        }

        _byReference[resolved.Reference] = new Entry(symbol, lib, resolved) { MarkedNotFitted = symbol.MarkedNotFitted };
    }

    public List<Component> Build()
    {
        var result = new List<Component>(_byReference.Count);
        foreach (var entry in _byReference.Values)
        {
            var (library, name) = SplitLibId(entry.Symbol.LibId);
            var properties = new Dictionary<string, string>(entry.Symbol.Properties, StringComparer.Ordinal)
            {
                ["Reference"] = entry.Resolved.Reference,
                ["Value"] = entry.Resolved.Value,
                ["Footprint"] = entry.Resolved.Footprint,
            };
            result.Add(new Component(
                entry.Resolved.Reference,
                entry.Resolved.Value,
                entry.Resolved.Footprint,
                library,
                name,
                properties,
                FittedPolicy.IsFitted(entry.Resolved.Value, entry.MarkedNotFitted),
                entry.Lib.PackagePins(),
                entry.Symbol.Location));
        }

        result.Sort((a, b) => NaturalComparer.Instance.Compare(a.Reference, b.Reference));
        return result;
    }

    private static (string Library, string Name) SplitLibId(string libId)
    {
        var colon = libId.IndexOf(':');
        return colon < 0 ? (string.Empty, libId) : (libId[..colon], libId[(colon + 1)..]);
    }

    private sealed class Entry(PlacedSymbol symbol, LibSymbol lib, ResolvedSymbol resolved)
    {
        public PlacedSymbol Symbol { get; } = symbol;
        public LibSymbol Lib { get; } = lib;
        public ResolvedSymbol Resolved { get; } = resolved;
        public bool MarkedNotFitted { get; set; }
    }
}
