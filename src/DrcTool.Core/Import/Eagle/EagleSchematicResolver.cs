using DrcTool.Core.Model;

namespace DrcTool.Core.Import.Eagle;

/// <summary>
/// Turns a parsed schematic into a <see cref="Design"/>: parts through their devices, pinrefs into pads, and each
/// module instance flattened into the design.
/// </summary>
/// <remarks>
/// Module instances follow Eagle's scheme (as KiCad's Eagle importer reproduces it for the board): a part inside
/// instance PSU1 is "PSU1:R1", nested instances chain ("TOP1:PSU1:R1"); a net inside an instance is local to it
/// ("PSU1:VIN") unless a port of that name joins it, through a portref, to a net of the level above; supply
/// symbols and implicit power pins name global nets. The instances are expanded from a work list, never by
/// recursion, and the expansion is bounded so that modules placing modules cannot multiply without limit.
/// </remarks>
internal sealed class EagleSchematicResolver(string path, EagleSchematicParse parse)
{
    /// <summary>Deeper module nesting than this is a cycle or a hostile file.</summary>
    public const int MaxModuleDepth = 32;

    /// <summary>More flattened parts than this (a board of 100k parts is well under it) is a hostile file.</summary>
    public const int MaxFlattened = 2_000_000;

    /// <summary>More module instances than this, once nested instances are expanded, is a hostile file.</summary>
    public const int MaxModuleInstances = 100_000;

    private readonly EagleNetTable _nets = new();
    // Eagle compares part names without case.
    private readonly Dictionary<string, EagleResolvedPart> _parts = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(EagleResolvedPart Part, string? Variant)> _order = [];
    private readonly HashSet<NetNode> _connected = [];

    public Design Resolve()
    {
        var work = new Stack<(EagleScope Scope, string Prefix, string? Variant, int Depth)>();
        work.Push((parse.Root, "", parse.Root.CurrentVariant, 0));
        var expanded = 0;
        while (work.Count > 0)
        {
            var (scope, prefix, variant, depth) = work.Pop();
            ExpandScope(scope, prefix, variant);
            if (++expanded > MaxModuleInstances + 1)
            {
                throw Error(scope.Location, $"module instances expand to more than {MaxModuleInstances} instances");
            }

            // Pushed in reverse so that instances expand in file order.
            for (var i = scope.ModuleInstances.Count - 1; i >= 0; i--)
            {
                var instance = scope.ModuleInstances[i];
                var module = parse.Modules.GetValueOrDefault(instance.Module)
                             ?? throw Error(instance.Location, $"module instance {instance.Name} places module {instance.Module}, which the file does not define");
                if (depth + 1 > MaxModuleDepth)
                {
                    throw Error(instance.Location, $"modules nest deeper than {MaxModuleDepth} levels at {prefix}{instance.Name} (a module that places itself?)");
                }

                work.Push((module, prefix + instance.Name + ":", instance.ModuleVariant ?? module.CurrentVariant, depth + 1));
            }
        }

        JoinImplicitPowerPins();

        var components = new List<Component>(_order.Count);
        var propertySets = new PropertySetPool();
        foreach (var (part, variant) in _order)
        {
            if (part.Device.Package is not null)
            {
                components.Add(part.ToComponent(variant, propertySets));
            }
        }

        return new Design(path, DesignFormat.EagleSchematic, components, _nets.Build(EagleNames.ChooseNetName));
    }

