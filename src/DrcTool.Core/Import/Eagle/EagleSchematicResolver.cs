using DrcTool.Core.Model;

namespace DrcTool.Core.Import.Eagle;

/// <summary>Turns a parsed schematic into a <see cref="Design"/>: parts through their devices, pinrefs into pads.</summary>
internal sealed class EagleSchematicResolver(string path, EagleSchematicParse parse)
{
    // Eagle compares part names without case.
    private readonly Dictionary<string, ResolvedPart> _parts = new(StringComparer.OrdinalIgnoreCase);

    public Design Resolve()
    {
        foreach (var record in parse.Parts)
        {
            var resolved = ResolvePart(record);
            if (!_parts.TryAdd(record.Name, resolved))
            {
                throw Error(record.Location, $"part {record.Name} is listed twice");
            }
        }

        var connected = new HashSet<NetNode>();
        foreach (var pinRef in parse.PinRefs)
        {
            var part = FindPart(pinRef.Part) ?? throw Error(pinRef.Location, $"a pinref names part {pinRef.Part}, which is not in <parts>");
            var symbol = part.SymbolOf(pinRef.Gate)
                         ?? throw Error(pinRef.Location, part.DeviceSet.Gates.ContainsKey(pinRef.Gate)
                             ? $"the symbol of gate {pinRef.Gate} of part {part.Record.Name} is missing from its library"
                             : $"part {part.Record.Name} ({part.DeviceSet.Name}) has no gate {pinRef.Gate}");
            if (part.Device.Package is null)
            {
                // A supply symbol: Eagle names the net after its supply pin, and every net of that name is one net.
                if (symbol.PinDirections.TryGetValue(pinRef.Pin, out var direction) && direction == "sup")
                {
                    parse.Nets.Join(pinRef.Net, parse.Nets.Get(EagleNames.CleanPinName(pinRef.Pin), pinRef.Location));
                }

                continue;
            }

            foreach (var pad in part.Device.PadsOf(pinRef.Gate, pinRef.Pin))
            {
                var node = new NetNode(part.Record.Name, pad);
                parse.Nets.AddNode(pinRef.Net, node);
                connected.Add(node);
            }
        }

        JoinImplicitPowerPins(connected);

        var components = new List<Component>();
        foreach (var part in _parts.Values)
        {
            if (part.Device.Package is not null)
            {
                components.Add(part.ToComponent(parse.CurrentVariant));
            }
        }

        return new Design(path, DesignFormat.EagleSchematic, components, parse.Nets.Build(EagleNames.ChooseNetName));
    }

    /// <summary>
    /// Eagle connects a power pin (direction pwr) that no wire reaches to the net of its name: the hidden supply
    /// pins of logic gates and the power gates a user never placed. The board file shows these connections.
    /// </summary>
    private void JoinImplicitPowerPins(HashSet<NetNode> connected)
    {
        foreach (var part in _parts.Values)
        {
            if (part.Device.Package is null)
            {
                continue;
            }

            foreach (var connect in part.Device.Connects)
            {
                var symbol = part.SymbolOf(connect.Gate);
                if (symbol is null || !symbol.PinDirections.TryGetValue(connect.Pin, out var direction) || direction != "pwr")
                {
                    continue;
                }

                var nodes = connect.Pads.Select(pad => new NetNode(part.Record.Name, pad)).ToList();
                if (nodes.Any(connected.Contains))
                {
                    continue;
                }

                var net = parse.Nets.Get(EagleNames.CleanPinName(connect.Pin), part.Record.Location);
                foreach (var node in nodes)
                {
                    parse.Nets.AddNode(net, node);
                    connected.Add(node);
                }
            }
        }
    }

    private ResolvedPart? FindPart(string name) => _parts.GetValueOrDefault(name);

    private ResolvedPart ResolvePart(EaglePartRecord record)
    {
        var library = parse.Libraries.Find(record.Library, record.LibraryUrn)
                      ?? throw Error(record.Location, $"part {record.Name} names library {record.Library}, which the file does not contain");
        var deviceSet = library.DeviceSets.GetValueOrDefault(record.DeviceSet)
                        ?? throw Error(record.Location, $"part {record.Name} names device set {record.DeviceSet}, which library {library.Name} does not contain");
        var device = deviceSet.Devices.GetValueOrDefault(record.Device)
                     ?? throw Error(record.Location, $"part {record.Name} names device \"{record.Device}\", which device set {deviceSet.Name} does not contain");
        EaglePackage? package = null;
        if (device.Package is not null)
        {
            package = library.Packages.GetValueOrDefault(device.Package)
                      ?? throw Error(record.Location, $"part {record.Name} uses package {device.Package}, which library {library.Name} does not contain");
        }

        return new ResolvedPart(record, library, deviceSet, device, package);
    }

    private DesignReadException Error(SourceLocation at, string reason) => new(path, at.Line, at.Column, reason);

    private sealed class ResolvedPart(EaglePartRecord record, EagleLibrary library, EagleDeviceSet deviceSet, EagleDevice device, EaglePackage? package)
    {
        public EaglePartRecord Record { get; } = record;
        public EagleDeviceSet DeviceSet { get; } = deviceSet;
        public EagleDevice Device { get; } = device;

        public EagleSymbol? SymbolOf(string gate) =>
            DeviceSet.Gates.TryGetValue(gate, out var symbolName) ? library.Symbols.GetValueOrDefault(symbolName) : null;

        public Component ToComponent(string? currentVariant)
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
                Record.Name,
                value,
                Device.Package ?? "",
                library.Name,
                EagleNames.DeviceName(DeviceSet.Name, technology, Device.Name),
                properties,
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
}
