using System.Text.RegularExpressions;
using DrcTool.Core.Knowledge.Parts;
using DrcTool.Core.Binding;
using DrcTool.Core.Model;

namespace DrcTool.Core.Checks.Rules.Support;

/// <summary>A part's pad a SoM contact reaches, the pad's function name ("SDA", "INT", "G") and the resistor it goes through.</summary>
/// <param name="Via">The resistor between the contact's net and the pad (an LED's or a gate's resistor); null when direct.</param>
internal sealed record PinLoad(Component Part, string Pad, string Function, PartClass Class, Component? Via)
{
    public string Describe() => $"{Part.Reference}.{Pad}{(Function.Length > 0 && Function != Pad ? $" {Function}" : "")} ({Part.Value})"
        + (Via is null ? "" : $" through {RuleScope.Describe(Via)}");
}

/// <summary>
/// What a SoM contact is wired to, in the words the pin-function rules use: the parts' pads it reaches directly
/// (through joined nets and series terminations) or through one resistor that goes on to a plain signal net, and
/// from their pin names and classes which job the pin does (I2C, SPI, UART flow control, an interrupt source, a
/// transistor gate or an enable/reset input, an analog source, a PWM load).
/// </summary>
internal static class PinLoads
{
    private static readonly HashSet<string> I2cNames = new(StringComparer.Ordinal) { "SDA", "SCL", "SDA/SDI", "SCL/SCLK", "SDI/SDA", "SCK/SCL", "SCL/SPC", "SDA/SDI/SDO" };
    // SPI data and clock only (a chip select can be any GPIO). SDI and SCK also name the I2C pins of combined sensors
    // (BME280): on a line with a pull-up they count as I2C (IsI2c), an open-drain bus needs one and SPI does not.
    private static readonly HashSet<string> SpiNames = new(StringComparer.Ordinal) { "MOSI", "MISO", "COPI", "CIPO", "SCLK", "SDI", "SDO", "DI", "DO", "DIN", "DOUT", "CLK" };
    private static readonly HashSet<string> SpiOrI2cNames = new(StringComparer.Ordinal) { "SCLK", "SDI" };
    private static readonly HashSet<string> FlowControlNames = new(StringComparer.Ordinal) { "RTS", "CTS", "RTS#", "CTS#" };
    private static readonly HashSet<string> InterruptNames = new(StringComparer.Ordinal) { "INT", "INTN", "INT1", "INT2", "IRQ", "IRQN", "ALRT", "DRDY", "RDY", "INTB", "GPOUT" };
    private static readonly HashSet<string> EnableNames = new(StringComparer.Ordinal) { "EN", "ENABLE", "CE", "ON", "SHDN", "SD", "PWRKEY", "EN1", "EN2", "OE" };
    private static readonly HashSet<string> ResetNames = new(StringComparer.Ordinal) { "RSTN", "MR" };
    private static readonly HashSet<string> GateNames = new(StringComparer.Ordinal) { "G", "GATE", "B", "BASE" };
    private static readonly HashSet<string> AnalogOutputNames = new(StringComparer.Ordinal) { "AOUT", "VIOUT", "IOUT", "VOUT", "ANALOG", "ANA" };

