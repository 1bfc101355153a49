using System.Globalization;
using Sprache;

namespace DrcTool.Core.Analysis.Values;

/// <summary>
/// Reads component values as engineers write them: engineering notation ("10k", "100nF", "2.2uH", "10 kΩ", "4.7K"),
/// R-notation where the multiplier letter is the decimal point ("4K7", "1k0", "2M2", "49R9", "R47", "0R", "4u7"),
/// and trailing annotations ("10k 1%", "10uF/10V", "0.1uF 16V X7R"), which are ignored except for a tolerance.
/// </summary>
/// <remarks>
/// Lower-case "m" is milli and upper-case "M" mega, as in SI; "meg" is also mega (SPICE). Upper-case "U", "N" and "P"
/// are read as micro, nano and pico because old libraries write "10UF" and "100NF" and they mean nothing else.
/// Text that starts with anything but a number (a part number such as "BQ24195", a colour such as "RED") is not a value.
/// </remarks>
public static class ValueGrammar
{
    private static readonly Parser<string> Digits = Parse.Digit.AtLeastOnce().Text();

    private static readonly Parser<double> Multiplier =
        Parse.IgnoreCase("meg").Return(1e6)
            .Or(Parse.Char('p').Or(Parse.Char('P')).Return(1e-12))
            .Or(Parse.Char('n').Or(Parse.Char('N')).Return(1e-9))
            .Or(Parse.Chars('u', 'U', 'µ', 'μ').Return(1e-6))
            .Or(Parse.Char('m').Return(1e-3))
            .Or(Parse.Chars('k', 'K').Return(1e3))
            .Or(Parse.Char('M').Return(1e6))
            .Or(Parse.Chars('G').Return(1e9));

    private static readonly Parser<ValueUnit> Unit =
        Parse.Char('Ω').Return(ValueUnit.Ohm)
            .Or(Parse.IgnoreCase("ohms").Return(ValueUnit.Ohm))
            .Or(Parse.IgnoreCase("ohm").Return(ValueUnit.Ohm))
            .Or(Parse.Chars('R', 'r').Return(ValueUnit.Ohm))
            .Or(Parse.IgnoreCase("hz").Return(ValueUnit.Hertz))
            .Or(Parse.Chars('F', 'f').Return(ValueUnit.Farad))
            .Or(Parse.Chars('H', 'h').Return(ValueUnit.Henry))
            .Or(Parse.Chars('V', 'v').Return(ValueUnit.Volt))
            .Or(Parse.Char('A').Return(ValueUnit.Ampere))
            .Or(Parse.Char('W').Return(ValueUnit.Watt));

    // The letter that stands for the decimal point in R-notation, with the multiplier and unit it implies.
    private static readonly Parser<(double Multiplier, ValueUnit Unit)> RNotationLetter =
        Parse.Chars('R', 'r').Return((1d, ValueUnit.Ohm))
            .Or(Parse.Chars('V', 'v').Return((1d, ValueUnit.Volt)))
            .Or(Multiplier.Select(m => (m, ValueUnit.None)));

    private static readonly Parser<string> Spaces = Parse.Chars(' ', '\t').Many().Text();

    /// <summary>"4K7", "1k0", "2M2", "49R9", "4u7", "3V3": digits, multiplier letter as decimal point, digits.</summary>
    private static readonly Parser<(double Value, ValueUnit Unit)> RNotation =
        from whole in Digits
        from letter in RNotationLetter
        from fraction in Parse.Digit.Repeat(1, 3).Text() // "49R9", "4K75", "1K02"; never "2N7002"
        from unit in Unit.Optional()
        select (Number(whole, fraction) * letter.Multiplier, Pick(letter.Unit, unit));

    /// <summary>"R47", "R0": a leading R is the decimal point of a resistance below one ohm.</summary>
    private static readonly Parser<(double Value, ValueUnit Unit)> LeadingR =
        from r in Parse.Chars('R', 'r')
        from fraction in Digits
        select (Number("0", fraction), ValueUnit.Ohm);

    /// <summary>An optional space, then a multiplier and/or a unit: " kΩ", "nF", "R", "k".</summary>
    private static readonly Parser<(double Multiplier, ValueUnit Unit)> Suffix =
        from gap in Spaces
        from multiplier in Multiplier.Optional()
        from unit in Unit.Optional()
        where multiplier.IsDefined || unit.IsDefined
        select (multiplier.GetOrElse(1d), unit.GetOrElse(ValueUnit.None));

    /// <summary>"10k", "4.7K", "100nF", "2.2uH", "10 kΩ", "332R", "0R", "150".</summary>
    private static readonly Parser<(double Value, ValueUnit Unit)> Engineering =
        from whole in Digits
        from fraction in Parse.Char('.').Then(_ => Digits).Optional()
        from suffix in Suffix.Optional()
        let s = suffix.IsDefined ? suffix.Get() : (Multiplier: 1d, Unit: ValueUnit.None)
        select (Number(whole, fraction.GetOrDefault() ?? "") * s.Multiplier, s.Unit);

    /// <summary>After the value: the end, or a separator and anything (tolerance, voltage rating, dielectric).</summary>
    private static readonly Parser<string> Trailer =
        Parse.Char(c => !char.IsLetterOrDigit(c) && c != '.', "separator")
            .Then(first => Parse.AnyChar.Many().Text().Select(rest => first + rest))
            .Or(Parse.Return(""))
            .End();

    private static readonly Parser<(double Value, ValueUnit Unit, string Trailer)> Value =
        from value in RNotation.Or(LeadingR).Or(Engineering)
        from trailer in Trailer
        select (value.Value, value.Unit, trailer);

    private static readonly System.Text.RegularExpressions.Regex Tolerance =
        new(@"(\d+(?:\.\d+)?)\s*%", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // Boards repeat a few values ("10k", "100nF") thousands of times; the grammar is a pure function, so remember it.
    private const int CacheLimit = 8192;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, ComponentValue?> Cache = new(StringComparer.Ordinal);

    /// <summary>Reads <paramref name="text"/> as a value; null when it is not one.</summary>
    public static ComponentValue? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200)
        {
            return null;
        }

        var trimmed = text.Trim();
        // A value starts with a digit, or with R and a digit ("R47"); part numbers and names never reach the grammar.
        if (!(char.IsAsciiDigit(trimmed[0]) || (trimmed.Length > 1 && trimmed[0] is 'R' or 'r' && char.IsAsciiDigit(trimmed[1]))))
        {
            return null;
        }

        if (Cache.TryGetValue(trimmed, out var cached))
        {
            return cached;
        }

        var parsed = ParseUncached(trimmed);
        if (Cache.Count < CacheLimit)
        {
            Cache.TryAdd(trimmed, parsed);
        }

        return parsed;
    }

    private static ComponentValue? ParseUncached(string trimmed)
    {
        var result = Value.TryParse(trimmed);
        if (!result.WasSuccessful)
        {
            return null;
        }

        var (value, unit, trailer) = result.Value;
        double? tolerance = null;
        var match = Tolerance.Match(trailer);
        if (match.Success)
        {
            tolerance = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        }

        return new ComponentValue(value, unit, trimmed, tolerance);
    }

    private static double Number(string whole, string fraction) =>
        double.Parse(fraction.Length == 0 ? whole : whole + "." + fraction, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static ValueUnit Pick(ValueUnit fromLetter, IOption<ValueUnit> trailing) =>
        fromLetter != ValueUnit.None ? fromLetter : trailing.GetOrElse(ValueUnit.None);
}
