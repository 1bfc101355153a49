namespace DrcTool.Core.Migration.Solver;

/// <summary>
/// The choices made so far in the search and what they forbid: contacts taken, buses active and the contacts they
/// hold, which source bus serves on which B-SoM bus, each PWM group's frequency, interrupts in use.
/// <see cref="Apply"/> and <see cref="Undo"/> are exact inverses so the search backtracks without copying.
/// </summary>
internal sealed class SolverState
{
    private const int Free = -1;

    private readonly SolverProblem _problem;
    private readonly int[] _owner;
    private readonly int[] _heldBy;
    private readonly int[] _sourceTarget;
    private readonly int[] _sourcePins;
    private readonly List<int>[] _busSources;
    private readonly Dictionary<int, int>[] _groupHz;
    private readonly List<int> _pmicAddresses;

    public SolverState(SolverProblem problem)
    {
        _problem = problem;
        _owner = Enumerable.Repeat(Free, problem.Contacts.Count).ToArray();
        _heldBy = Enumerable.Repeat(Free, problem.Contacts.Count).ToArray();
        _sourceTarget = Enumerable.Repeat(Free, problem.SourceBuses.Count).ToArray();
        _sourcePins = new int[problem.SourceBuses.Count];
        _busSources = problem.Buses.Select(_ => new List<int>()).ToArray();
        _groupHz = problem.Groups.Select(_ => new Dictionary<int, int>()).ToArray();
        _pmicAddresses = problem.PmicAddresses.ToList();
        if (problem.PmicBusIndex >= 0)
        {
            Hold(problem.PmicBusIndex);
        }
    }

    public int Interrupts { get; private set; }

    /// <summary>Who holds a contact: a pin index, or -1.</summary>
    public int OwnerOf(int contact) => _owner[contact];

    /// <summary>The bus holding a contact, or -1.</summary>
    public int HolderOf(int contact) => _heldBy[contact];

    /// <summary>The B-SoM bus a source bus serves on so far, or -1.</summary>
    public int TargetOf(int sourceBus) => _sourceTarget[sourceBus];

    public bool IsActive(int bus) => _busSources[bus].Count > 0 || bus == _problem.PmicBusIndex;

    public IReadOnlyList<int> SourcesOn(int bus) => _busSources[bus];

    /// <summary>The frequencies pins in a PWM group asked for so far.</summary>
    public IEnumerable<int> FrequenciesIn(int group) => _groupHz[group].Keys;

    /// <summary>Whether <paramref name="pin"/> may take <paramref name="candidate"/> given the choices made.</summary>
    public bool Allows(int pin, Candidate candidate) => Blocker(pin, candidate) == BlockReason.None;

    /// <summary>The first thing that stops the pin taking the candidate, or <see cref="BlockReason.None"/>.</summary>
    public BlockReason Blocker(int pin, Candidate candidate)
    {
        var contact = candidate.ContactIndex;
        if (_owner[contact] != Free)
        {
            return BlockReason.ContactTaken;
        }

        var source = _problem.SourceBusOf[pin];
        var bus = candidate.BusIndex;
        if (_heldBy[contact] != Free && (bus != _heldBy[contact]))
        {
            return BlockReason.HeldByBus;
        }

        if (bus >= 0)
        {
            var reason = BusBlocker(source, bus);
            if (reason != BlockReason.None)
            {
                return reason;
            }
        }

        var spec = _problem.Pins[pin];
        var group = _problem.GroupOf[contact];
        if (spec.Has(PinUse.Pwm) && group >= 0 && spec.PwmHz is { } hz && (_groupHz[group].Count > 1 || _groupHz[group].Count == 1 && !_groupHz[group].ContainsKey(hz)))
        {
            return BlockReason.PwmFrequency;
        }

        if (spec.Has(PinUse.Interrupt) && Interrupts >= _problem.Target.MaxInterrupts)
        {
            return BlockReason.InterruptLimit;
        }

        return BlockReason.None;
    }