    /// <summary>Net names that say the pin is read as a voltage ("VBAT_SENSE", "ADC_IN", "AIN3", "POT").</summary>
    private static readonly Regex AnalogNetName = new(@"(^|[^A-Z])(ADC|AIN\d*|ANALOG|V?SENSE|ISENSE|VSNS|POT|THERM|NTC)([^A-Z]|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Net names that say the pin runs PWM ("LED_PWM", "BACKLIGHT_DIM", "BUZZER").</summary>
    private static readonly Regex PwmNetName = new(@"PWM|(^|[^A-Z])(DIM|DIMMING|TONE)([^A-Z]|$)|BUZZ|BEEP|PIEZO|SPEAKER",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Net names that say the PWM makes a sound, which needs its own frequency.</summary>
    private static readonly Regex ToneNetName = new(@"BUZZ|BEEP|PIEZO|SPEAKER|(^|[^A-Z])TONE([^A-Z]|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Every pad the contact reaches; none when it is unconnected.</summary>
    public static IReadOnlyList<PinLoad> Of(RuleScope scope, BoundContact contact)
    {
        if (contact.Net is not { } net) return [];
        var reach = scope.SeriesReach(net);
        var loads = new List<PinLoad>();
        foreach (var onNet in reach)
        {
            foreach (var (part, pad) in scope.PadsOn(onNet))
            {
                var partClass = scope.ClassOf(part);
                loads.Add(new PinLoad(part, pad, FunctionOf(part, pad, partClass), partClass, null));
                if (partClass != PartClass.Resistor || scope.OtherNet(part, pad) is not { } other || reach.Contains(other)) continue;
                if (scope.View.RailOf(other) is not null || scope.ContactsOn(other).Count > 0) continue; // a pull, or another SoM line
                foreach (var (load, loadPad) in scope.PadsOnJoined(other))
                {
                    if (load == part) continue;
                    var loadClass = scope.ClassOf(load);
                    loads.Add(new PinLoad(load, loadPad, FunctionOf(load, loadPad, loadClass), loadClass, part));
                }
            }
        }

        return loads;
    }

    /// <summary>The pad's function name; for an unnamed three-pad transistor, pad 1 is the gate or base (SOT-23).</summary>
    private static string FunctionOf(Component part, string pad, PartClass partClass)
    {
        var name = KnownPins.Normalize(part.FindPin(pad)?.Name ?? "");
        if (partClass == PartClass.Transistor && (name.Length == 0 || name == pad) && part.Pins.Count == 3 && pad == "1") return "G";
        return name;
    }

    private static bool IsIc(PinLoad load) =>
        load.Class is PartClass.IntegratedCircuit or PartClass.Unknown or PartClass.Ethernet or PartClass.LevelShifter
            or PartClass.Pmic or PartClass.FuelGauge or PartClass.Regulator or PartClass.LoadSwitch;

    /// <param name="pulledUp">The line has a pull-up: SDI/SCK are then an I2C sensor's SDA/SCL.</param>
    public static bool IsI2c(PinLoad load, bool pulledUp) =>
        IsIc(load) && load.Via is null && (I2cNames.Contains(load.Function) || pulledUp && SpiOrI2cNames.Contains(load.Function));

    public static bool IsSpi(PinLoad load, bool pulledUp) =>
        IsIc(load) && load.Via is null && SpiNames.Contains(load.Function) && !(pulledUp && SpiOrI2cNames.Contains(load.Function));

    public static bool IsFlowControl(PinLoad load) => IsIc(load) && load.Via is null && FlowControlNames.Contains(load.Function);

    public static bool IsInterruptSource(PinLoad load) => IsIc(load) && InterruptNames.Contains(load.Function);

    /// <summary>A transistor's gate or base, or an IC's enable or reset input: a pin that switches something on.</summary>
    public static bool IsControlInput(PinLoad load) =>
        load.Class == PartClass.Transistor ? GateNames.Contains(load.Function)
        : IsIc(load) && load.Class is not (PartClass.Pmic or PartClass.FuelGauge) && (EnableNames.Contains(load.Function) || ResetNames.Contains(load.Function));

    public static bool IsAnalogSource(PinLoad load) =>
        load.Via is null && load.Class is PartClass.IntegratedCircuit or PartClass.Unknown && AnalogOutputNames.Contains(load.Function)
        || load.Class == PartClass.Resistor && Regex.IsMatch($"{load.Part.Value} {load.Part.Symbol}", "NTC|THERMISTOR|POT|TRIM", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static bool IsAnalogNetName(string netName) => AnalogNetName.IsMatch(netName.TrimStart('/'));

    public static bool IsPwmNetName(string netName) => PwmNetName.IsMatch(netName.TrimStart('/'));

    public static bool IsToneNetName(string netName) => ToneNetName.IsMatch(netName.TrimStart('/'));

    /// <summary>
    /// The buzzers the contact drives: on its net, through a resistor, or switched by a transistor whose gate it
    /// drives (a buzzer on the transistor's drain or collector).
    /// </summary>
    public static IReadOnlyList<Component> Buzzers(RuleScope scope, IReadOnlyList<PinLoad> loads)
    {
        var buzzers = loads.Where(l => l.Class == PartClass.Buzzer).Select(l => l.Part).ToList();
        foreach (var gate in loads.Where(l => l.Class == PartClass.Transistor && GateNames.Contains(l.Function)))
        {
            foreach (var pin in gate.Part.Pins.Where(p => p.Number != gate.Pad))
            {
                if (scope.Design.NetOf(gate.Part.Reference, pin.Number) is not { } switched || scope.IsGround(switched)) continue;
                if (scope.View.RailOf(switched) is not null) continue;
                buzzers.AddRange(scope.PadsOnJoined(switched).Where(p => scope.ClassOf(p.Part) == PartClass.Buzzer).Select(p => p.Part));
            }
        }

        return buzzers.Distinct().OrderBy(b => b.Reference, NaturalComparer.Instance).ToList();
    }
}
