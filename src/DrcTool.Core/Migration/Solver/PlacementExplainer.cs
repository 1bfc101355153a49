using DrcTool.Core.Config;
using System.Globalization;

namespace DrcTool.Core.Migration.Solver;

/// <summary>
/// Turns the search's choices into placements with reasons: for a kept pin what it does there, for a moved pin why
/// its guide pin could not take it, for a lost pin which constraint stops every contact and what would free it.
/// Reasons are found by asking the final plan's <see cref="SolverState"/> what blocks each alternative.
/// </summary>
internal sealed class PlacementExplainer
{
    private readonly SolverProblem _problem;
    private readonly int[] _choices;
    private readonly MigrationRules _rules;
    private readonly SolverState _final;

    public PlacementExplainer(SolverProblem problem, int[] choices, MigrationRules rules)
    {
        _problem = problem;
        _choices = choices;
        _rules = rules;
        _final = new SolverState(problem);
        for (var pin = 0; pin < choices.Length; pin++)
        {
            if (choices[pin] >= 0)
            {
                _final.Apply(pin, problem.Candidates[pin][choices[pin]]);
            }
        }
    }

    public PinPlacement Explain(int pin)
    {
        var spec = _problem.Pins[pin];
        if (_choices[pin] < 0)
        {
            return new PinPlacement(spec, null, null, PlacementStatus.Lost, WhyLost(pin));
        }

        var chosen = _problem.Candidates[pin][_choices[pin]];
        var contact = _problem.Contacts[chosen.ContactIndex];
        var bus = chosen.BusIndex >= 0 ? _problem.Buses[chosen.BusIndex] : null;
        var what = Doing(spec, contact, bus);
        if (chosen.Kept)
        {
            return new PinPlacement(spec, contact, bus, PlacementStatus.Kept, $"the guides' B-SoM pin for {spec.Name}; {what}");
        }

        return new PinPlacement(spec, contact, bus, PlacementStatus.Moved, $"{WhyNotGuide(pin)}: moved to {contact}; {what}");
    }

    /// <summary>What the pin does on its contact: "ADC, PWM group PWM2", "SPI SCK", "GPIO".</summary>
    private static string Doing(SourcePin spec, TargetContact contact, TargetBus? bus)
    {
        var parts = new List<string>();
        if (bus is not null && spec.Bus is { } role)
        {
            parts.Add($"{bus.Name} {role.Role}");
        }
        else if (spec.Bus is { IsChipSelect: true } chipSelect)
        {
            parts.Add($"{chipSelect.Bus.Name} chip select (any GPIO)");
        }

        if (spec.Has(PinUse.Analog))
        {
            parts.Add("ADC");
        }

        if (spec.Has(PinUse.Pwm) && contact.Pwm is { } group)
        {
            parts.Add(group.FixedHz is { } hz ? $"PWM group {group.Name} (fixed {hz} Hz)"
                : spec.PwmHz is { } need ? $"PWM group {group.Name} at {need} Hz"
                : $"PWM group {group.Name}");
        }

        if (spec.EthernetRole is { } ethernet)
        {
            parts.Add($"W5500 {ethernet}");
        }

        if (spec.Has(PinUse.Interrupt))
        {
            parts.Add("interrupt");
        }

        return parts.Count > 0 ? string.Join(", ", parts) : "GPIO";
    }

    private string WhyNotGuide(int pin)
    {
        var spec = _problem.Pins[pin];
        if (spec.GuidePin is null)
        {
            return $"the B-SoM has no {spec.Name}";
        }

        if (!_problem.ContactIndex.TryGetValue(spec.GuidePin, out var guide))
        {
            return $"the guides' {spec.GuidePin} takes no signal";
        }

        var guideCandidates = _problem.Candidates[pin].Where(c => c.ContactIndex == guide).ToList();
        if (guideCandidates.Count == 0)
        {
            return CannotCover(spec, _problem.Contacts[guide]);
        }

        // A bus moves as a whole: ask about the guide pin with every pin of this source bus lifted, or the answer
        // would only be that the rest of the bus went elsewhere.
        var lifted = Enumerable.Range(0, _choices.Length)
            .Where(other => other == pin || _problem.SourceBusOf[pin] >= 0 && _problem.SourceBusOf[other] == _problem.SourceBusOf[pin] && _choices[other] >= 0)
            .ToList();
        lifted.ForEach(other => _final.Undo(other, _problem.Candidates[other][_choices[other]]));
        var reason = Describe(pin, guideCandidates[0], _final.Blocker(pin, guideCandidates[0]));
        lifted.ForEach(other => _final.Apply(other, _problem.Candidates[other][_choices[other]]));
        return reason;
    }

