using DrcTool.Core.Model;

namespace DrcTool.Core.Import.KiCad.Schematic;

/// <summary>
/// Computes the design's connectivity over every sheet instance, as KiCad's connection graph does: wire clusters
/// and the pins, labels and sheet pins on them, joined across the design by label names in their scope
/// (global labels and power pins everywhere, local and hierarchical labels within one sheet instance, sheet pins
/// to the child's hierarchical labels, bus members by name).
/// </summary>
internal sealed class ConnectivityBuilder
{
    private const int GlobalScope = -1;

    private readonly IReadOnlyList<SheetInstance> _instances;
    private readonly SchematicFile _root;
    private readonly UnionFind _nodes = new();
    private readonly Dictionary<(int Scope, string Name), int> _named = new();
    private readonly Dictionary<(int Scope, string Name), int> _busMembers = new();
    private readonly List<(int Node, NetDriver Driver)> _drivers = [];
    private readonly Dictionary<NetNode, int> _pins = new();
    private readonly Dictionary<SchematicFile, FileGeometry> _geometry = new(ReferenceEqualityComparer.Instance);
    private readonly ComponentCollector _components = new();
    private readonly List<InstanceNodes> _instanceNodes = [];
    private readonly UniqueReferences _unannotated = new();
    private readonly HashSet<(int Instance, string Name)> _globalNamesOnSheet = [];
    private readonly HashSet<(int Instance, string Name)> _labelNamesOnSheet = [];
    private readonly Dictionary<string, IReadOnlyList<string>> _aliases = new(StringComparer.Ordinal);

    public ConnectivityBuilder(IReadOnlyList<SheetInstance> instances)
    {
        _instances = instances;
        _root = instances[0].File;
        // KiCad knows every sheet's bus aliases everywhere in the design; the first definition met wins.
        foreach (var instance in instances)
        {
            foreach (var (name, members) in instance.File.BusAliases) _aliases.TryAdd(name, members);
        }
    }

    public (List<Component> Components, List<Net> Nets) Build()
    {
        foreach (var instance in _instances)
        {
            _instanceNodes.Add(new InstanceNodes(GeometryOf(instance.File), _nodes));
        }

        foreach (var instance in _instances)
        {
            AddLabels(instance);
            AddSymbols(instance);
            AddBuses(instance);
        }

        foreach (var instance in _instances)
        {
            if (instance.Reference is not null) AddSheetPins(instance);
        }

        JoinSameSheetNames();
        var noConnects = new List<int>();
        foreach (var instance in _instances)
        {
            foreach (var point in instance.File.NoConnects) noConnects.Add(_instanceNodes[instance.Index].At(point));
        }

        return (_components.Build(), NetAssembler.Assemble(_nodes, _drivers, _pins, noConnects, _root.FileLocation));
    }

    private FileGeometry GeometryOf(SchematicFile file)
    {
        if (_geometry.TryGetValue(file, out var geometry)) return geometry;
        var attach = new List<GridPoint>(file.Junctions);
        foreach (var label in file.Labels) attach.Add(label.At);
        var busAttach = new List<GridPoint>(attach);
        foreach (var entry in file.BusEntries)
        {
            busAttach.Add(entry.Start);
            busAttach.Add(entry.End);
        }

        geometry = new FileGeometry(SheetGeometry.Build(file.Wires, attach), SheetGeometry.Build(file.Buses, busAttach));
        _geometry[file] = geometry;
        return geometry;
    }

    private void AddLabels(SheetInstance instance)
    {
        var nodes = _instanceNodes[instance.Index];
        foreach (var label in instance.File.Labels)
        {
            if (BusNames.IsBus(label.Name, _aliases)) continue;
            var node = nodes.At(label.At);
            var shown = EscapeNetName(label.Name);
            var (scope, priority, name) = label.Kind switch
            {
                LabelKind.Global => (GlobalScope, DriverPriority.GlobalLabel, shown),
                LabelKind.Hierarchical => (instance.Index, DriverPriority.HierarchicalLabel, instance.NamePath + shown),
                _ => (instance.Index, DriverPriority.LocalLabel, instance.NamePath + shown),
            };
            if (scope == GlobalScope)
            {
                JoinGlobal(instance, node, label.Name);
            }
            else
            {
                _nodes.Union(node, Named(scope, label.Name));
                _labelNamesOnSheet.Add((instance.Index, label.Name));
            }

            _drivers.Add((node, new NetDriver(priority, instance.Depth, name, label.Location)));
        }
    }

