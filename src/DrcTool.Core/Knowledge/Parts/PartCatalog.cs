using DrcTool.Core.Model;
using System.Reflection;
using System.Text.RegularExpressions;

namespace DrcTool.Core.Knowledge.Parts;

/// <summary>
/// The part-class table and regulator data: the built-in rules/part-classes.yaml, with a config's entries in front.
/// </summary>
public sealed class PartCatalog
{
    public const string ResourceName = "rules/part-classes.yaml";

    private static readonly Lazy<PartCatalog> BuiltInLazy = new(LoadBuiltIn);

    public PartCatalog(IReadOnlyList<PartClassRule> rules, IReadOnlyList<RegulatorSpec> regulators, KnownPads? pads = null)
    {
        Rules = rules;
        Regulators = regulators;
        Pads = pads ?? KnownPads.Empty;
    }

    /// <summary>The table shipped in the library.</summary>
    public static PartCatalog BuiltIn => BuiltInLazy.Value;

    /// <summary>Class entries in the order they are tried.</summary>
    public IReadOnlyList<PartClassRule> Rules { get; }

    public IReadOnlyList<RegulatorSpec> Regulators { get; }

    /// <summary>The pad of each pin function for the ICs whose wiring Device OS fixes (the file's <c>pads</c>).</summary>
    public KnownPads Pads { get; }

    /// <summary>This table with <paramref name="extra"/> entries tried first (a config's part patterns).</summary>
    public PartCatalog WithExtra(IReadOnlyList<PartClassRule> extra, IReadOnlyList<RegulatorSpec>? extraRegulators = null) =>
        extra.Count == 0 && (extraRegulators is null || extraRegulators.Count == 0)
            ? this
            : new PartCatalog([.. extra, .. Rules], [.. extraRegulators ?? [], .. Regulators], Pads);

    /// <summary>Reads a catalog from YAML text; throws <see cref="FormatException"/> naming the entry that is wrong.</summary>
    public static PartCatalog Parse(string yaml, string origin)
    {
        // Read from YamlDotNet's node tree rather than its reflection deserializer: the deserializer's start-up
        // (type inspection, reflection-emitted setters) cost more than the rest of a check (docs/performance.md).
        var file = PartCatalogFile.Read(yaml, origin);
        var rules = new List<PartClassRule>();
        for (var i = 0; i < file.Classes.Count; i++)
        {
            var entry = file.Classes[i];
            if (entry.Class is null || !PartClassNames.TryParse(entry.Class, out var partClass))
            {
                throw new FormatException($"{origin}: classes[{i}]: unknown class '{entry.Class}' (known: {string.Join(", ", PartClassNames.All.Order(StringComparer.Ordinal))})");
            }

            if (entry.Patterns.Count == 0)
            {
                throw new FormatException($"{origin}: classes[{i}] ({entry.Class}) has no patterns");
            }

            rules.Add(new PartClassRule(partClass, entry.Patterns.Select(p => p.ToPattern()).ToList(), origin));
        }

        var regulators = new List<RegulatorSpec>();
        for (var i = 0; i < file.Regulators.Count; i++)
        {
            var entry = file.Regulators[i];
            if (string.IsNullOrEmpty(entry.Match))
            {
                throw new FormatException($"{origin}: regulators[{i}] has no match");
            }

            var regex = new Regex(entry.Match, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternTimeout.PerMatch);
            regulators.Add(new RegulatorSpec(regex, entry.Output, entry.Vref, origin));
        }

        var pads = new Dictionary<PartClass, Dictionary<string, IReadOnlyList<string>>>();
        foreach (var (className, function, padList, where) in file.Pads)
        {
            if (!PartClassNames.TryParse(className, out var partClass))
            {
                throw new FormatException($"{origin}:{where}: pads: unknown class '{className}' (known: {string.Join(", ", PartClassNames.All.Order(StringComparer.Ordinal))})");
            }

            if (padList.Count == 0)
            {
                throw new FormatException($"{origin}:{where}: pads of {className} {function}: no pad");
            }

            if (!pads.TryGetValue(partClass, out var functions)) pads[partClass] = functions = new(StringComparer.OrdinalIgnoreCase);
            functions[function] = padList;
        }

        return new PartCatalog(rules, regulators, new KnownPads(pads));
    }

    private static PartCatalog LoadBuiltIn()
    {
        using var stream = typeof(PartCatalog).Assembly.GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing from {typeof(PartCatalog).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), ResourceName);
    }
}
