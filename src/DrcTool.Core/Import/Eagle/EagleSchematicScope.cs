using DrcTool.Core.Model;

namespace DrcTool.Core.Import.Eagle;

/// <summary>
/// What one drawing level of a schematic holds: the top level, or one <c>&lt;module&gt;</c> of an Eagle 9 hierarchical
/// design (instantiated any number of times by <c>&lt;moduleinst&gt;</c>).
/// </summary>
internal sealed class EagleScope(string name, SourceLocation location)
{
    /// <summary>"" for the top level, else the module's name.</summary>
    public string Name { get; } = name;
    public SourceLocation Location { get; } = location;
    public List<EaglePartRecord> Parts { get; } = [];
    /// <summary>Every net of this level in file order, with its first location.</summary>
    public List<(string Name, SourceLocation Location)> Nets { get; } = [];
    public List<EaglePinRef> PinRefs { get; } = [];
    public List<EaglePortRef> PortRefs { get; } = [];
    public List<EagleModuleInstance> ModuleInstances { get; } = [];
    /// <summary>The assembly variant marked current at this level (top level only in practice).</summary>
    public string? CurrentVariant { get; set; }
}

/// <summary>A part as the schematic lists it, before its device is looked up.</summary>
internal sealed record EaglePartRecord(
    string Name,
    string Library,
    string? LibraryUrn,
    string DeviceSet,
    string Device,
    string Technology,
    string? Value,
    SourceLocation Location) : EagleAttributedRecord;

/// <summary>The empty map a part without attributes or variants shows: one instance, never written to.</summary>
internal static class EagleNoEntries<T>
{
    public static IReadOnlyDictionary<string, T> Map { get; } = new Dictionary<string, T>();
}

/// <summary>A part's settings in one assembly variant (<c>&lt;variant name populate value technology&gt;</c>).</summary>
internal sealed record EagleVariantRecord(bool Populate, string? Value, string? Technology);

/// <summary>One <c>&lt;pinref&gt;</c> in a net segment.</summary>
internal sealed record EaglePinRef(string Net, string Part, string Gate, string Pin, SourceLocation Location);

/// <summary>One <c>&lt;portref&gt;</c>: the net it sits in joins the net of the port's name inside that module instance.</summary>
internal sealed record EaglePortRef(string Net, string ModuleInstance, string Port, SourceLocation Location);

/// <summary>A <c>&lt;moduleinst&gt;</c>: the module it places, and the module's assembly variant it uses.</summary>
internal sealed record EagleModuleInstance(string Name, string Module, string? ModuleVariant, SourceLocation Location);