    private void AddSymbols(SheetInstance instance)
    {
        var nodes = _instanceNodes[instance.Index];
        foreach (var symbol in instance.File.Symbols)
        {
            if (!instance.File.LibSymbols.TryGetValue(symbol.LibKey, out var lib))
            {
                throw new DesignReadException(symbol.Location.File, symbol.Location.Line, symbol.Location.Column,
                    $"symbol \"{symbol.LibKey}\" is not in the schematic's lib_symbols, so its pins cannot be placed");
            }

            var resolved = InstanceReferences.Resolve(_root, instance, symbol);
            if (resolved.Reference.EndsWith('?') || resolved.Reference.Length == 0)
            {
                // Not annotated ("R?"): each placed symbol is its own part, never merged with another "R?".
                resolved = resolved with { Reference = _unannotated.Claim(resolved.Reference) };
            }

            var isPart = ComponentCollector.IsPart(lib, resolved.Reference) && !symbol.ExcludedFromBoard;
            if (isPart) _components.Add(symbol, lib, resolved);
            var jumpered = lib.JumperGroups.Count > 0 ? new Dictionary<string, int>(StringComparer.Ordinal) : null;
            foreach (var pin in lib.PinsOf(resolved.Unit, symbol.BodyStyle))
            {
                var point = SymbolTransform.PinPoint(symbol, pin);
                // A pin of type "no connect" connects to nothing, whatever touches it (SCH_PIN::ConnectionPropagatesTo).
                var node = pin.Type == PinType.NoConnect ? _nodes.Add() : nodes.At(point);
                if (pin.IsGlobalPower(lib.IsPower))
                {
                    // A power symbol names its net by its value (by its hidden pin in files older than KiCad 7.0.1's
                    // format); an implicit power pin on an ordinary part by its pin name. Wired or not, an invisible
                    // power pin joins every net of its name: KiCad 9 leaves a wired one out of its power-pin
                    // subgraphs, but it still drives its wire's subgraph, which takes its name (kicad-cli on
                    // flat_hierarchy's VPP and carte_test's -12V shows it).
                    var byValue = lib.IsPower && resolved.Value.Length > 0
                                  && (_root.Version >= SchematicFile.PowerNetFromValueVersion || !pin.Hidden);
                    var name = EscapeNetName(byValue ? resolved.Value : pin.Name);
                    if (lib.IsLocalPower)
                    {
                        _nodes.Union(node, Named(instance.Index, name));
                        _labelNamesOnSheet.Add((instance.Index, name));
                        _drivers.Add((node, new NetDriver(DriverPriority.LocalPowerPin, instance.Depth, instance.NamePath + EscapeNetName(name), symbol.Location, lib.IsPower)));
                    }
                    else
                    {
                        JoinGlobal(instance, node, name);
                        _drivers.Add((node, new NetDriver(DriverPriority.PowerPin, instance.Depth, EscapeNetName(name), symbol.Location, lib.IsPower)));
                    }
                }

                jumpered?.TryAdd(pin.Number, node);
                if (!isPart) continue;
                var pad = new NetNode(resolved.Reference, pin.Number);
                if (_pins.TryGetValue(pad, out var existing))
                {
                    // One pad drawn twice (a shared unit-0 pin on several placed units) is one conductor.
                    _nodes.Union(existing, node);
                }
                else
                {
                    _pins[pad] = node;
                }

                var kiCad7Names = _root.Version > SchematicFile.KiCad6Version;
                var pinName = PinNetNames.For(resolved.Reference, lib, pin, resolved.Unit, symbol.BodyStyle, kiCad7Names);
                var unconnectedName = PinNetNames.For(resolved.Reference, lib, pin, resolved.Unit, symbol.BodyStyle, kiCad7Names, unconnected: true);
                _drivers.Add((node, new NetDriver(DriverPriority.Pin, int.MaxValue, pinName, symbol.Location, UnconnectedName: unconnectedName)));
            }

            if (jumpered is not null) JoinJumpers(lib, jumpered);
        }
    }

