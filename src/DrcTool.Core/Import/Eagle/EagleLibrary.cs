using DrcTool.Core.Model;

namespace DrcTool.Core.Import.Eagle;

/// <summary>A library as a drawing embeds it: Eagle copies every used package, symbol and device set into the file.</summary>
/// <remarks>Eagle 9 may hold two libraries of one name from different sources; the URN tells them apart.</remarks>
internal sealed class EagleLibrary(string name, string urn)
{
    public string Name { get; } = name;
    public string Urn { get; } = urn;
    public Dictionary<string, EaglePackage> Packages { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, EagleSymbol> Symbols { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, EagleDeviceSet> DeviceSets { get; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>A footprint: its pad names (<c>&lt;pad&gt;</c> and <c>&lt;smd&gt;</c>) in file order.</summary>
internal sealed class EaglePackage(string name)
{
    public string Name { get; } = name;
    public List<string> Pads { get; } = [];

    /// <summary>The pads as a board's pins, built once and shared by every element placing this package.</summary>
    public IReadOnlyList<ComponentPin>? Pins { get; set; }
}

/// <summary>A schematic symbol: its pins and their directions.</summary>
internal sealed class EagleSymbol(string name)
{
    public string Name { get; } = name;
    public Dictionary<string, string> PinDirections { get; } = new(StringComparer.Ordinal);
}

/// <summary>A device set: gates (symbol per gate) and devices (package variants with their pin-to-pad connects).</summary>
internal sealed class EagleDeviceSet(string name, bool userValue)
{
    public string Name { get; } = name;
    /// <summary>True when the part's value is typed by the user; otherwise Eagle shows the device name as the value.</summary>
    public bool UserValue { get; } = userValue;
    /// <summary>Gate name → symbol name.</summary>
    public Dictionary<string, string> Gates { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, EagleDevice> Devices { get; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>One package variant of a device set. Supply symbols and frames have no package.</summary>
internal sealed class EagleDevice(string name, string? package)
{
    public string Name { get; } = name;
    public string? Package { get; } = package;
    public List<EagleConnect> Connects { get; } = [];
    /// <summary>Technology name → its attributes (the defaults a part of that technology starts with).</summary>
    public Dictionary<string, Dictionary<string, string>> Technologies { get; } = new(StringComparer.OrdinalIgnoreCase);

    private Dictionary<(string Gate, string Pin), IReadOnlyList<string>>? _padsByPin;

    /// <summary>The pads a gate's pin lands on; empty when the pin is not connected to any pad.</summary>
    public IReadOnlyList<string> PadsOf(string gate, string pin)
    {
        // Built once per device: a pinref lookup stays constant-time however many pins the device has.
        if (_padsByPin is null)
        {
            _padsByPin = new Dictionary<(string, string), IReadOnlyList<string>>(GatePinComparer.Instance);
            foreach (var connect in Connects)
            {
                _padsByPin.TryAdd((connect.Gate, connect.Pin), connect.Pads);
            }
        }

        return _padsByPin.GetValueOrDefault((gate, pin)) ?? [];
    }

    /// <summary>The component pins of this device, worked out once and shared by every part that uses it.</summary>
    public IReadOnlyList<ComponentPin>? Pins { get; set; }

    /// <summary>Whether a connect reaches a pwr pin of its gate's symbol; null until the resolver asks.</summary>
    public bool? HasPowerPins { get; set; }
}

/// <summary>Gate names compare without case, as Eagle's do; pin names exactly.</summary>
internal sealed class GatePinComparer : IEqualityComparer<(string Gate, string Pin)>
{
    public static GatePinComparer Instance { get; } = new();

    public bool Equals((string Gate, string Pin) x, (string Gate, string Pin) y) =>
        string.Equals(x.Gate, y.Gate, StringComparison.OrdinalIgnoreCase) && string.Equals(x.Pin, y.Pin, StringComparison.Ordinal);

    public int GetHashCode((string Gate, string Pin) key) =>
        HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(key.Gate), StringComparer.Ordinal.GetHashCode(key.Pin));
}

/// <summary>A gate's pin on one or more pads (Eagle writes several pads separated by spaces).</summary>
internal sealed record EagleConnect(string Gate, string Pin, IReadOnlyList<string> Pads);

/// <summary>Eagle's pin directions (eagle.dtd: io is the default) in DrcTool's terms.</summary>
internal static class EaglePinDirection
{
    public static PinType ToPinType(string? direction) => direction switch
    {
        "io" => PinType.Bidirectional,
        "in" => PinType.Input,
        "out" => PinType.Output,
        "pwr" => PinType.PowerIn,
        "sup" => PinType.PowerOut,
        "oc" => PinType.OpenCollector,
        "hiz" => PinType.TriState,
        "pas" => PinType.Passive,
        "nc" => PinType.NoConnect,
        _ => PinType.Unspecified,
    };
}