    /// <summary>Adds one level (the top, or one module instance) under its reference prefix.</summary>
    private void ExpandScope(EagleScope scope, string prefix, string? variant)
    {
        var local = new Dictionary<string, EagleResolvedPart>(scope.Parts.Count, StringComparer.OrdinalIgnoreCase);
        // Sized once: growing to 100k parts step by step leaves more large-object garbage than the table holds.
        _parts.EnsureCapacity(_parts.Count + scope.Parts.Count);
        foreach (var record in scope.Parts)
        {
            var resolved = ResolvePart(prefix + record.Name, record);
            if (!local.TryAdd(record.Name, resolved) || !_parts.TryAdd(resolved.Reference, resolved))
            {
                throw Error(record.Location, $"part {resolved.Reference} is listed twice");
            }

            if (_parts.Count > MaxFlattened)
            {
                throw Error(record.Location, $"module instances expand to more than {MaxFlattened} parts");
            }

            _order.Add((resolved, variant));
        }

        foreach (var (name, location) in scope.Nets)
        {
            _nets.Get(prefix + name, location);
        }

        foreach (var pinRef in scope.PinRefs)
        {
            var net = _nets.Get(prefix + pinRef.Net, pinRef.Location);
            var part = local.GetValueOrDefault(pinRef.Part)
                       ?? throw Error(pinRef.Location, $"a pinref names part {pinRef.Part}, which is not in <parts>");
            var symbol = part.SymbolOf(pinRef.Gate)
                         ?? throw Error(pinRef.Location, part.DeviceSet.Gates.ContainsKey(pinRef.Gate)
                             ? $"the symbol of gate {pinRef.Gate} of part {part.Record.Name} is missing from its library"
                             : $"part {part.Record.Name} ({part.DeviceSet.Name}) has no gate {pinRef.Gate}");
            if (part.Device.Package is null)
            {
                // A supply symbol: Eagle names the net after its supply pin, and every net of that name is one net.
                if (symbol.PinDirections.TryGetValue(pinRef.Pin, out var direction) && direction == "sup")
                {
                    _nets.Join(net, _nets.Get(EagleNames.CleanPinName(pinRef.Pin), pinRef.Location));
                }

                continue;
            }

            // Only a part with implicit power pins is asked later which of its pads are wired.
            var hasPowerPins = HasImplicitPowerPins(part);
            var pads = part.Device.PadsOf(pinRef.Gate, pinRef.Pin);
            for (var i = 0; i < pads.Count; i++)
            {
                var node = new NetNode(part.Reference, pads[i]);
                _nets.AddNode(net, node);
                if (hasPowerPins) _connected.Add(node);
            }
        }

        foreach (var portRef in scope.PortRefs)
        {
            // The module's net of the port's name, inside that instance.
            var inner = _nets.Get(prefix + portRef.ModuleInstance + ":" + portRef.Port, portRef.Location);
            _nets.Join(_nets.Get(prefix + portRef.Net, portRef.Location), inner);
        }
    }

    /// <summary>
    /// Eagle connects a power pin (direction pwr) that no wire reaches to the net of its name: the hidden supply
    /// pins of logic gates and the power gates a user never placed. The board file shows these connections.
    /// </summary>
    private void JoinImplicitPowerPins()
    {
        foreach (var (part, _) in _order)
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

                var nodes = connect.Pads.Select(pad => new NetNode(part.Reference, pad)).ToList();
                if (nodes.Any(_connected.Contains))
                {
                    continue;
                }

                var net = _nets.Get(EagleNames.CleanPinName(connect.Pin), part.Record.Location);
                foreach (var node in nodes)
                {
                    _nets.AddNode(net, node);
                    _connected.Add(node);
                }
            }
        }
    }

    /// <summary>True when a connect of the part's device reaches a pin of direction pwr (cached per device).</summary>
    private static bool HasImplicitPowerPins(EagleResolvedPart part)
    {
        if (part.Device.HasPowerPins is { } known) return known;
        var found = false;
        foreach (var connect in part.Device.Connects)
        {
            if (part.SymbolOf(connect.Gate) is { } symbol
                && symbol.PinDirections.TryGetValue(connect.Pin, out var direction) && direction == "pwr")
            {
                found = true;
                break;
            }
        }

        part.Device.HasPowerPins = found;
        return found;
    }

    private EagleResolvedPart ResolvePart(string reference, EaglePartRecord record)
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

        return new EagleResolvedPart(reference, record, library, deviceSet, device, package);
    }

    private DesignReadException Error(SourceLocation at, string reason) => new(path, at.Line, at.Column, reason);
}