    /// <summary>Joins the pins of each jumper group this placed unit carries (CONNECTION_GRAPH::updateSymbolConnectivity).</summary>
    private void JoinJumpers(LibSymbol lib, Dictionary<string, int> nodeOfPin)
    {
        foreach (var group in lib.JumperGroups)
        {
            int? first = null;
            foreach (var number in group)
            {
                if (!nodeOfPin.TryGetValue(number, out var node)) continue;
                if (first is { } join) _nodes.Union(join, node);
                else first = node;
            }
        }
    }

    private void AddBuses(SheetInstance instance)
    {
        var file = instance.File;
        var busGeometry = _instanceNodes[instance.Index].Geometry.Buses;
        var labelsByCluster = new Dictionary<int, List<SchematicLabel>>();
        foreach (var label in file.Labels)
        {
            if (!BusNames.IsBus(label.Name, _aliases)) continue;
            var scope = label.Kind == LabelKind.Global ? GlobalScope : instance.Index;
            var priority = BusMemberPriority(label.Kind);
            foreach (var member in BusNames.Members(label.Name, _aliases))
            {
                var node = Member(instance, scope, member, label.Location, priority);
                // A global bus reaches the same-named nets of every sheet it is on.
                if (scope == GlobalScope) _nodes.Union(node, Member(instance, instance.Index, member, label.Location, priority));
            }

            if (busGeometry.TryGetCluster(label.At, out var cluster))
            {
                if (!labelsByCluster.TryGetValue(cluster, out var list))
                {
                    list = [];
                    labelsByCluster[cluster] = list;
                }

                list.Add(label);
            }
        }

        // Several bus labels on one bus: their members join pairwise (groups by member name).
        foreach (var labels in labelsByCluster.Values)
        {
            for (var i = 1; i < labels.Count; i++)
            {
                JoinMembers(instance, labels[0].Name, instance, labels[i].Name, labels[i].Location, BusMemberPriority(labels[i].Kind));
            }
        }
    }

    private void AddSheetPins(SheetInstance child)
    {
        var parent = _instances[child.Parent];
        var parentNodes = _instanceNodes[parent.Index];
        foreach (var pin in child.Reference!.Pins)
        {
            if (BusNames.IsBus(pin.Name, _aliases))
            {
                // The parent side is named by the bus labels on the bus the pin touches, else by the pin itself.
                var parentName = pin.Name;
                if (parentNodes.Geometry.Buses.TryGetCluster(pin.At, out var cluster))
                {
                    var labelled = false;
                    foreach (var label in parent.File.Labels)
                    {
                        if (label.Kind != LabelKind.Global && BusNames.IsBus(label.Name, _aliases)
                            && parentNodes.Geometry.Buses.TryGetCluster(label.At, out var labelCluster) && labelCluster == cluster)
                        {
                            parentName = label.Name;
                            labelled = true;
                            break;
                        }
                    }

                    // No label: the sheet pins on one bus are one bus, driven by the first pin name in order, and the
                    // others meet its members (royalblue54L: "I2C{SCL, SDA}" and "I2C_54{SCL, SDA}" on one wire).
                    if (!labelled) parentName = FirstSheetPinOn(parent, cluster) ?? parentName;
                }

                JoinMembers(parent, parentName, child, pin.Name, pin.Location, DriverPriority.BusMemberOfSheetPin);
                continue;
            }

            var node = parentNodes.At(pin.At);
            _nodes.Union(node, Named(child.Index, pin.Name));
            _drivers.Add((node, new NetDriver(DriverPriority.SheetPin, parent.Depth, parent.NamePath + EscapeNetName(pin.Name), pin.Location)));
        }
    }

    /// <summary>The smallest bus sheet pin name (ordinal) on a bus cluster of a sheet, as KiCad picks among equal drivers.</summary>
    private string? FirstSheetPinOn(SheetInstance parent, int cluster)
    {
        string? first = null;
        var buses = _instanceNodes[parent.Index].Geometry.Buses;
        foreach (var sheet in parent.File.Sheets)
        {
            foreach (var pin in sheet.Pins)
            {
                if (BusNames.IsBus(pin.Name, _aliases) && buses.TryGetCluster(pin.At, out var at) && at == cluster
                    && (first is null || string.CompareOrdinal(pin.Name, first) < 0))
                {
                    first = pin.Name;
                }
            }
        }

        return first;
    }

