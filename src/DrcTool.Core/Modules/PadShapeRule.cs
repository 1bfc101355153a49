using System.Globalization;

namespace DrcTool.Core.Modules;

/// <summary>
/// The shape of a module's pads, from its module.yaml <c>recognition.shape</c>: which pad numbers it has, which it
/// cannot have, and how many must be present. The B-SoM's M.2 key-E socket: 1-23 and 32-75, never 24-31 (the key) or
/// above 77 (the hold-down tabs).
/// </summary>
public sealed class PadShapeRule
{
    private readonly HashSet<int> _pads;
    private readonly HashSet<int> _forbidden;

    public PadShapeRule(string description, IEnumerable<int> pads, IEnumerable<int> forbidden, int maxPad, int minimumContacts,
        bool byShapeAlone, bool byPinName)
    {
        Description = description;
        _pads = [.. pads];
        _forbidden = [.. forbidden];
        MaxPad = maxPad;
        MinimumContacts = minimumContacts;
        ByShapeAlone = byShapeAlone;
        ByPinName = byPinName;
    }

    /// <summary>The B-SoM's socket, for code and tests that build rules by hand.</summary>
    public static PadShapeRule M2KeyE { get; } = new("M.2 key-E edge", Ranges("1-23,32-75"), Ranges("24-31"), 77, 67, true, false);

    /// <summary>In words, for messages ("M.2 key-E edge (contacts 1-23 and 32-75 ...)").</summary>
    public string Description { get; }

    /// <summary>How many pin positions the module has.</summary>
    public int PositionCount => _pads.Count;

    /// <summary>Numbers above this rule a part out.</summary>
    public int MaxPad { get; }

    /// <summary>How many of the positions a part's pads must cover to have the shape.</summary>
    public int MinimumContacts { get; }

    /// <summary>True when the shape alone (no pattern) is enough to take a part for the module (the 67-contact M.2 edge).</summary>
    public bool ByShapeAlone { get; }

    /// <summary>True when footprints may name their pads after the pins ("A0", "MD", "LI+") rather than number them.</summary>
    public bool ByPinName { get; }

    public bool IsPosition(int n) => _pads.Contains(n);

    /// <summary>A number the footprint cannot have: a forbidden position or one above <see cref="MaxPad"/>.</summary>
    public bool RulesOut(int n) => _forbidden.Contains(n) || n > MaxPad;

    /// <summary>Reads "1-23, 32-75" into the numbers it names.</summary>
    /// <exception cref="FormatException">A part is not a number or a range.</exception>
    public static IEnumerable<int> Ranges(string text)
    {
        var result = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var dash = part.IndexOf('-', StringComparison.Ordinal);
            if (dash < 0)
            {
                result.Add(Number(part));
                continue;
            }

            var (from, to) = (Number(part[..dash]), Number(part[(dash + 1)..]));
            if (to < from) throw new FormatException($"range '{part}' runs backwards");
            result.AddRange(Enumerable.Range(from, to - from + 1));
        }

        return result;
    }

    private static int Number(string text) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw new FormatException($"'{text}' is not a pad number");
}
