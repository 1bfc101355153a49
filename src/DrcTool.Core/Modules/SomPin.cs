
namespace DrcTool.Core.Modules;

/// <summary>
/// One pin of a module as its pinout in rules/modules/ names it: for the B-SoM one contact of the M.2 edge, for the
/// other modules one header pin or pad.
/// </summary>
/// <param name="Contact">The module's pin number: the M.2 contact (1-23, 32-75; 76/77 for hold-down pads), the
/// Boron's 1-28, the Electron's 1-36, the E-Series' 1-63, the Tracker SoM's pad 1-95.</param>
/// <param name="Name">Datasheet name, e.g. "D0", "RST", "3V3".</param>
/// <param name="Aliases">Other names symbols and footprints use for it, e.g. "SDA", "RESET"; "P$22" is not an alias.</param>
public sealed record SomPin(int Contact, string Name, SomPinKind Kind, IReadOnlyList<string> Aliases)
{
    /// <summary>What the pin can do (pinout column <c>functions</c>): GPIO, ADC channel, PWM group, bus roles...</summary>
    public IReadOnlyList<PinFunction> Functions { get; init; } = [];

    /// <summary>For supply pins, whether the module takes or gives the supply.</summary>
    public PowerDirection Power { get; init; } = PowerDirection.None;

    /// <summary>True or false where the sources say whether the pin tolerates 5 V; null where they do not.</summary>
    public bool? FiveVoltTolerant { get; init; }

    /// <summary>The B-SoM M.2 contact this pin goes to in a migration, from the reference; null for none.</summary>
    public int? BSomContact { get; init; }

    /// <summary>The variants this row holds for; empty for every variant.</summary>
    public IReadOnlyList<string> Variants { get; init; } = [];

    /// <summary>What the pin is, in words.</summary>
    public string Description { get; init; } = "";

    /// <summary>Where the pin's facts come from.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Signal pins: the MCU's I/O, which tolerate no more than 3V3 + 0.3 V.</summary>
    public bool IsSignal => Kind is SomPinKind.Gpio or SomPinKind.Analog or SomPinKind.Nfc or SomPinKind.Rgb
        or SomPinKind.Mode or SomPinKind.Reset;

    /// <summary>True when the pin has a function of <paramref name="type"/> ("adc", "pwm", "i2c", ...).</summary>
    public bool Can(string type) => Functions.Any(f => f.Is(type));

    /// <summary>The pin's functions of one type, e.g. FunctionsOf("i2c") → [i2c:Wire:SDA].</summary>
    public IEnumerable<PinFunction> FunctionsOf(string type) => Functions.Where(f => f.Is(type));

    /// <summary>The pin's function of <paramref name="type"/> on <paramref name="peripheral"/>, e.g. ("uart", "Serial1").</summary>
    public PinFunction? Function(string type, string peripheral) =>
        Functions.FirstOrDefault(f => f.Is(type) && string.Equals(f.Peripheral, peripheral, StringComparison.OrdinalIgnoreCase));

    /// <summary>The ADC channel ("AIN1"), "" when the pin has an ADC with no channel named, null without an ADC.</summary>
    public string? AdcChannel => FunctionsOf(PinFunction.Adc).Select(f => f.Peripheral ?? "").FirstOrDefault();

    /// <summary>The PWM group ("PWM2", "A5/D2"), "" for PWM with no group, null without PWM.</summary>
    public string? PwmGroup => FunctionsOf(PinFunction.Pwm).Select(f => f.Peripheral ?? "").FirstOrDefault();

    /// <summary>The interrupt group ("D1/A4/B1"), "" for an interrupt with no group, null without one.</summary>
    public string? InterruptGroup => FunctionsOf(PinFunction.Interrupt).Select(f => f.Peripheral ?? "").FirstOrDefault();

    /// <summary>True for the name or one of the aliases, case-insensitively.</summary>
    public bool IsNamed(string name) =>
        string.Equals(Name, name, StringComparison.OrdinalIgnoreCase)
        || Aliases.Any(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase));

    public override string ToString() => $"{Name} ({Contact})";
}
