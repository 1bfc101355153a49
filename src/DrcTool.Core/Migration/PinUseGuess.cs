using System.Text.RegularExpressions;
using DrcTool.Core.Binding;
using DrcTool.Core.Modules;

namespace DrcTool.Core.Migration;

/// <summary>
/// How the board uses a module pin, from what the pin can do (the module's functions) and what its net reaches:
/// the part pins' names (SDA, MOSI, TXD, INT...), the parts' kinds (LED, buzzer, resistor divider) and the net's name.
/// A bus use needs both sides: the module pin has the role and the part pin or net name says it is used.
/// The migration's own reading until the module pin-use inference (issue 10, item 4) lands; then it takes over here.
/// </summary>
public static partial class PinUseGuess
{
    public static IReadOnlyList<PinUse> Uses(SomPin pin, string net, IReadOnlyList<NetPart> parts)
    {
        var uses = new List<PinUse>();
        switch (pin.Kind)
        {
            case SomPinKind.Ground:
                return [PinUse.Ground];
            case SomPinKind.Power:
                return [PinUse.Power];
            case SomPinKind.Usb:
                return [PinUse.Usb];
            case SomPinKind.Reset:
                return [PinUse.Reset];
            case SomPinKind.Mode:
                return [PinUse.Mode];
            case SomPinKind.Rgb:
                return [PinUse.Led];
        }

        var names = parts.Select(p => p.Pin).Append(net).ToList();
        bool Named(Regex pattern) => names.Any(n => pattern.IsMatch(n));
        if (pin.Can(PinFunction.I2c) && Named(I2cName()))
        {
            uses.Add(PinUse.I2c);
        }

        if (pin.Can(PinFunction.Spi) && Named(SpiName()))
        {
            uses.Add(PinUse.Spi);
        }
        else if (parts.Any(p => ChipSelectName().IsMatch(p.Pin)))
        {
            uses.Add(PinUse.Spi);
        }

        if (pin.Can(PinFunction.Uart) && Named(UartName()))
        {
            uses.Add(PinUse.Uart);
        }

        if (pin.Can(PinFunction.Can) && parts.Any(p => CanTransceiver().IsMatch(p.Value)))
        {
            uses.Add(PinUse.Can);
        }

        if (pin.Can(PinFunction.Dac) && DacNet().IsMatch(net))
        {
            uses.Add(PinUse.Dac);
        }

        if (pin.Can(PinFunction.Adc) && (AnalogNet().IsMatch(net) || parts.Any(p => AnalogPart().IsMatch(p.Value)) || DividerMidpoint(parts)))
        {
            uses.Add(PinUse.Analog);
        }

        if (PwmNet().IsMatch(net) || parts.Any(p => Buzzer().IsMatch(p.Reference) || Buzzer().IsMatch(p.Value)))
        {
            uses.Add(PinUse.Pwm);
        }

        if (parts.Any(p => InterruptName().IsMatch(p.Pin)) || InterruptNet().IsMatch(net))
        {
            uses.Add(PinUse.Interrupt);
        }

        if (parts.Any(p => LedPart().IsMatch(p.Reference) && LedValue().IsMatch(p.Value)))
        {
            uses.Add(PinUse.Led);
        }

        if (uses.Count == 0 || uses.All(u => u is PinUse.Interrupt))
        {
            uses.Insert(0, PinUse.Digital);
        }

        return uses;
    }

    /// <summary>The net joins two resistors and nothing active but the module: a divider's midpoint, read by an ADC.</summary>
    private static bool DividerMidpoint(IReadOnlyList<NetPart> parts) =>
        parts.Count(p => Resistor().IsMatch(p.Reference)) >= 2
        && parts.All(p => Resistor().IsMatch(p.Reference) || Capacitor().IsMatch(p.Reference));

    [GeneratedRegex(@"^(SDA|SCL|I2C.*|.*_SDA|.*_SCL|SDA\d|SCL\d)$", RegexOptions.IgnoreCase)]
    private static partial Regex I2cName();

    [GeneratedRegex(@"^(MOSI|MISO|SCK|SCLK|SDI|SDO|DIN|DOUT|CIPO|COPI|SPI.*|.*_MOSI|.*_MISO|.*_SCK)$", RegexOptions.IgnoreCase)]
    private static partial Regex SpiName();

    [GeneratedRegex(@"^(N?CS|N?SS|CSN|SSN|SCSN|!CS|/CS|CE|NSEL|CS\d)$", RegexOptions.IgnoreCase)]
    private static partial Regex ChipSelectName();

    [GeneratedRegex(@"^(TXD?|RXD?|RTS|CTS|UART.*|.*_TXD?|.*_RXD?)$", RegexOptions.IgnoreCase)]
    private static partial Regex UartName();

    [GeneratedRegex(@"MCP2551|MCP2562|TJA10|SN65HVD23|MCP2515|MCP25625|ISO1050", RegexOptions.IgnoreCase)]
    private static partial Regex CanTransceiver();

    [GeneratedRegex(@"DAC|AOUT|ANALOG_OUT", RegexOptions.IgnoreCase)]
    private static partial Regex DacNet();

    [GeneratedRegex(@"ADC|AIN|ANALOG|SENS|VBAT|BATT|TEMP|LIGHT|LUX|POT|THERM|NTC|VMON|_MON", RegexOptions.IgnoreCase)]
    private static partial Regex AnalogNet();

    [GeneratedRegex(@"TMP3[5-7]|LM3[45]|MCP970|THERMISTOR|NTC|PHOTO|LDR|ALS-PT|TEMT", RegexOptions.IgnoreCase)]
    private static partial Regex AnalogPart();

    [GeneratedRegex(@"PWM|BUZZ|TONE|DIM", RegexOptions.IgnoreCase)]
    private static partial Regex PwmNet();

    [GeneratedRegex(@"^(BZ|LS|BUZ)|BUZZER|PIEZO", RegexOptions.IgnoreCase)]
    private static partial Regex Buzzer();

    [GeneratedRegex(@"^(N?INT[A-Z0-9]*|IRQ|N?IRQ|ALERT|ALRT|DRDY|INTN|!INT|/INT|FOUT/.*|WDI|.*_INT|RDY)$", RegexOptions.IgnoreCase)]
    private static partial Regex InterruptName();

    [GeneratedRegex(@"INT$|IRQ|ALERT|WAKE", RegexOptions.IgnoreCase)]
    private static partial Regex InterruptNet();

    [GeneratedRegex(@"^(LED|D)\d", RegexOptions.IgnoreCase)]
    private static partial Regex LedPart();

    [GeneratedRegex(@"LED|RED|GREEN|BLUE|YELLOW|WHITE", RegexOptions.IgnoreCase)]
    private static partial Regex LedValue();

    [GeneratedRegex(@"^R\d", RegexOptions.IgnoreCase)]
    private static partial Regex Resistor();

    [GeneratedRegex(@"^C\d", RegexOptions.IgnoreCase)]
    private static partial Regex Capacitor();
}
