namespace DrcTool.Core.Migration.Solver;

/// <summary>
/// The search: depth-first over the signal pins, most constrained pin first (fewest contacts still open), each
/// pin's guide pin tried first and "unplaced" last; forward checking through <see cref="SolverState"/>, and branch
/// and bound on cost = unplaced x (pins + 1) + moved, so a plan first places as many pins as any plan can, then keeps
/// as many on their guide pins. The bound adds a maximum matching of the open pins and the interrupt limit.
/// </summary>
internal sealed class BranchAndBound
{
    private const int Unplaced = -1;

    private readonly SolverProblem _problem;
    private readonly SolverState _state;
    private readonly MatchingBound _matching;
    private readonly int _unplacedCost;
    private readonly int[] _choice;
    private readonly bool[] _assigned;
    private readonly int[] _contactSeen;
    private int _contactStamp;
    private int[] _best;
    private int _bestCost = int.MaxValue;

    /// <summary>Per depth: the open pins' still-allowed candidates and their contacts (reused, never reallocated).</summary>
    private readonly List<Level> _levels = [];

    public BranchAndBound(SolverProblem problem)
    {
        _problem = problem;
        _state = new SolverState(problem);
        _matching = new MatchingBound(problem.Contacts.Count);
        _unplacedCost = problem.Pins.Count + 1;
        _choice = Enumerable.Repeat(Unplaced, problem.Pins.Count).ToArray();
        _assigned = new bool[problem.Pins.Count];
        _contactSeen = new int[problem.Contacts.Count];
        _best = (int[])_choice.Clone();
    }

    public long Nodes { get; private set; }

    public bool Complete { get; private set; }

    /// <summary>Per pin, the index of its chosen candidate, or -1 for unplaced.</summary>
    public int[] Solve()
    {
        // A pin no contact covers on its own is unplaced in every plan: no need to branch on it.
        var cost = 0;
        var depth = 0;
        for (var pin = 0; pin < _problem.Pins.Count; pin++)
        {
            if (_problem.Candidates[pin].Length == 0)
            {
                _assigned[pin] = true;
                cost += _unplacedCost;
                depth++;
            }
        }

        Complete = Search(depth, cost);
        return _best;
    }

    /// <returns>False when the node limit stopped the search.</returns>
    private bool Search(int depth, int cost)
    {
        if (++Nodes > _problem.Options.NodeLimit)
        {
            return false;
        }

        if (depth == _problem.Pins.Count)
        {
            if (cost < _bestCost)
            {
                _bestCost = cost;
                _best = (int[])_choice.Clone();
            }

            return true;
        }

        var level = LevelAt(depth);
        var pin = Survey(level, out var bound);
        if (cost + bound >= _bestCost)
        {
            return true;
        }

        var allowed = level.AllowedOf(pin);
        var candidates = _problem.Candidates[pin];
        _assigned[pin] = true;
        var finished = true;
        for (var i = 0; i < allowed.Count && finished; i++)
        {
            var index = allowed[i];
            var candidate = candidates[index];
            _state.Apply(pin, candidate);
            _choice[pin] = index;
            finished = Search(depth + 1, cost + (candidate.Kept ? 0 : 1));
            _state.Undo(pin, candidate);
            _choice[pin] = Unplaced;
        }

        if (finished)
        {
            finished = Search(depth + 1, cost + _unplacedCost);
        }

        _assigned[pin] = false;
        return finished;
    }

    private Level LevelAt(int depth)
    {
        while (_levels.Count <= depth)
        {
            _levels.Add(new Level(_problem.Pins.Count));
        }

        return _levels[depth];
    }

    /// <summary>
    /// One pass over the open pins: their allowed candidates, the most constrained pin, and the least cost the open
    /// pins add: pins no matching places, and guide pins no longer open (each then costs at least a move).
    /// </summary>
    private int Survey(Level level, out int bound)
    {
        level.Clear();
        var mostConstrained = -1;
        var fewest = int.MaxValue;
        var guideLost = 0;
        var interruptPins = 0;
        for (var pin = 0; pin < _problem.Pins.Count; pin++)
        {
            if (_assigned[pin])
            {
                continue;
            }

            var allowed = level.Open(pin);
            var contacts = level.ContactsOf(pin);
            var guideOpen = false;
            _contactStamp++;
            var candidates = _problem.Candidates[pin];
            for (var i = 0; i < candidates.Length; i++)
            {
                if (!_state.Allows(pin, candidates[i]))
                {
                    continue;
                }

                allowed.Add(i);
                guideOpen |= candidates[i].Kept;
                var contact = candidates[i].ContactIndex;
                if (_contactSeen[contact] != _contactStamp)
                {
                    _contactSeen[contact] = _contactStamp;
                    contacts.Add(contact);
                }
            }

            guideLost += guideOpen ? 0 : 1;
            interruptPins += allowed.Count > 0 && _problem.Pins[pin].Has(PinUse.Interrupt) ? 1 : 0;
            if (allowed.Count < fewest)
            {
                fewest = allowed.Count;
                mostConstrained = pin;
            }
        }

        var placeable = _matching.MaximumMatching(level.OpenContacts, level.OpenCount);
        var unplaced = Math.Max(level.OpenCount - placeable, interruptPins - Math.Max(0, _problem.Target.MaxInterrupts - _state.Interrupts));
        bound = unplaced * _unplacedCost + Math.Max(0, guideLost - unplaced);
        return mostConstrained;
    }

    /// <summary>Scratch lists for one depth of the search.</summary>
    private sealed class Level
    {
        private readonly List<int>[] _allowed;
        private readonly int[] _slotOf;

        public Level(int pins)
        {
            _allowed = Enumerable.Range(0, pins).Select(_ => new List<int>()).ToArray();
            _slotOf = new int[pins];
            OpenContacts = Enumerable.Range(0, pins).Select(_ => new List<int>()).ToList();
        }

        public List<List<int>> OpenContacts { get; }

        public int OpenCount { get; private set; }

        public void Clear() => OpenCount = 0;

        public List<int> Open(int pin)
        {
            _slotOf[pin] = OpenCount++;
            _allowed[pin].Clear();
            OpenContacts[_slotOf[pin]].Clear();
            return _allowed[pin];
        }

        public List<int> ContactsOf(int pin) => OpenContacts[_slotOf[pin]];

        public List<int> AllowedOf(int pin) => _allowed[pin];
    }
}