    /// <summary>Joins the members of two bus names: groups by local member name, vectors by position.</summary>
    private void JoinMembers(SheetInstance a, string nameA, SheetInstance b, string nameB, SourceLocation location, DriverPriority priority)
    {
        var membersA = BusNames.MembersWithLocalNames(nameA, _aliases);
        var membersB = BusNames.MembersWithLocalNames(nameB, _aliases);
        if (BusNames.IsGroup(nameA, _aliases) && BusNames.IsGroup(nameB, _aliases))
        {
            var inB = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var member in membersB) inB.TryAdd(member.LocalName, member.Name);
            foreach (var member in membersA)
            {
                if (inB.TryGetValue(member.LocalName, out var other))
                {
                    _nodes.Union(Member(a, a.Index, member.Name, location, priority), Member(b, b.Index, other, location, priority));
                }
            }

            return;
        }

        for (var i = 0; i < Math.Min(membersA.Count, membersB.Count); i++)
        {
            _nodes.Union(Member(a, a.Index, membersA[i].Name, location, priority), Member(b, b.Index, membersB[i].Name, location, priority));
        }
    }

    /// <summary>
    /// The net a bus member stands for in a scope. The first bus to name it there (labels are met before sheet pins)
    /// gives it a driver ranked by that bus's label kind.
    /// </summary>
    private int Member(SheetInstance instance, int scope, string member, SourceLocation location, DriverPriority priority)
    {
        if (_busMembers.TryGetValue((scope, member), out var node)) return node;
        node = Named(scope, member);
        _busMembers[(scope, member)] = node;
        var name = scope == GlobalScope ? EscapeNetName(member) : instance.NamePath + EscapeNetName(member);
        _drivers.Add((node, new NetDriver(priority, instance.Depth, name, location)));
        return node;
    }

    private static DriverPriority BusMemberPriority(LabelKind kind) => kind switch
    {
        LabelKind.Global => DriverPriority.BusMemberOfGlobalLabel,
        LabelKind.Hierarchical => DriverPriority.BusMemberOfHierarchicalLabel,
        _ => DriverPriority.BusMemberOfLocalLabel,
    };

    /// <summary>KiCad writes a '/' inside a name as "{slash}" so it cannot be taken for a sheet path separator.</summary>
    internal static string EscapeNetName(string name) => KiCadText.NetName(name);

    /// <summary>Joins a node to a global net (global label or power pin) and notes that the name is used on the sheet.</summary>
    private void JoinGlobal(SheetInstance instance, int node, string name)
    {
        _nodes.Union(node, Named(GlobalScope, name));
        _globalNamesOnSheet.Add((instance.Index, name));
    }

    /// <summary>
    /// On one sheet KiCad matches drivers by name whatever their kind: a local or hierarchical label "VCC" joins a
    /// global label or power symbol "VCC" on the same sheet (CONNECTION_GRAPH::processSubGraphs), though not
    /// one on another sheet.
    /// </summary>
    private void JoinSameSheetNames()
    {
        foreach (var (instance, name) in _globalNamesOnSheet)
        {
            if (_labelNamesOnSheet.Contains((instance, name))) _nodes.Union(Named(instance, name), Named(GlobalScope, name));
        }
    }

    private int Named(int scope, string name)
    {
        if (!_named.TryGetValue((scope, name), out var node))
        {
            node = _nodes.Add();
            _named[(scope, name)] = node;
        }

        return node;
    }

    private sealed record FileGeometry(SheetGeometry Wires, SheetGeometry Buses);

    /// <summary>The connectivity nodes of one sheet instance: one per wire cluster, and one per other point used.</summary>
    private sealed class InstanceNodes
    {
        private readonly UnionFind _nodes;
        private readonly int _firstCluster;
        private readonly Dictionary<GridPoint, int> _loosePoints = new();

        public InstanceNodes(FileGeometry geometry, UnionFind nodes)
        {
            Geometry = geometry;
            _nodes = nodes;
            _firstCluster = nodes.Count;
            for (var i = 0; i < geometry.Wires.ClusterCount; i++) nodes.Add();
        }

        public FileGeometry Geometry { get; }

        /// <summary>The node at a point: the wire cluster ending there, else the point itself (pins and labels that touch).</summary>
        public int At(GridPoint point)
        {
            if (Geometry.Wires.TryGetCluster(point, out var cluster)) return _firstCluster + cluster;
            if (!_loosePoints.TryGetValue(point, out var node))
            {
                node = _nodes.Add();
                _loosePoints[point] = node;
            }

            return node;
        }
    }
}