    private string WhyLost(int pin)
    {
        var spec = _problem.Pins[pin];
        var candidates = _problem.Candidates[pin];
        var free = FreeingHint(spec);
        if (candidates.Length == 0)
        {
            return $"no B-SoM contact can take it: {NoContactCovers(spec)}; instead use {free}";
        }

        var blockers = candidates
            .Select(c => (Candidate: c, Reason: _final.Blocker(pin, c)))
            .GroupBy(x => x.Reason)
            .Select(g => Describe(pin, g.First().Candidate, g.Key) + (g.Count() > 1 ? $" (and {g.Count() - 1} more)" : ""))
            .ToList();
        return $"cannot be placed: {string.Join("; ", blockers)}; to free it use {free}";
    }

    /// <summary>What would free a lost pin: the replacement for its most specific use.</summary>
    private string FreeingHint(SourcePin spec)
    {
        PinUse[] order = [PinUse.Can, PinUse.Dac, PinUse.Uart, PinUse.Spi, PinUse.I2c, PinUse.Analog, PinUse.Pwm, PinUse.Interrupt, PinUse.Digital];
        var use = order.FirstOrDefault(spec.Has, PinUse.Digital);
        return _rules.ReplacementFor(use);
    }

    /// <summary>Why no contact at all covers the pin's uses.</summary>
    private string NoContactCovers(SourcePin spec)
    {
        if (spec.Has(PinUse.Dac))
        {
            return "the B-SoM has no DAC";
        }

        if (spec.Bus is { } role && SolverProblem.RoleOnBus(spec) is not null)
        {
            var buses = _problem.Buses.Where(b => b.Kind == role.Bus.Kind).ToList();
            return buses.Count == 0
                ? $"the B-SoM has no {KindName(role.Bus.Kind)} bus"
                : $"no B-SoM {KindName(role.Bus.Kind)} bus has a {role.Role} that can also do {Uses(spec)} ({string.Join(", ", buses.Select(b => b.Name))})";
        }

        if (spec.Uses.Any(u => u is PinUse.I2c or PinUse.Spi or PinUse.Uart or PinUse.Can))
        {
            return "its role on the bus is not known";
        }

        if (spec.Has(PinUse.Analog) && spec.Has(PinUse.Pwm))
        {
            return "no B-SoM pin has both ADC and a PWM group that allows its frequency";
        }

        return $"no free signal contact has {Uses(spec)}";
    }

    private static string Uses(SourcePin spec) => string.Join("+", spec.Uses.Select(PinUseNames.Name));

    private static string KindName(BusKind kind) => kind switch
    {
        BusKind.I2c => "I2C",
        BusKind.Spi => "SPI",
        BusKind.Uart => "UART",
        _ => "CAN",
    };

    /// <summary>Why a contact's own functions do not cover the pin (nothing in the rest of the plan involved).</summary>
    private string CannotCover(SourcePin spec, TargetContact contact)
    {
        if (_problem.ReservedContacts[_problem.ContactIndex[contact.Name]])
        {
            return $"{contact} is the PMIC and fuel-gauge interrupt on the B-SoM";
        }

        if (spec.Has(PinUse.Analog) && !contact.HasAdc)
        {
            return $"{contact} has no ADC on the B-SoM (only {string.Join(", ", _problem.Contacts.Where(c => c.HasAdc).Select(c => c.Name))})";
        }

        if (spec.Has(PinUse.Dac))
        {
            return "the B-SoM has no DAC";
        }

        if (spec.Has(PinUse.Pwm) && contact.Pwm is null)
        {
            return $"{contact} has no PWM on the B-SoM";
        }

        if (spec.Has(PinUse.Pwm) && contact.Pwm is { FixedHz: { } fixedHz } group)
        {
            return $"{contact} is in PWM group {group.Name}, fixed at {fixedHz} Hz for the RGB LED, and the use needs {spec.PwmHz} Hz";
        }

        if (spec.EthernetRole is { } role && _problem.Target.EthernetPins.TryGetValue(role, out var fixedPin))
        {
            return $"Device OS fixes the W5500 {role} on {fixedPin}";
        }

        if (SolverProblem.RoleOnBus(spec) is { } busRole)
        {
            var there = _problem.Buses.Where(b => b.Kind == busRole.Bus.Kind && b.PinFor(busRole.Role) is not null)
                .Select(b => $"{b.Name} {busRole.Role} is {b.PinFor(busRole.Role)}");
            return $"{contact} is not {KindName(busRole.Bus.Kind)} {busRole.Role} on the B-SoM ({string.Join(", ", there)})";
        }

        return $"{contact} cannot do {Uses(spec)}";
    }

