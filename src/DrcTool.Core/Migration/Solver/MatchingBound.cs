namespace DrcTool.Core.Migration.Solver;

/// <summary>
/// A lower bound on the pins the rest of the search must leave unplaced: a maximum bipartite matching of the open
/// pins to the contacts each may still take (Kuhn's augmenting paths). Pins outside the matching cannot all be placed.
/// </summary>
internal sealed class MatchingBound
{
    private readonly int[] _matchOfContact;
    private readonly int[] _seen;
    private int _stamp;

    public MatchingBound(int contactCount)
    {
        _matchOfContact = new int[contactCount];
        _seen = new int[contactCount];
    }

    /// <summary>Size of a maximum matching of the first <paramref name="count"/> pins; <paramref name="options"/>[i] lists the contacts open pin i may take.</summary>
    public int MaximumMatching(IReadOnlyList<List<int>> options, int count)
    {
        Array.Fill(_matchOfContact, -1);
        var size = 0;
        for (var pin = 0; pin < count; pin++)
        {
            _stamp++;
            if (Augment(pin, options))
            {
                size++;
            }
        }

        return size;
    }

    private bool Augment(int pin, IReadOnlyList<List<int>> options)
    {
        foreach (var contact in options[pin])
        {
            if (_seen[contact] == _stamp)
            {
                continue;
            }

            _seen[contact] = _stamp;
            if (_matchOfContact[contact] < 0 || Augment(_matchOfContact[contact], options))
            {
                _matchOfContact[contact] = pin;
                return true;
            }
        }

        return false;
    }
}
