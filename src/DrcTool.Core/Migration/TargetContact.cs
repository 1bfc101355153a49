namespace DrcTool.Core.Migration;

/// <summary>One B-SoM M.2 contact as the solver sees it: what it is and which uses it can take.</summary>
/// <param name="Contact">M.2 contact number.</param>
/// <param name="Name">The B-SoM pin name ("D2", "A6", "SIM_VCC").</param>
/// <param name="Kind">The pinout's kind (gpio, analog, power, ground, usb, sim, reserved, nfc, rgb, mode, reset...).</param>
public sealed record TargetContact(int Contact, string Name, string Kind)
{
    /// <summary>The contact may carry a moved signal (its kind is one of rules/migration.yaml target.signal-kinds).</summary>
    public bool TakesSignals { get; init; }

    /// <summary>The contact has an ADC input.</summary>
    public bool HasAdc { get; init; }

    /// <summary>The contact has a DAC output (none on the B-SoM; kept so the data, not the solver, says so).</summary>
    public bool HasDac { get; init; }

    /// <summary>The PWM timer group the contact belongs to, or null where it has no PWM.</summary>
    public PwmGroup? Pwm { get; init; }

    public override string ToString() => $"{Name} ({Contact})";
}

/// <summary>A PWM timer group: every PWM use in it runs at one frequency; <see cref="FixedHz"/> when Device OS owns it.</summary>
public sealed record PwmGroup(string Name, IReadOnlyList<string> Pins, int? FixedHz);

/// <summary>
/// A B-SoM peripheral with fixed pins. <see cref="Roles"/> are held as a whole when the bus is active;
/// <see cref="OptionalRoles"/> (Serial1 RTS/CTS) only when the design uses them.
/// </summary>
public sealed record TargetBus(string Name, BusKind Kind, IReadOnlyDictionary<string, string> Roles, IReadOnlyDictionary<string, string> OptionalRoles)
{
    /// <summary>The B-SoM pin for a role, required or optional; null when the bus has no such role.</summary>
    public string? PinFor(string role) =>
        Roles.TryGetValue(role, out var pin) ? pin : OptionalRoles.GetValueOrDefault(role);

    public override string ToString() => Name;
}