    private BlockReason BusBlocker(int source, int bus)
    {
        var current = _sourceTarget[source];
        if (current == bus)
        {
            return BlockReason.None;
        }

        if (current != Free)
        {
            return BlockReason.SourceBusElsewhere;
        }

        if (!IsActive(bus))
        {
            // Activating the bus takes every contact of its required roles: all must be free and unheld.
            foreach (var held in _problem.RequiredContacts[bus])
            {
                if (_owner[held] != Free || _heldBy[held] != Free)
                {
                    return BlockReason.BusPinsTaken;
                }
            }

            return BlockReason.None;
        }

        // Only I2C shares a bus, and only between devices at distinct addresses.
        if (_problem.Buses[bus].Kind != BusKind.I2c)
        {
            return BlockReason.BusInUse;
        }

        var addresses = _problem.SourceBuses[source].Addresses;
        if (bus == _problem.PmicBusIndex && Overlap(addresses, _pmicAddresses))
        {
            return BlockReason.I2cAddress;
        }

        foreach (var other in _busSources[bus])
        {
            if (Overlap(addresses, _problem.SourceBuses[other].Addresses))
            {
                return BlockReason.I2cAddress;
            }
        }

        return BlockReason.None;
    }

    private static bool Overlap(IReadOnlyList<int> first, IReadOnlyList<int> second)
    {
        for (var i = 0; i < first.Count; i++)
        {
            for (var j = 0; j < second.Count; j++)
            {
                if (first[i] == second[j])
                {
                    return true;
                }
            }
        }

        return false;
    }

    public void Apply(int pin, Candidate candidate)
    {
        _owner[candidate.ContactIndex] = pin;
        var bus = candidate.BusIndex;
        if (bus >= 0)
        {
            var source = _problem.SourceBusOf[pin];
            if (_sourcePins[source]++ == 0)
            {
                var wasActive = IsActive(bus);
                _sourceTarget[source] = bus;
                _busSources[bus].Add(source);
                if (!wasActive)
                {
                    Hold(bus);
                }
            }
        }

        var spec = _problem.Pins[pin];
        var group = _problem.GroupOf[candidate.ContactIndex];
        if (spec.Has(PinUse.Pwm) && group >= 0 && spec.PwmHz is { } hz)
        {
            _groupHz[group][hz] = _groupHz[group].GetValueOrDefault(hz) + 1;
        }

        if (spec.Has(PinUse.Interrupt))
        {
            Interrupts++;
        }
    }

    public void Undo(int pin, Candidate candidate)
    {
        _owner[candidate.ContactIndex] = Free;
        var bus = candidate.BusIndex;
        if (bus >= 0)
        {
            var source = _problem.SourceBusOf[pin];
            if (--_sourcePins[source] == 0)
            {
                _sourceTarget[source] = Free;
                _busSources[bus].Remove(source);
                if (!IsActive(bus))
                {
                    Release(bus);
                }
            }
        }

        var spec = _problem.Pins[pin];
        var group = _problem.GroupOf[candidate.ContactIndex];
        if (spec.Has(PinUse.Pwm) && group >= 0 && spec.PwmHz is { } hz)
        {
            var left = _groupHz[group][hz] - 1;
            if (left == 0)
            {
                _groupHz[group].Remove(hz);
            }
            else
            {
                _groupHz[group][hz] = left;
            }
        }

        if (spec.Has(PinUse.Interrupt))
        {
            Interrupts--;
        }
    }

    private void Hold(int bus)
    {
        foreach (var contact in _problem.RequiredContacts[bus])
        {
            _heldBy[contact] = bus;
        }
    }

    private void Release(int bus)
    {
        foreach (var contact in _problem.RequiredContacts[bus])
        {
            _heldBy[contact] = Free;
        }
    }
}

/// <summary>Why a pin cannot take a contact at this point of the search (also the explanations' vocabulary).</summary>
internal enum BlockReason
{
    None,
    ContactTaken,
    HeldByBus,
    SourceBusElsewhere,
    BusPinsTaken,
    BusInUse,
    I2cAddress,
    PwmFrequency,
    InterruptLimit,
}
