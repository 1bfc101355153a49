using System.Text.RegularExpressions;
using DrcTool.Core.Binding;
using DrcTool.Core.Checks.Rules.Support;
using DrcTool.Core.Model;

namespace DrcTool.Core.Checks.Rules.Radio;

/// <summary>
/// DRC025: the SoM has U.FL sockets and no chip antenna: note which antennas the design's BOM should carry for the
/// variant and does not. BOM-only parts (antennas, cables) count, fitted or not, since they are ordered, not placed.
/// </summary>
public sealed class AntennasRule : DesignRule
{
    private const string Ble = "BLE: ANT-FLXV2 (optional, needed for BLE and mobile-app setup)";

    public static readonly RuleDescriptor Rule = new(
        RuleIds.Antennas, "The BOM carries the antennas for the SoM's U.FL sockets",
        "{variant}: the SoM has U.FL sockets and no chip antenna; the BOM should carry {antennas}", "Radio", Severity.Note);

    public override RuleDescriptor Descriptor => Rule;

    /// <summary>Antennas per variant: (what, part-number pattern, how many parts must match it).</summary>
    internal static IReadOnlyList<(string What, string Pattern, int Count)> Needed(SomVariant variant) => variant switch
    {
        SomVariant.B404X => [("cellular: PARANTC41EA (required)", "PARANTC41", 1), (Ble, "ANT-?FLXV2", 1)],
        SomVariant.B404 or SomVariant.B402 => [("cellular: PARANTC41EA or ANTCW2EA (required)", "PARANTC41|ANTCW2", 1), (Ble, "ANT-?FLXV2", 1)],
        SomVariant.B524 or SomVariant.B523 => [("cellular: ANTCW2EA (required)", "ANTCW2", 1), (Ble, "ANT-?FLXV2", 1), ("ANT_DIV: a second ANTCW2EA (optional, LTE diversity)", "ANTCW2", 2)],
        _ => [("cellular: PARANTCW1EA (required)", "PARANTCW1", 1), (Ble, "ANT-?FLXV2", 1), ("GNSS: PARANTGN1EA (optional)", "PARANTGN1", 1)],
    };

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        var bom = string.Join("\n", scope.Design.Components.Select(c => $"{c.Value} {c.Symbol} {string.Join(" ", c.Properties.Values)}"));
        var missing = new List<string>();
        foreach (var (what, pattern, count) in Needed(scope.Variant))
        {
            // One antenna may be named anywhere in the BOM text (value, symbol, MPN property); a second of the same part
            // number only shows by counting parts, since the BOM text matches once either way.
            var wanted = count == 1
                ? Regex.IsMatch(bom, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)
                : CountParts(scope.Design, pattern) >= count;
            if (!wanted) missing.Add(what);
        }

        if (missing.Count == 0) yield break;
        yield return scope.NewFinding(Descriptor,
            $"{scope.Variant}: the SoM has U.FL sockets and no chip antenna; the BOM should carry {string.Join("; ", missing)}",
            [], null) with
        {
            FixHint = "Add the antennas to the BOM as BOM-only parts, and keep them 10 mm (ideally 20 mm) from metal.",
        };
    }

    private static int CountParts(Design design, string pattern) =>
        design.Components.Count(c => Regex.IsMatch($"{c.Value} {c.Symbol}", pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
}
