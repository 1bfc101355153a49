using System.Globalization;
using System.Text.RegularExpressions;
using DrcTool.Core.Model;

namespace DrcTool.Core.Analysis.Parts;

/// <summary>
/// Works out a regulator's output voltage from its part number: part data in rules/part-classes.yaml
/// ("XC9258A33", "MCP1700-3302E", "TLV75533", "XCL223"), or a voltage written into the part number
/// ("AP2112K-3.3", "LM1117-3.3", "MIC5504-3V3"), or the reference voltage of an adjustable part (MP2122).
/// </summary>
public sealed class RegulatorOutputReader
{
    private static readonly Regex DecimalInName =
        new(@"(?:^|[-_ /])(?<a>\d{1,2})\.(?<b>\d{1,2})(?:V|$|[^\d.])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex RNotationInName =
        new(@"(?:^|[-_ /])(?<a>\d{1,2})V(?<b>\d{1,2})(?:$|[^\d])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private readonly PartCatalog _catalog;

    public RegulatorOutputReader(PartCatalog catalog)
    {
        _catalog = catalog;
    }

    /// <summary>What the part's text says about its output; null when it says nothing.</summary>
    public RegulatorData? Read(Component component)
    {
        foreach (var text in Candidates(component))
        {
            foreach (var spec in _catalog.Regulators)
            {
                var match = Safe(spec.Match, text);
                if (match is null)
                {
                    continue;
                }

                if (spec.OutputVolts is { } fixedVolts)
                {
                    return new RegulatorData(fixedVolts, null, $"'{text}' is a {Format(fixedVolts)} V part ({spec.Origin})");
                }

                if (spec.HasVoltageCode && match.Groups["v"].Success)
                {
                    var volts = int.Parse(match.Groups["v"].Value, CultureInfo.InvariantCulture) / 10.0;
                    return new RegulatorData(volts, null, $"'{text}': voltage code {match.Groups["v"].Value} = {Format(volts)} V ({spec.Origin})");
                }

                if (spec.ReferenceVolts is { } vref)
                {
                    return new RegulatorData(null, vref, $"'{text}': adjustable, {Format(vref)} V feedback reference ({spec.Origin})");
                }
            }

            var written = Safe(DecimalInName, text) ?? Safe(RNotationInName, text);
            if (written is not null)
            {
                var volts = double.Parse(written.Groups["a"].Value + "." + written.Groups["b"].Value, CultureInfo.InvariantCulture);
                if (volts is > 0.5 and < 60)
                {
                    return new RegulatorData(volts, null, $"'{text}' names {Format(volts)} V");
                }
            }
        }

        return null;
    }

    private static IEnumerable<string> Candidates(Component component)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        string[] fields = [component.Value, component.Symbol];
        foreach (var field in fields.Concat(component.Properties
                     .Where(p => p.Key.Contains("MPN", StringComparison.OrdinalIgnoreCase)
                                 || p.Key.Contains("PART", StringComparison.OrdinalIgnoreCase))
                     .OrderBy(p => p.Key, StringComparer.Ordinal)
                     .Select(p => p.Value)))
        {
            var text = field.Trim();
            if (text.Length > 0 && text.Length < 100 && seen.Add(text))
            {
                yield return text;
            }
        }
    }

    private static Match? Safe(Regex regex, string text)
    {
        try
        {
            var match = regex.Match(text);
            return match.Success ? match : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static string Format(double volts) => volts.ToString("0.###", CultureInfo.InvariantCulture);
}

/// <summary>A regulator's output as its part data gives it: a fixed voltage, or the reference of an adjustable part.</summary>
public sealed record RegulatorData(double? OutputVolts, double? ReferenceVolts, string Why);