    /// <summary>Words for what blocks <paramref name="candidate"/> in the final plan.</summary>
    private string Describe(int pin, Candidate candidate, BlockReason reason)
    {
        var contact = _problem.Contacts[candidate.ContactIndex];
        var bus = candidate.BusIndex >= 0 ? _problem.Buses[candidate.BusIndex] : null;
        var source = _problem.SourceBusOf[pin];
        return reason switch
        {
            BlockReason.ContactTaken => $"{contact} is taken by {_problem.Pins[_final.OwnerOf(candidate.ContactIndex)].Name}",
            BlockReason.HeldByBus => $"{contact} belongs to {HolderName(_final.HolderOf(candidate.ContactIndex))}",
            BlockReason.SourceBusElsewhere => $"the rest of {_problem.SourceBuses[source].Name} is on {_problem.Buses[_final.TargetOf(source)].Name}",
            BlockReason.BusPinsTaken => $"{bus!.Name} needs {string.Join(", ", bus.Roles.Select(r => $"{r.Value} ({r.Key})"))}, and {TakenAmong(bus)}",
            BlockReason.BusInUse => $"{bus!.Name} already serves {string.Join(", ", _final.SourcesOn(candidate.BusIndex).Select(s => _problem.SourceBuses[s].Name))}",
            BlockReason.I2cAddress => $"{bus!.Name} already has a device at {Collision(source, candidate.BusIndex)}",
            BlockReason.PwmFrequency => $"{contact} is in PWM group {contact.Pwm!.Name}, which already runs at {string.Join("/", _final.FrequenciesIn(_problem.GroupOf[candidate.ContactIndex]).Select(Hz))} and the use needs {Hz(_problem.Pins[pin].PwmHz ?? 0)}",
            BlockReason.InterruptLimit => $"{_problem.Target.MaxInterrupts} interrupts are in use already, the B-SoM's limit",
            _ => $"{contact} is open",
        };
    }

    private static string Hz(int hz) => hz.ToString(CultureInfo.InvariantCulture) + " Hz";

    private string HolderName(int bus)
    {
        var name = _problem.Buses[bus].Name;
        var users = _final.SourcesOn(bus).Select(s => _problem.SourceBuses[s].Name).ToList();
        if (bus == _problem.PmicBusIndex)
        {
            users.Insert(0, "the PMIC and fuel gauge");
        }

        return users.Count > 0 ? $"{name} ({string.Join(", ", users)})" : name;
    }

    private string TakenAmong(TargetBus bus)
    {
        var taken = bus.Roles.Values
            .Select(n => _problem.ContactIndex[n])
            .Select(i => _final.OwnerOf(i) >= 0
                ? $"{_problem.Contacts[i].Name} is taken by {_problem.Pins[_final.OwnerOf(i)].Name}"
                : _final.HolderOf(i) >= 0 ? $"{_problem.Contacts[i].Name} belongs to {HolderName(_final.HolderOf(i))}" : null)
            .OfType<string>();
        return string.Join(", ", taken);
    }

    private string Collision(int source, int bus)
    {
        var mine = _problem.SourceBuses[source].Addresses;
        var hits = new List<string>();
        if (bus == _problem.PmicBusIndex)
        {
            hits.AddRange(_problem.Target.PmicDevices.Where(d => mine.Contains(d.Address)).Select(d => $"0x{d.Address:X2} ({d.Part})"));
        }

        foreach (var other in _final.SourcesOn(bus))
        {
            hits.AddRange(_problem.SourceBuses[other].Addresses.Where(mine.Contains).Select(a => $"0x{a:X2} ({_problem.SourceBuses[other].Name})"));
        }

        return string.Join(", ", hits);
    }
}
