using DrcTool.Core.Config;
using DrcTool.Core.Knowledge;

namespace DrcTool.Core.Analysis;

/// <summary>
/// What the electrical picture needs to know beyond the design: the part table, the rails the user states, the parts
/// the user opens, and the parameters that say when two voltage claims conflict and what the SoM's supply contacts
/// expect. The picture takes these, not the whole drctool.yaml.
/// </summary>
public sealed record PictureSettings
{
    public static PictureSettings Default { get; } = new();

    /// <summary>The part table (the built-in one with a config's patterns in front).</summary>
    public PartCatalog Catalog { get; init; } = PartCatalog.BuiltIn;

    /// <summary>Rail voltages and cuttable rails the user states.</summary>
    public IReadOnlyList<RailSetting> Rails { get; init; } = [];

    /// <summary>Jumpers, 0 Ω parts and ferrites (by reference) to treat as open.</summary>
    public IReadOnlyList<string> OpenParts { get; init; } = [];

    public RuleParameters Parameters { get; init; } = RuleParameters.Default;

    /// <summary>The settings a drctool.yaml gives the picture.</summary>
    public static PictureSettings From(DrcConfig config) => ReferenceEquals(config, DrcConfig.Default)
        ? Default
        : new PictureSettings { Catalog = config.Catalog(), Rails = config.Rails, OpenParts = config.OpenParts, Parameters = config.Parameters };

    public bool IsOpen(string reference) => OpenParts.Contains(reference, StringComparer.OrdinalIgnoreCase);
}
