using DrcTool.Core.Binding;

namespace DrcTool.Core.Checks.Rules.Support;

/// <summary>
/// The B-SoM's pin functions the pin-function rules check against, all from its module data
/// (rules/modules/b-som): which pins have an ADC (<c>adc:AINn</c>), their PWM groups (<c>pwm:GROUP</c>), the bus roles
/// on each pin (<c>i2c:Wire1:SDA</c>, <c>spi:SPI1:SCK</c>, <c>uart:Serial1:RTS</c>) and the interrupt limit (module.yaml).
/// </summary>
internal static class PinFunctions
{
    /// <summary>The MCU's general-purpose I/O contacts with a net: GPIO and analog pins.</summary>
    public static IEnumerable<BoundContact> InputOutputs(RuleScope scope) =>
        scope.Binding.Contacts.Where(c => c.Net is not null && c.Pin.Kind is SomPinKind.Gpio or SomPinKind.Analog).OrderBy(c => c.Contact);

    public static bool HasAdc(SomPin pin) => pin.AdcChannel is not null;

    /// <summary>"A0, A1, A2, A3, A4, A5, A6, A7": the pins with an ADC.</summary>
    public static string AdcPins(RuleScope scope) =>
        string.Join(", ", scope.Binding.Contacts.Where(c => HasAdc(c.Pin)).OrderBy(c => c.Contact).Select(c => c.Pin.Name).Distinct());

    /// <summary>The pin's PWM group ("PWM2"); null when it has no PWM.</summary>
    public static string? PwmGroupOf(SomPin pin) => pin.PwmGroup;

    /// <summary>True for the group that also drives the status RGB LED (PWM0), whose frequency Device OS keeps.</summary>
    public static bool IsStatusLedGroup(RuleScope scope, string group) =>
        scope.Binding.Contacts.Any(c => c.Pin.Kind == SomPinKind.Rgb && c.Pin.PwmGroup == group);

    /// <summary>"A0, A1, A6, A7, D4, D5, D6, D7": the I/O pins with PWM (the RGB LED's drives left out).</summary>
    public static string PwmPins(RuleScope scope) =>
        string.Join(", ", scope.Binding.Contacts.Where(c => c.Pin.Kind is SomPinKind.Gpio or SomPinKind.Analog && PwmGroupOf(c.Pin) is not null)
            .OrderBy(c => c.Pin.Name, StringComparer.Ordinal).Select(c => c.Pin.Name).Distinct());

    /// <summary>How many pins can have an interrupt handler at once (module.yaml interrupts.maxActive).</summary>
    public static int MaxInterrupts => ModuleCatalog.Default.BSom.MaxActiveInterrupts;

    /// <summary>The bus roles a pin carries: (type "i2c"/"spi"/"uart", peripheral "Wire1", role "SDA").</summary>
    public static IEnumerable<PinFunction> BusRoles(SomPin pin) =>
        pin.Functions.Where(f => (f.Is(PinFunction.I2c) || f.Is(PinFunction.Spi) || f.Is(PinFunction.Uart)) && f.Peripheral is not null && f.Role is not null);
}
