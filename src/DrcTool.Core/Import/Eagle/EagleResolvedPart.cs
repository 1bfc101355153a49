using DrcTool.Core.Model;

namespace DrcTool.Core.Import.Eagle;

/// <summary>A schematic part with its library, device set, device and package looked up.</summary>
internal sealed class EagleResolvedPart(
    string reference, EaglePartRecord record, EagleLibrary library, EagleDeviceSet deviceSet, EagleDevice device, EaglePackage? package)
{
    /// <summary>The reference on the board: the part's name, behind its module instances' names ("PSU1:R1").</summary>
    public string Reference { get; } = reference;
    public EaglePartRecord Record { get; } = record;
    public EagleDeviceSet DeviceSet { get; } = deviceSet;
    public EagleDevice Device { get; } = device;

    public EagleSymbol? SymbolOf(string gate) =>
        DeviceSet.Gates.TryGetValue(gate, out var symbolName) ? library.Symbols.GetValueOrDefault(symbolName) : null;

    public Component ToComponent(string? currentVariant, PropertySetPool propertySets)
    {
        var variant = currentVariant is not null ? Record.Variants.GetValueOrDefault(currentVariant) : null;
        var technology = variant?.Technology ?? Record.Technology;

        // A part starts with its technology's attributes; its own attributes override them.
        var properties = new SortedDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (Device.Technologies.TryGetValue(technology, out var defaults))
        {
            foreach (var (name, text) in defaults)
            {
                properties[name] = text;
            }
        }

        foreach (var (name, text) in Record.Attributes)
        {
            properties[name] = text;
        }

        var value = variant?.Value ?? Record.Value
                    ?? (DeviceSet.UserValue ? "" : EagleNames.DeviceName(DeviceSet.Name, technology, Device.Name));
        var notFitted = variant is { Populate: false } || EagleFittedMarkers.MarkedNotFitted(properties);
        return new Component(
            Reference,
            value,
            Device.Package ?? "",
            library.Name,
            EagleNames.DeviceName(DeviceSet.Name, technology, Device.Name),
            propertySets.Share(properties),
            FittedPolicy.IsFitted(value, notFitted),
            Pins(),
            Record.Location);
    }

    /// <summary>Every pad of the package, named by the gate pin it connects to ("" for a pad no pin reaches).</summary>
    private IReadOnlyList<ComponentPin> Pins() => Device.Pins ??= BuildPins();

    private List<ComponentPin> BuildPins()
    {
        var byPad = new Dictionary<string, ComponentPin>(StringComparer.Ordinal);
        foreach (var connect in Device.Connects)
        {
            var direction = SymbolOf(connect.Gate)?.PinDirections.GetValueOrDefault(connect.Pin);
            foreach (var pad in connect.Pads)
            {
                byPad.TryAdd(pad, new ComponentPin(pad, connect.Pin, EaglePinDirection.ToPinType(direction)));
            }
        }

        var pins = new List<ComponentPin>();
        foreach (var pad in package?.Pads ?? [])
        {
            pins.Add(byPad.Remove(pad, out var pin) ? pin : new ComponentPin(pad, ""));
        }

        // Connects to pads the package lacks: a damaged library, but the nets name them, so keep them.
        pins.AddRange(byPad.Values);
        pins.Sort((a, b) => NaturalComparer.Instance.Compare(a.Number, b.Number));
        return pins;
    }
}
