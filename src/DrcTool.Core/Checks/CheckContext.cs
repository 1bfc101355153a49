using DrcTool.Core.Analysis;
using DrcTool.Core.Binding;
using DrcTool.Core.Config;
using DrcTool.Core.Model;

namespace DrcTool.Core.Checks;

/// <summary>Everything a rule may look at for one design.</summary>
public sealed class CheckContext
{
    public CheckContext(Design design, SocketSearch socketSearch, SomBinding? binding, ElectricalPicture picture, CheckOptions options,
        SomPinout pinout)
    {
        Design = design;
        SocketSearch = socketSearch;
        Binding = binding;
        Picture = picture;
        Options = options;
        Pinout = pinout;
    }

    public Design Design { get; }
    /// <summary>How the socket was looked for; DRC001 reports from it.</summary>
    public SocketSearch SocketSearch { get; }
    /// <summary>The SoM binding; null when no socket was found.</summary>
    public SomBinding? Binding { get; }
    /// <summary>Rails, voltages, part classes, resistor paths and drivers: built once per design, shared by every rule.</summary>
    public ElectricalPicture Picture { get; }
    public CheckOptions Options { get; }
    public DrcConfig Config => Options.Config;
    public SomPinout Pinout { get; }
    public SomVariant Variant => Options.EffectiveVariant;
    /// <summary>False when the variant was assumed; variant-specific rules may then say what they assumed.</summary>
    public bool VariantGiven => Options.VariantGiven;
}
