namespace DrcTool.Core.Migration;

/// <summary>
/// Checks a plan against every constraint, written apart from the solver so the two can be held against each
/// other (property tests, and the CLI before it prints a plan): no contact twice; only signal contacts; each use
/// possible on its contact; bus roles on the bus's own pins, each source bus on one B-SoM bus, a bus's pins held
/// while it is active, shared I2C buses free of address collisions; one frequency per PWM group; the interrupt limit;
/// the PMIC's bus and interrupt pin; the W5500's fixed pins.
/// </summary>
public static class PlanValidator
{
    public static IReadOnlyList<string> Violations(TargetModule target, IReadOnlyList<PinPlacement> placements, SolveOptions options)
    {
        var errors = new List<string>();
        var placed = placements.Where(p => p.Contact is not null).ToList();
        foreach (var twice in placed.GroupBy(p => p.Contact!.Contact).Where(g => g.Count() > 1))
        {
            errors.Add($"contact {twice.Key} is used by {string.Join(", ", twice.Select(p => p.Pin.Name))}");
        }

        foreach (var p in placed)
        {
            errors.AddRange(UseErrors(target, p, options));
        }

        errors.AddRange(BusErrors(target, placed, options));
        foreach (var group in target.PwmGroups)
        {
            var hz = placed
                .Where(p => p.Pin.Has(PinUse.Pwm) && p.Pin.PwmHz is not null && group.Pins.Contains(p.Contact!.Name, StringComparer.OrdinalIgnoreCase))
                .Select(p => p.Pin.PwmHz!.Value)
                .Distinct()
                .ToList();
            if (hz.Count > 1)
            {
                errors.Add($"PWM group {group.Name} needs {string.Join(" and ", hz)} Hz at once");
            }
        }

        var interrupts = placed.Count(p => p.Pin.Has(PinUse.Interrupt));
        if (interrupts > target.MaxInterrupts)
        {
            errors.Add($"{interrupts} interrupts, more than {target.MaxInterrupts}");
        }

        return errors;
    }

    private static IEnumerable<string> UseErrors(TargetModule target, PinPlacement p, SolveOptions options)
    {
        var contact = p.Contact!;
        var pin = p.Pin;
        if (!contact.TakesSignals)
        {
            yield return $"{pin.Name} is on {contact}, a {contact.Kind} contact";
        }

        if (options.PmicFitted && target.PmicInterruptPin is { } pmicInterrupt && string.Equals(contact.Name, pmicInterrupt, StringComparison.OrdinalIgnoreCase))
        {
            yield return $"{pin.Name} is on {contact}, the PMIC interrupt";
        }

        if (pin.Has(PinUse.Analog) && !contact.HasAdc)
        {
            yield return $"{pin.Name} needs an ADC; {contact} has none";
        }

        if (pin.Has(PinUse.Dac) && !contact.HasDac)
        {
            yield return $"{pin.Name} needs a DAC; {contact} has none";
        }

        if (pin.Has(PinUse.Pwm))
        {
            var group = target.PwmGroups.FirstOrDefault(g => g.Pins.Contains(contact.Name, StringComparer.OrdinalIgnoreCase));
            if (group is null)
            {
                yield return $"{pin.Name} needs PWM; {contact} has none";
            }
            else if (group.FixedHz is { } fixedHz && pin.PwmHz is { } hz && hz != fixedHz)
            {
                yield return $"{pin.Name} needs {hz} Hz in group {group.Name}, fixed at {fixedHz} Hz";
            }
        }

        if (pin.EthernetRole is { } role && !string.Equals(target.EthernetPins.GetValueOrDefault(role), contact.Name, StringComparison.OrdinalIgnoreCase))
        {
            yield return $"{pin.Name} is the W5500 {role}, fixed on {target.EthernetPins.GetValueOrDefault(role)}, not {contact}";
        }

        foreach (var use in pin.Uses.Where(u => u is PinUse.I2c or PinUse.Spi or PinUse.Uart or PinUse.Can))
        {
            if (pin.Bus is null || pin.Bus.Bus.Kind.Use() != use)
            {
                yield return $"{pin.Name} has a {PinUseNames.Name(use)} use and no role on such a bus";
            }
        }

        var busRole = pin.Bus is { IsChipSelect: false } r ? r : null;
        if (busRole is null)
        {
            if (p.Bus is not null)
            {
                yield return $"{pin.Name} is given bus {p.Bus.Name} without a bus role";
            }

            yield break;
        }

        if (p.Bus is null || p.Bus.Kind != busRole.Bus.Kind || !string.Equals(p.Bus.PinFor(busRole.Role), contact.Name, StringComparison.OrdinalIgnoreCase))
        {
            yield return $"{pin.Name} is {busRole} but {contact} is not {busRole.Role} of {p.Bus?.Name ?? "any bus"}";
        }

        if (busRole.Bus.CarriesEthernet && p.Bus is not null && p.Bus.Name != target.EthernetBus)
        {
            yield return $"{pin.Name} carries the W5500, which Device OS fixes on {target.EthernetBus}";
        }
    }

    private static IEnumerable<string> BusErrors(TargetModule target, IReadOnlyList<PinPlacement> placed, SolveOptions options)
    {
        var onBus = placed.Where(p => p.Bus is not null && p.Pin.Bus is not null).ToList();
        foreach (var source in onBus.GroupBy(p => p.Pin.Bus!.Bus))
        {
            var targets = source.Select(p => p.Bus!.Name).Distinct().ToList();
            if (targets.Count > 1)
            {
                yield return $"{source.Key.Name} is split over {string.Join(" and ", targets)}";
            }
        }

        var active = onBus.GroupBy(p => p.Bus!.Name).ToDictionary(g => g.Key, g => g.Select(p => p.Pin.Bus!.Bus).Distinct().ToList());
        var pmicBus = options.PmicFitted ? target.PmicBus : null;
        if (pmicBus is not null && !active.ContainsKey(pmicBus))
        {
            active[pmicBus] = [];
        }

        foreach (var (busName, sources) in active)
        {
            var bus = target.Bus(busName)!;
            if (bus.Kind != BusKind.I2c && sources.Count > 1)
            {
                yield return $"{busName} serves {string.Join(" and ", sources.Select(s => s.Name))} at once";
            }

            var addresses = sources.SelectMany(s => s.Addresses)
                .Concat(busName == pmicBus ? target.PmicDevices.Select(d => d.Address) : [])
                .GroupBy(a => a)
                .Where(g => g.Count() > 1);
            foreach (var clash in addresses)
            {
                yield return $"two devices at 0x{clash.Key:X2} on {busName}";
            }

            foreach (var (role, pinName) in bus.Roles)
            {
                foreach (var intruder in placed.Where(p => string.Equals(p.Contact!.Name, pinName, StringComparison.OrdinalIgnoreCase)
                                                           && !(p.Bus?.Name == busName && string.Equals(p.Pin.Bus?.Role, role, StringComparison.OrdinalIgnoreCase))))
                {
                    yield return $"{intruder.Pin.Name} is on {pinName}, which {busName} holds as {role}";
                }
            }
        }
    }
}
