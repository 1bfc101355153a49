namespace DrcTool.Core.Analysis.Parts;

// The YAML shape of rules/part-classes.yaml and of the `parts:` list in drctool.yaml. YamlDotNet fills these.
internal sealed class PartCatalogFile
{
    public List<PartClassEntry> Classes { get; set; } = [];
    public List<RegulatorEntry> Regulators { get; set; } = [];
}

internal sealed class PartClassEntry
{
    public string? Class { get; set; }
    public List<PatternEntry> Patterns { get; set; } = [];
}

internal sealed class PatternEntry
{
    public string? Ref { get; set; }
    public string? Value { get; set; }
    public string? Footprint { get; set; }
    public string? Library { get; set; }
    public string? Symbol { get; set; }
    public string? Any { get; set; }

    public PartPattern ToPattern() => new(Ref, Value, Footprint, Library, Symbol, Any);
}

internal sealed class RegulatorEntry
{
    public string? Match { get; set; }
    public double? Output { get; set; }
    public double? Vref { get; set; }
}
