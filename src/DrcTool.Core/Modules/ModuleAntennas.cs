using DrcTool.Core.Model;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace DrcTool.Core.Modules;

/// <summary>One antenna a variant's BOM should carry: what to say, the part-number pattern, how many parts must match.</summary>
/// <param name="What">"cellular: PARANTC41EA (required)": what a finding lists when it is missing.</param>
/// <param name="Pattern">A .NET regular expression, matched case-insensitively in a part's value, symbol and properties.</param>
/// <param name="Count">How many parts must match (2 for a diversity antenna that is a second of the same part).</param>
public sealed record AntennaNeed(string What, string Pattern, int Count);

/// <summary>An antenna Particle's guides say not to use on the module, and why.</summary>
public sealed record UnsuitableAntenna(string Pattern, string Why);

/// <summary>
/// The antennas a module's variants need and those unsuitable for it, from the <c>antennas:</c> section of its
/// module.yaml (DRC025 reads them); a drctool.yaml's <c>antennas:</c> replaces a variant's list or adds unsuitable ones.
/// </summary>
public sealed class ModuleAntennas
{
    public static ModuleAntennas None { get; } = new(new Dictionary<string, IReadOnlyList<AntennaNeed>>(), []);

    public ModuleAntennas(IReadOnlyDictionary<string, IReadOnlyList<AntennaNeed>> needed, IReadOnlyList<UnsuitableAntenna> unsuitable)
    {
        Needed = new Dictionary<string, IReadOnlyList<AntennaNeed>>(needed, StringComparer.OrdinalIgnoreCase);
        Unsuitable = unsuitable;
    }

    /// <summary>Variant name (B404X) → the antennas its BOM should carry, in the order a finding lists them.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<AntennaNeed>> Needed { get; }

    public IReadOnlyList<UnsuitableAntenna> Unsuitable { get; }

    /// <summary>The antennas <paramref name="variant"/> needs; none when the module data names none for it.</summary>
    public IReadOnlyList<AntennaNeed> For(string variant) => Needed.GetValueOrDefault(variant) ?? [];

    /// <summary>These antennas with <paramref name="other"/>'s variants replacing theirs and its unsuitable ones added.</summary>
    public ModuleAntennas With(ModuleAntennas other)
    {
        var needed = new Dictionary<string, IReadOnlyList<AntennaNeed>>(Needed, StringComparer.OrdinalIgnoreCase);
        foreach (var (variant, list) in other.Needed) needed[variant] = list;
        return new ModuleAntennas(needed, [.. Unsuitable, .. other.Unsuitable]);
    }

    /// <summary>
    /// Reads <c>needed: {VARIANT: [{what, pattern, count?}]}</c> and <c>unsuitable: [{pattern, why}]</c>.
    /// <paramref name="variants"/>, when given, are the only variant names allowed.
    /// </summary>
    /// <exception cref="ConfigException">A malformed entry, an unknown variant or a pattern that is no regular expression.</exception>
    internal static ModuleAntennas FromNode(YamlNodes nodes, YamlMappingNode node, IReadOnlyList<string>? variants)
    {
        var needed = new Dictionary<string, IReadOnlyList<AntennaNeed>>(StringComparer.OrdinalIgnoreCase);
        var unsuitable = new List<UnsuitableAntenna>();
        foreach (var (key, _, value) in nodes.Entries(node, "antennas", "needed", "unsuitable"))
        {
            if (key == "needed")
            {
                foreach (var (variant, variantNode, list) in nodes.Entries(nodes.Mapping(value, "antennas.needed"), "antennas.needed"))
                {
                    if (variants is not null && !variants.Contains(variant, StringComparer.OrdinalIgnoreCase))
                    {
                        throw nodes.Error(variantNode, $"antennas.needed names '{variant}', not one of the module's variants ({string.Join(", ", variants)})");
                    }

                    needed[variant] = nodes.Sequence(list, $"antennas.needed.{variant}").Children.Select(n => Need(nodes, n, variant)).ToList();
                }
            }
            else
            {
                foreach (var entry in nodes.Sequence(value, "antennas.unsuitable").Children)
                {
                    string? pattern = null, why = null;
                    foreach (var (field, _, text) in nodes.Entries(nodes.Mapping(entry, "antennas.unsuitable"), "antennas.unsuitable", "pattern", "why"))
                    {
                        if (field == "pattern") pattern = Pattern(nodes, text, "antennas.unsuitable.pattern");
                        else why = nodes.Scalar(text, "antennas.unsuitable.why");
                    }

                    unsuitable.Add(new UnsuitableAntenna(
                        pattern ?? throw nodes.Error(entry, "an unsuitable antenna needs a pattern"),
                        why ?? throw nodes.Error(entry, "an unsuitable antenna needs a why")));
                }
            }
        }

        return new ModuleAntennas(needed, unsuitable);
    }

    private static AntennaNeed Need(YamlNodes nodes, YamlNode entry, string variant)
    {
        string? what = null, pattern = null;
        var count = 1;
        var where = $"antennas.needed.{variant}";
        foreach (var (field, _, text) in nodes.Entries(nodes.Mapping(entry, where), where, "what", "pattern", "count"))
        {
            switch (field)
            {
                case "what": what = nodes.Scalar(text, where + ".what"); break;
                case "pattern": pattern = Pattern(nodes, text, where + ".pattern"); break;
                default:
                    var number = nodes.Number(text, where + ".count");
                    if (number < 1 || number != Math.Floor(number)) throw nodes.Error(text, $"{where}.count is a whole number of parts, 1 or more");
                    count = (int)number;
                    break;
            }
        }

        return new AntennaNeed(what ?? throw nodes.Error(entry, $"an antenna of {variant} needs a what"),
            pattern ?? throw nodes.Error(entry, $"an antenna of {variant} needs a pattern"), count);
    }

    private static string Pattern(YamlNodes nodes, YamlNode node, string what)
    {
        var pattern = nodes.Scalar(node, what);
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant, PatternTimeout.PerMatch);
        }
        catch (ArgumentException ex)
        {
            throw nodes.Error(node, $"{what} is not a regular expression: {ex.Message}");
        }

        return pattern;
    }
}
