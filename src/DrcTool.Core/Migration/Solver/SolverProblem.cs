namespace DrcTool.Core.Migration.Solver;

/// <summary>
/// The static half of a migration problem: per signal pin, the contacts whose functions cover all its uses
/// (ADC, PWM group and fixed frequency, bus role, Ethernet pin, PMIC reservations). What depends on the other pins'
/// choices (contacts taken, buses held, group frequencies, the interrupt limit) is <see cref="SolverState"/>'s job.
/// </summary>
internal sealed class SolverProblem
{
    public SolverProblem(TargetModule target, IReadOnlyList<SourcePin> pins, SolveOptions options)
    {
        Target = target;
        Pins = pins;
        Options = options;
        Contacts = target.SignalContacts.ToList();
        Buses = target.Buses.ToList();
        ContactIndex = Contacts.Select((c, i) => (c, i)).ToDictionary(x => x.c.Name, x => x.i, StringComparer.OrdinalIgnoreCase);
        Groups = target.PwmGroups.ToList();
        GroupOf = Contacts.Select(c => c.Pwm is null ? -1 : Groups.IndexOf(c.Pwm)).ToArray();
        SourceBuses = pins.Select(p => p.Bus?.Bus).OfType<SourceBus>().Distinct().ToList();
        SourceBusOf = pins.Select(p => p.Bus is null ? -1 : SourceBuses.IndexOf(p.Bus.Bus)).ToArray();
        PmicBusIndex = options.PmicFitted && target.PmicBus is not null ? Buses.FindIndex(b => b.Name == target.PmicBus) : -1;
        ReservedContacts = ReservedForPmic();
        RequiredContacts = Buses.Select(b => b.Roles.Values.Select(n => ContactIndex.GetValueOrDefault(n, -1)).Where(i => i >= 0).ToArray()).ToArray();
        Candidates = pins.Select(CandidatesFor).ToArray();
        GuideIsSomeonesElse = new bool[Contacts.Count];
        foreach (var pin in pins)
        {
            if (pin.GuidePin is not null && ContactIndex.TryGetValue(pin.GuidePin, out var guide))
            {
                GuideIsSomeonesElse[guide] = true;
            }
        }

        for (var pin = 0; pin < Candidates.Length; pin++)
        {
            // Guide pin first, then the B-SoM bus of the source bus's own name (the Electron's SPI on SPI, not SPI1),
            // then contacts no pin's guide names: the first plan found is the one an engineer would draw, and the
            // search replaces it only with a strictly better one.
            var sourceBus = pins[pin].Bus?.Bus.Name;
            int Rank(Candidate c) =>
                (c.Kept ? 0 : 4) + (c.BusIndex >= 0 && Buses[c.BusIndex].Name != sourceBus ? 2 : 0) + (GuideIsSomeonesElse[c.ContactIndex] ? 1 : 0);
            Array.Sort(Candidates[pin], (a, b) =>
                Rank(a) != Rank(b) ? Rank(a).CompareTo(Rank(b)) : Contacts[a.ContactIndex].Contact.CompareTo(Contacts[b.ContactIndex].Contact));
        }
    }

    public TargetModule Target { get; }

    public IReadOnlyList<SourcePin> Pins { get; }

    public SolveOptions Options { get; }

    /// <summary>The contacts a signal may take, in contact order.</summary>
    public List<TargetContact> Contacts { get; }

    public Dictionary<string, int> ContactIndex { get; }

    public List<TargetBus> Buses { get; }

    public List<PwmGroup> Groups { get; }

    /// <summary>PWM group index per contact, -1 without PWM.</summary>
    public int[] GroupOf { get; }

    public List<SourceBus> SourceBuses { get; }

    /// <summary>Source bus index per pin, -1 for a pin on no bus.</summary>
    public int[] SourceBusOf { get; }

    /// <summary>The bus the fitted PMIC holds (Wire), -1 when no PMIC is fitted.</summary>
    public int PmicBusIndex { get; }

    /// <summary>Contacts no signal may take (the PMIC's interrupt pin when it is fitted).</summary>
    public bool[] ReservedContacts { get; }

    /// <summary>Per bus, the contacts of its required roles: held by the bus while it is active.</summary>
    public int[][] RequiredContacts { get; }

    public Candidate[][] Candidates { get; }

    /// <summary>Per contact: some pin's guide pin is this one.</summary>
    public bool[] GuideIsSomeonesElse { get; }

    /// <summary>The PMIC's devices as a pseudo source bus on its I2C bus.</summary>
    public IReadOnlyList<int> PmicAddresses => PmicBusIndex >= 0 ? Target.PmicDevices.Select(d => d.Address).ToList() : [];

    private bool[] ReservedForPmic()
    {
        var reserved = new bool[Contacts.Count];
        if (Options.PmicFitted && Target.PmicInterruptPin is not null && ContactIndex.TryGetValue(Target.PmicInterruptPin, out var pin))
        {
            reserved[pin] = true;
        }

        return reserved;
    }

    private Candidate[] CandidatesFor(SourcePin pin)
    {
        var result = new List<Candidate>();
        for (var c = 0; c < Contacts.Count; c++)
        {
            if (ReservedContacts[c] || !Covers(pin, Contacts[c]))
            {
                continue;
            }

            var kept = pin.GuidePin is not null && string.Equals(pin.GuidePin, Contacts[c].Name, StringComparison.OrdinalIgnoreCase);
            if (RoleOnBus(pin) is { } role)
            {
                for (var b = 0; b < Buses.Count; b++)
                {
                    var bus = Buses[b];
                    if (bus.Kind == role.Bus.Kind && string.Equals(bus.PinFor(role.Role), Contacts[c].Name, StringComparison.OrdinalIgnoreCase)
                        && (!role.Bus.CarriesEthernet || bus.Name == Target.EthernetBus))
                    {
                        result.Add(new Candidate(c, b, kept));
                    }
                }
            }
            else
            {
                result.Add(new Candidate(c, -1, kept));
            }
        }

        return result.ToArray();
    }

    /// <summary>The pin's bus role when it is one a B-SoM bus fixes (an SPI chip select is any GPIO, so it is not).</summary>
    public static BusRole? RoleOnBus(SourcePin pin) =>
        pin.Bus is { IsChipSelect: false } role ? role : null;

    /// <summary>The contact's own functions cover every use of the pin (bus roles are matched by the caller).</summary>
    private bool Covers(SourcePin pin, TargetContact contact)
    {
        if (pin.Has(PinUse.Analog) && !contact.HasAdc)
        {
            return false;
        }

        if (pin.Has(PinUse.Dac) && !contact.HasDac)
        {
            return false;
        }

        if (pin.Has(PinUse.Pwm) && (contact.Pwm is null || contact.Pwm.FixedHz is { } fixedHz && pin.PwmHz is { } hz && hz != fixedHz))
        {
            return false;
        }

        if (pin.EthernetRole is { } ethernetRole
            && !(Target.EthernetPins.TryGetValue(ethernetRole, out var fixedPin) && string.Equals(fixedPin, contact.Name, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        // A pin whose bus use has no role the solver can place (no role, or a bus kind the B-SoM lacks) cannot be placed.
        foreach (var use in pin.Uses)
        {
            if (use is PinUse.I2c or PinUse.Spi or PinUse.Uart or PinUse.Can && (pin.Bus is null || pin.Bus.Bus.Kind.Use() != use))
            {
                return false;
            }
        }

        return true;
    }
}
