namespace DrcTool.Core.Import.Eagle;

/// <summary>
/// A schematic part or a board element with its attributes and assembly variants. Most parts of a big board have one
/// attribute or none, so the maps are made on first use.
/// </summary>
internal abstract record EagleAttributedRecord
{
    private Dictionary<string, string>? _attributes;
    private Dictionary<string, EagleVariantRecord>? _variants;

    /// <summary>The attributes (names without case).</summary>
    public IReadOnlyDictionary<string, string> Attributes => _attributes ?? EagleNoEntries<string>.Map;

    /// <summary>The settings per assembly variant (names without case).</summary>
    public IReadOnlyDictionary<string, EagleVariantRecord> Variants => _variants ?? EagleNoEntries<EagleVariantRecord>.Map;

    public void SetAttribute(string name, string value) =>
        (_attributes ??= new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase))[name] = value;

    public void SetVariant(string name, EagleVariantRecord variant) =>
        (_variants ??= new Dictionary<string, EagleVariantRecord>(StringComparer.OrdinalIgnoreCase))[name] = variant;
}
