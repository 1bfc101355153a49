using System.Globalization;
using Sprache;

namespace DrcTool.Core.Analysis.Values;

/// <summary>
/// Reads the voltage a net or power-symbol name states: "+5V", "5V0", "+3V3", "3.3V", "3V3", "VCC_1V8", "+3.3V",
/// "3V7", "-5V", "+12V", "3V3_SW", "+3V3D"; the named rails VBUS/VUSB (vusb.*: 5 V), VBAT/LI+/BAT (battery.empty-volts
/// to battery.full-volts: a LiPo, 4.2 V charged), VSYS (battery.system-min-volts up to a charged cell); and grounds
/// (GND, AGND, DGND, PGND, VSS, 0V). The named rails' voltages are rules/rule-parameters.yaml's, as the config sets them.
/// </summary>
/// <remarks>
/// Names that only mention a rail are not rails: any word such as EN, PG, FB, SENSE, DET or ALERT
/// ("3V3_EN", "PG_5V", "VBUS_DET") makes the name a signal, and nothing is read from it.
/// "VCC", "VIN" and "V_IN" say no voltage. Hierarchical prefixes ("/power/+3V3") are dropped first.
/// </remarks>
public static class RailNameGrammar
{
    // Words that turn a rail's name into the name of a signal about that rail.
    private static readonly HashSet<string> SignalWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "EN", "ENA", "ENABLE", "PG", "PGOOD", "PWRGD", "PGD", "FB", "SENSE", "SNS", "CTRL", "CTL", "SEL", "DET", "DETECT",
        "ALERT", "ALRT", "INT", "OK", "FLT", "FAULT", "MON", "ADC", "DIV", "SHDN", "ON", "OFF", "STAT", "STATUS", "ID",
    };

    private static readonly HashSet<string> GroundNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "GND", "AGND", "DGND", "PGND", "SGND", "GNDA", "GNDD", "GNDPWR", "GNDREF", "VSS", "0V", "GROUND",
    };

    private static readonly HashSet<string> UsbBusNames = new(StringComparer.OrdinalIgnoreCase) { "VBUS", "VUSB" };

    private static readonly HashSet<string> BatteryNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "VBAT", "VBATT", "BAT", "BATT", "BAT+", "VBAT+", "LI+", "LIPO", "VLIPO", "VLI", "BATTERY",
    };

    private static readonly HashSet<string> SystemNames = new(StringComparer.OrdinalIgnoreCase) { "VSYS", "SYS" };

    // Letters that may stand glued before a voltage: "V3V3", "VDD3V3", "P5V", "USB5V".
    private static readonly Parser<string> GluedPrefix =
        Parse.IgnoreCase("VDDIO").Or(Parse.IgnoreCase("VDD")).Or(Parse.IgnoreCase("VCC")).Or(Parse.IgnoreCase("VIN"))
            .Or(Parse.IgnoreCase("VOUT")).Or(Parse.IgnoreCase("VIO")).Or(Parse.IgnoreCase("VREG")).Or(Parse.IgnoreCase("USB"))
            .Or(Parse.IgnoreCase("V")).Or(Parse.IgnoreCase("P"))
            .Text();

    private static readonly Parser<char> Separator = Parse.Chars('_', '-', ' ', '.');

    // A word and its separator before the voltage: "VCC_" in "VCC_1V8", "USB_" in "USB_5V".
    private static readonly Parser<string> PrefixWord =
        from first in Parse.Letter
        from rest in Parse.LetterOrDigit.Many().Text()
        from sep in Separator
        select first + rest + sep;

    private static readonly Parser<string> Digits = Parse.Digit.AtLeastOnce().Text();

    /// <summary>"3V3", "5V0", "1V8": the V is the decimal point.</summary>
    private static readonly Parser<double> RNotation =
        from whole in Digits
        from v in Parse.Chars('V', 'v')
        from fraction in Digits
        select Number(whole, fraction);

    /// <summary>"3.3V", "5V", "12V".</summary>
    private static readonly Parser<double> Decimal =
        from whole in Digits
        from fraction in Parse.Char('.').Then(_ => Digits).Optional()
        from v in Parse.Chars('V', 'v')
        select Number(whole, fraction.GetOrDefault() ?? "");

    /// <summary>"+5", "+3.3": a bare number counts only with a sign before it.</summary>
    private static readonly Parser<double> SignedBare =
        from whole in Digits
        from fraction in Parse.Char('.').Then(_ => Digits).Optional()
        select Number(whole, fraction.GetOrDefault() ?? "");

    // What may follow the voltage: nothing, or a suffix that does not continue the number ("D" in "+3V3D", "_SW").
    private static readonly Parser<string> Suffix =
        Parse.Char(c => !char.IsDigit(c) && c != '.', "suffix")
            .Then(first => Parse.AnyChar.Many().Text().Select(rest => first + rest))
            .Or(Parse.Return(""))
            .End();

    private static readonly Parser<double> Sign =
        Parse.Char('+').Return(1d).Or(Parse.Char('-').Return(-1d));

    private static readonly Parser<double> Voltage =
        from prefix in PrefixWord.Many()
        from glued in GluedPrefix.Optional()
        from volts in RNotation.Or(Decimal)
        from suffix in Suffix
        select volts;

    private static readonly Parser<double> RailName =
        (from sign in Sign
         from volts in Voltage.Or(from bare in SignedBare from suffix in Suffix select bare)
         select sign * volts)
        .Or(Voltage);

    /// <summary>True when <paramref name="name"/> states a voltage or names a ground (whatever the parameters).</summary>
    public static bool StatesVoltage(string? name) => TryParse(name, RuleParameters.Default) is not null;

    /// <summary>The voltage <paramref name="name"/> states, or null when it states none; named rails take <paramref name="parameters"/>.</summary>
    public static NamedVoltage? TryParse(string? name, RuleParameters parameters)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
        {
            return null;
        }

        // Names a CAD tool makes up carry pin names, not rails: "unconnected-(J1-CELL VBUS-Pad74)", "Net-(U3-VOUT)".
        var trimmed = name.Trim();
        if (trimmed.Contains("Net-(", StringComparison.Ordinal) || trimmed.Contains("unconnected-(", StringComparison.Ordinal)
            || trimmed.StartsWith("N$", StringComparison.Ordinal))
        {
            return null;
        }

        var bare = LastSegment(trimmed);
        if (bare.Length == 0)
        {
            return null;
        }

        var words = bare.Split(['_', '-', ' ', '/', '.'], StringSplitOptions.RemoveEmptyEntries);
        if (GroundNames.Contains(bare) || (words.Length > 0 && GroundNames.Contains(words[0]) && !HasSignalWord(words)))
        {
            return new NamedVoltage(0, 0, 0, true, $"name '{name}' is a ground");
        }

        if (HasSignalWord(words))
        {
            return null;
        }

        if (BatteryNames.Contains(bare) || (words.Length > 0 && BatteryNames.Contains(words[0])))
        {
            var full = parameters.Battery.FullVolts;
            return new NamedVoltage(full, parameters.Battery.EmptyVolts, full, false, $"name '{name}' is a LiPo battery rail, up to {RuleParameters.Volts(full)} when charged");
        }

        if (SystemNames.Contains(bare))
        {
            var full = parameters.Battery.FullVolts;
            return new NamedVoltage(full, parameters.Battery.SystemMinVolts, full, false, $"name '{name}' is a charger's system rail, up to about {RuleParameters.Volts(full)}");
        }

        if (words.Any(UsbBusNames.Contains))
        {
            var usb = parameters.Vusb;
            return new NamedVoltage(usb.TypicalVolts, usb.MinVolts, usb.MaxVolts, false, $"name '{name}' is USB bus power, {usb.TypicalVolts.ToString("0.###", CultureInfo.InvariantCulture)} V");
        }

        // Most nets ("SDA", "N$12", "Net-(R1-Pad2)") state no voltage: skip the grammar unless a voltage could be there.
        if (!bare.Any(char.IsAsciiDigit) || !(bare.Contains('V', StringComparison.OrdinalIgnoreCase) || bare[0] is '+' or '-'))
        {
            return null;
        }

        var result = RailName.TryParse(bare);
        if (!result.WasSuccessful)
        {
            return null;
        }

        var volts = result.Value;
        return NamedVoltage.Fixed(volts, $"name '{name}' says {volts.ToString("0.###", CultureInfo.InvariantCulture)} V");
    }

    private static bool HasSignalWord(string[] words) => words.Any(SignalWords.Contains);

    // KiCad writes local nets as "/sheet/name"; Eagle's "/RESET" is an overbar, which this also drops harmlessly.
    private static string LastSegment(string name)
    {
        var slash = name.LastIndexOf('/');
        return slash >= 0 && slash < name.Length - 1 ? name[(slash + 1)..] : name.TrimEnd('/');
    }

    private static double Number(string whole, string fraction) =>
        double.Parse(fraction.Length == 0 ? whole : whole + "." + fraction, NumberStyles.Float, CultureInfo.InvariantCulture);
}
