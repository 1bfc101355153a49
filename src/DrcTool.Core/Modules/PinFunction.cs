namespace DrcTool.Core.Modules;

/// <summary>
/// One thing a module pin can do, as the pinout's <c>functions</c> column writes it: <c>type[:peripheral[:role]]</c>,
/// e.g. <c>gpio</c>, <c>adc:AIN1</c>, <c>pwm:PWM2</c>, <c>i2c:Wire1:SDA</c>, <c>uart:Serial1:RTS</c>, <c>spi:SPI1:MOSI</c>,
/// <c>interrupt:D1/A4/B1</c>. See rules/modules/README.md for the types.
/// </summary>
/// <param name="Type">The function's type, lower case ("gpio", "adc", "pwm", "i2c", "uart", "spi", "can", "dac", ...).</param>
/// <param name="Peripheral">The bus, port, channel or group ("Wire1", "Serial1", "AIN1", "PWM2"); null when none.</param>
/// <param name="Role">The pin's role on the bus ("SDA", "TX", "MOSI", "D+"); null when none.</param>
public sealed record PinFunction(string Type, string? Peripheral, string? Role)
{
    public const string Gpio = "gpio";
    public const string Adc = "adc";
    public const string Pwm = "pwm";
    public const string I2c = "i2c";
    public const string Uart = "uart";
    public const string Spi = "spi";
    public const string Can = "can";
    public const string Dac = "dac";
    public const string Interrupt = "interrupt";
    public const string Usb = "usb";

    /// <summary>Every type a pinout may use; anything else is a typo in the data.</summary>
    public static readonly IReadOnlySet<string> KnownTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        Gpio, Adc, Pwm, I2c, Uart, Spi, Can, Dac, Interrupt, Usb,
        "swd", "jtag", "wake", "led", "ethernet", "pmic", "nfc", "sim", "mode", "reset",
    };

    public bool Is(string type) => string.Equals(Type, type, StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads "i2c:Wire1:SDA"; null with <paramref name="error"/> set when the type is unknown or a part is empty.</summary>
    public static PinFunction? TryParse(string text, out string? error)
    {
        var parts = text.Trim().Split(':');
        error = null;
        if (parts.Length > 3 || parts.Any(p => p.Trim().Length == 0))
        {
            error = $"function '{text}' is not type[:peripheral[:role]]";
            return null;
        }

        var type = parts[0].Trim().ToLowerInvariant();
        if (!KnownTypes.Contains(type))
        {
            error = $"unknown function type '{parts[0]}' (known: {string.Join(", ", KnownTypes.Order(StringComparer.Ordinal))})";
            return null;
        }

        return new PinFunction(type, parts.Length > 1 ? parts[1].Trim() : null, parts.Length > 2 ? parts[2].Trim() : null);
    }

    public override string ToString() =>
        Peripheral is null ? Type : Role is null ? $"{Type}:{Peripheral}" : $"{Type}:{Peripheral}:{Role}";
}
