using System.Text.RegularExpressions;
using DrcTool.Core.Checks.Rules.Support;
using DrcTool.Core.Model;

namespace DrcTool.Core.Checks.Rules.Radio;

/// <summary>
/// DRC025: the SoM has U.FL sockets and no chip antenna: note which antennas the design's BOM should carry for the
/// variants checked and does not, and warn about an antenna the seeds call unsuitable (ANTELEC on an LTE module).
/// BOM-only parts (antennas, cables) count, fitted or not, since they are ordered, not placed. Which antennas, per
/// variant, and which are unsuitable is module data: rules/modules/b-som/module.yaml <c>antennas:</c>.
/// </summary>
public sealed class AntennasRule : DesignRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.Antennas, "The BOM carries the antennas for the SoM's U.FL sockets",
        "{variants}: the SoM has U.FL sockets and no chip antenna; the BOM should carry {antennas}", "Radio", Severity.Note)
    {
        Messages = new Dictionary<string, string>
        {
            ["unsuitable"] = "{part} is {why}; every B-Series SoM variant is LTE",
        },
        Reads = ["antenna"],
    };

    public override RuleDescriptor Descriptor => Rule;

    /// <summary>The antennas a variant needs: the bound module's data (module.yaml <c>antennas:</c>) with the config's over it.</summary>
    internal static IReadOnlyList<AntennaNeed> Needed(RuleScope scope, SomVariant variant) => Antennas(scope).For(variant.ToString());

    private static ModuleAntennas Antennas(RuleScope scope) => scope.Binding.Module.Antennas.With(scope.Config.Antennas);

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        foreach (var finding in UnsuitableAntennas(scope)) yield return finding;

        var bom = string.Join("\n", scope.Design.Components.Select(BomText));
        var missing = scope.Variants.Select(v => (Variant: v, Missing: Missing(scope, bom, v))).ToList();
        // With no variant given, a BOM that carries a full set for some variant shows which one it was built for.
        if (missing.Any(m => m.Missing.Count == 0)) yield break;
        var groups = missing.GroupBy(m => string.Join("; ", m.Missing)).ToList();
        var antennas = groups.Count == 1
            ? groups[0].Key
            : string.Join("; ", groups.Select(g => $"for {RuleScope.Describe(g.Select(m => m.Variant))} [{g.Key}]"));
        yield return scope.NewFinding(Descriptor, Message(scope, RuleScope.Describe(scope.Variants), antennas), [], null) with
        {
            FixHint = $"Add the antennas to the BOM as BOM-only parts, and keep them {Millimetres(scope.Parameters.Antenna.MinMetalMillimetres)} "
                + $"(ideally {Millimetres(scope.Parameters.Antenna.RecommendedMetalMillimetres)}) from electronics and metal.",
        };
    }

    private IEnumerable<Finding> UnsuitableAntennas(RuleScope scope)
    {
        foreach (var part in scope.Design.Components.OrderBy(c => c.Reference, NaturalComparer.Instance))
        {
            foreach (var (pattern, why) in Antennas(scope).Unsuitable)
            {
                if (!Matches(BomText(part), pattern)) continue;
                yield return scope.NewFinding(Rule,
                    MessageFor(scope, "unsuitable", RuleScope.Describe(part), why),
                    [], null, Severity.Warning) with
                {
                    Parts = [part.Reference],
                    Location = part.Location,
                    FixHint = $"Use the variant's certified antenna ({CertifiedAntennas(scope)}).",
                };
            }
        }
    }

    /// <summary>
    /// "PARANTC41EA for the B404X, ANTCW2EA for the B524/B523, ...": each checked variant's first (cellular) antenna from
    /// the module data, its "cellular: " label and "(required)" left out.
    /// </summary>
    private static string CertifiedAntennas(RuleScope scope) =>
        string.Join(", ", scope.Variants
            .Select(v => (Variant: v, Need: Needed(scope, v).FirstOrDefault()))
            .Where(n => n.Need is not null)
            .GroupBy(n => AntennaName(n.Need!.What))
            .Select(g => $"{g.Key} for the {string.Join("/", g.Select(n => n.Variant))}"));

    private static string AntennaName(string what)
    {
        var name = what[(what.IndexOf(": ", StringComparison.Ordinal) + 1)..].Trim();
        var note = name.IndexOf(" (", StringComparison.Ordinal);
        return note > 0 ? name[..note] : name;
    }

    private static string BomText(Component c) => $"{c.Value} {c.Symbol} {string.Join(" ", c.Properties.Values)}";

    private static List<string> Missing(RuleScope scope, string bom, SomVariant variant)
    {
        var design = scope.Design;
        var missing = new List<string>();
        foreach (var (what, pattern, count) in Needed(scope, variant))
        {
            // One antenna may be named anywhere in the BOM text (value, symbol, MPN property); a second of the same part
            // number only shows by counting parts, since the BOM text matches once either way.
            var wanted = count == 1
                ? Matches(bom, pattern)
                : CountParts(design, pattern) >= count;
            if (!wanted) missing.Add(what);
        }

        return missing;
    }

    private static string Millimetres(double mm) => mm.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " mm";

    private static int CountParts(Design design, string pattern) =>
        design.Components.Count(c => Matches($"{c.Value} {c.Symbol}", pattern));

    /// <summary>The antenna patterns come from module data and drctool.yaml: bounded like every pattern users edit.</summary>
    private static bool Matches(string text, string pattern)
    {
        try
        {
            return Regex.IsMatch(text, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternTimeout.PerMatch);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
