using DrcTool.Core.Binding;
using DrcTool.Core.Migration;

namespace DrcTool.Core.Checks.Rules.Support;

/// <summary>
/// The B-SoM's pin functions the pin-function rules check against, from the module data in rules/: which contacts
/// are the MCU's I/O, which have an ADC (pinout kind <c>analog</c>: A0-A7), the PWM timer groups, the buses with
/// fixed pins and the interrupt limit (rules/migration.yaml, the B-SoM facts the migration solver uses too).
/// </summary>
internal static class PinFunctions
{
    public static MigrationRules Facts => MigrationRules.Default;

    /// <summary>The MCU's general-purpose I/O contacts with a net: GPIO and analog pins.</summary>
    public static IEnumerable<BoundContact> InputOutputs(RuleScope scope) =>
        scope.Binding.Contacts.Where(c => c.Net is not null && c.Pin.Kind is SomPinKind.Gpio or SomPinKind.Analog).OrderBy(c => c.Contact);

    public static bool HasAdc(SomPin pin) => pin.Kind == SomPinKind.Analog;

    /// <summary>"A0, A1, A2, A3, A4, A5, A6, A7": the pins with an ADC.</summary>
    public static string AdcPins(RuleScope scope) =>
        string.Join(", ", scope.Binding.Contacts.Where(c => HasAdc(c.Pin)).OrderBy(c => c.Contact).Select(c => c.Pin.Name).Distinct());

    public static PwmGroup? PwmGroupOf(SomPin pin) =>
        Facts.PwmGroups.FirstOrDefault(g => g.Pins.Contains(pin.Name, StringComparer.OrdinalIgnoreCase));

    /// <summary>"A0, A1, A6, A7, D4, D5, D6, D7": the I/O pins with PWM (the RGB LED's drives left out).</summary>
    public static string PwmPins(RuleScope scope) =>
        string.Join(", ", scope.Binding.Contacts.Where(c => c.Pin.Kind is SomPinKind.Gpio or SomPinKind.Analog && PwmGroupOf(c.Pin) is not null)
            .OrderBy(c => c.Pin.Name, StringComparer.Ordinal).Select(c => c.Pin.Name).Distinct());
}
