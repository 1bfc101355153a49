using DrcTool.Core.Analysis.Picture;
using DrcTool.Core.Model;

namespace DrcTool.Core.Analysis;

// The questions the rules and reports ask of the picture. Every method that takes a net also takes its name;
// unknown names give empty answers.
public sealed partial class ElectricalPicture
{
    /// <summary>The node a net belongs to; null for a net not in the design.</summary>
    public NetGroup? NodeOf(Net? net) => net is null ? null : _grouping.Of(net);

    public NetGroup? NodeOf(string netName) => NodeOf(FindNet(netName));

    /// <summary>The class of a part, with why.</summary>
    public PartInfo? PartOf(string reference) => _parts.GetValueOrDefault(reference);

    public PartInfo PartOf(Component component) => _parts[component.Reference];

    public PartClass ClassOf(Component component) => PartOf(component).Class;

    public PartClass ClassOf(string reference) => PartOf(reference)?.Class ?? PartClass.Unknown;

    /// <summary>In-circuit parts of a class, by reference.</summary>
    public IEnumerable<PartInfo> PartsOfClass(PartClass partClass) => Parts.Where(p => p.InCircuit && p.Class == partClass);

    /// <summary>The rail of the net's node; null when its voltage is unknown.</summary>
    public Rail? RailOf(Net? net) => NodeOf(net) is { } group ? _rails.GetValueOrDefault(group) : null;

    public Rail? RailOf(string netName) => RailOf(FindNet(netName));

    public Rail? RailOf(NetGroup node) => _rails.GetValueOrDefault(node);

    /// <summary>True when the net's node is ground (by its strongest evidence).</summary>
    public bool IsGround(Net? net) => RailOf(net)?.IsGround == true;

    public bool IsGround(string netName) => IsGround(FindNet(netName));

    /// <summary>True when the node can be switched off (even if its voltage is unknown), with why.</summary>
    public bool CanBeCut(Net? net, out string? why)
    {
        why = null;
        return NodeOf(net) is { } group && _cut.TryGetValue(group, out why) && RailOf(group)?.IsGround != true;
    }

    /// <summary>The voltage of a net with the chain of reasons: joins first, then every claim, strongest first.</summary>
    public VoltageResolution ResolveVoltage(Net? net)
    {
        if (net is null || NodeOf(net) is not { } group)
        {
            return new VoltageResolution(net?.Name ?? "", null, null, ["net not in the design"]);
        }

        var chain = new List<string>();
        foreach (var join in group.Joiners)
        {
            chain.Add(join.Why);
        }

        var rail = RailOf(group);
        if (rail is null)
        {
            chain.Add($"nothing states the voltage of {group.Name}");
        }
        else
        {
            chain.AddRange(rail.Evidence.Select((e, i) => i == 0 ? e.Why : $"also: {e.Why}"));
            if (rail.CanBeCut)
            {
                chain.Add($"can be cut: {rail.CutReason}");
            }
        }

        return new VoltageResolution(net.Name, group, rail, chain);
    }

    public VoltageResolution ResolveVoltage(string netName) =>
        FindNet(netName) is { } net ? ResolveVoltage(net) : new VoltageResolution(netName, null, null, ["net not in the design"]);

    /// <summary>Pins of in-circuit parts on the net's node (all joined nets), by reference then pad.</summary>
    public IReadOnlyList<PinOnNet> PinsOn(Net? net) => NodeOf(net) is { } group ? PinsOn(group) : [];

    public IReadOnlyList<PinOnNet> PinsOn(string netName) => PinsOn(FindNet(netName));

    public IReadOnlyList<PinOnNet> PinsOn(NetGroup node) => _pinsByGroup.TryGetValue(node, out var list) ? list : [];

    /// <summary>In-circuit parts on the net's node, by reference (the SoM socket included; filter with ClassOf).</summary>
    public IReadOnlyList<PartInfo> ComponentsOn(Net? net) =>
        PinsOn(net).Select(p => p.Part).Distinct().OrderBy(p => p.Component.Reference, NaturalComparer.Instance).ToList();

    public IReadOnlyList<PartInfo> ComponentsOn(string netName) => ComponentsOn(FindNet(netName));

    /// <summary>Parts on the node that are placed but not fitted: out of the circuit, worth naming in messages.</summary>
    public IReadOnlyList<PartInfo> NotFittedOn(Net? net) =>
        NodeOf(net) is { } group && _allPinsByGroup.TryGetValue(group, out var list)
            ? list.Where(p => !p.Part.InCircuit && !p.Part.Class.IsNonElectrical()).Select(p => p.Part).Distinct()
                .OrderBy(p => p.Component.Reference, NaturalComparer.Instance).ToList()
            : [];

    /// <summary>Every resistor on the net's node: pull-ups, pull-downs and series resistors, by reference then pad.</summary>
    public IReadOnlyList<Pull> PullsOn(Net? net)
    {
        if (NodeOf(net) is not { } group)
        {
            return [];
        }

        var pulls = new List<Pull>();
        foreach (var link in _resistors.On(group))
        {
            var (nearNet, _) = link.Near(group);
            var (otherGroup, otherNet, _) = link.Other(group);
            var rail = RailOf(otherGroup);
            var direction = rail is null ? PullDirection.Series
                : rail.IsGround ? PullDirection.Down
                : rail.Volts > 0 ? PullDirection.Up
                : PullDirection.Negative;
            pulls.Add(new Pull(link, nearNet, otherNet, otherGroup, rail, direction));
        }

        return pulls;
    }

    public IReadOnlyList<Pull> PullsOn(string netName) => PullsOn(FindNet(netName));

    public IReadOnlyList<Divider> DividersOn(string netName) => DividersOn(FindNet(netName));

    public IReadOnlyList<PartInfo> NotFittedOn(string netName) => NotFittedOn(FindNet(netName));

    public bool CanBeCut(string netName, out string? why) => CanBeCut(FindNet(netName), out why);

    /// <summary>Dividers on the node: each pair of a resistor to a higher rail and one to a lower rail (or ground).</summary>
    public IReadOnlyList<Divider> DividersOn(Net? net)
    {
        var pulls = PullsOn(net).Where(p => p.OtherRail is not null && p.Ohms is > 0).ToList();
        var dividers = new List<Divider>();
        foreach (var upper in pulls)
        {
            foreach (var lower in pulls.Where(l => l.OtherRail!.Volts < upper.OtherRail!.Volts))
            {
                var ratio = lower.Ohms!.Value / (upper.Ohms!.Value + lower.Ohms.Value);
                var vLow = lower.OtherRail!.Volts;
                var vHigh = upper.OtherRail!.MaxVolts;
                dividers.Add(new Divider(upper, lower, ratio, vLow + (vHigh - vLow) * ratio));
            }
        }

        return dividers;
    }

    /// <summary>Pins that can drive the node, by reference then pad (SoM socket, connectors and passives excluded).</summary>
    public IReadOnlyList<Driver> DriversOn(Net? net)
    {
        if (NodeOf(net) is not { } group)
        {
            return [];
        }

        return DriverFinder.On(group, PinsOn(group), PinsOfPart, RailOf);
    }

    public IReadOnlyList<Driver> DriversOn(string netName) => DriversOn(FindNet(netName));

    /// <summary>The shortest path from one net to another through at most <paramref name="maxResistors"/> resistors; null when none.</summary>
    public ResistorPath? FindPath(Net from, Net to, int maxResistors = 1) =>
        NodeOf(to) is { } target ? FindPath(from, g => ReferenceEquals(g, target), maxResistors) : null;

    /// <summary>The shortest path from a net to the first node that <paramref name="target"/> accepts; breadth-first, in reference order.</summary>
    public ResistorPath? FindPath(Net from, Func<NetGroup, bool> target, int maxResistors = 1)
    {
        if (NodeOf(from) is not { } start)
        {
            return null;
        }

        var previous = new Dictionary<NetGroup, (NetGroup Node, ResistorLink Link)?> { [start] = null };
        var frontier = new List<NetGroup> { start };
        for (var depth = 0; depth <= maxResistors && frontier.Count > 0; depth++)
        {
            foreach (var node in frontier)
            {
                if (target(node))
                {
                    return Trace(node, previous);
                }
            }

            var next = new List<NetGroup>();
            foreach (var node in frontier)
            {
                foreach (var link in _resistors.On(node))
                {
                    var (other, _, _) = link.Other(node);
                    if (previous.TryAdd(other, (node, link)))
                    {
                        next.Add(other);
                    }
                }
            }

            frontier = next;
        }

        return null;
    }

    /// <summary>Every rail reachable from the net through 1..<paramref name="maxResistors"/> resistors, nearest first.
    /// The walk stops at rails (it does not go on through a rail to other nodes).</summary>
    public IReadOnlyList<ResistorPath> PathsToRails(Net from, int maxResistors = 2)
    {
        if (NodeOf(from) is not { } start)
        {
            return [];
        }

        var result = new List<ResistorPath>();
        var previous = new Dictionary<NetGroup, (NetGroup Node, ResistorLink Link)?> { [start] = null };
        var frontier = new List<NetGroup> { start };
        for (var depth = 1; depth <= maxResistors && frontier.Count > 0; depth++)
        {
            var next = new List<NetGroup>();
            foreach (var node in frontier)
            {
                foreach (var link in _resistors.On(node))
                {
                    var (other, _, _) = link.Other(node);
                    if (!previous.TryAdd(other, (node, link)))
                    {
                        continue;
                    }

                    if (RailOf(other) is not null)
                    {
                        result.Add(Trace(other, previous));
                    }
                    else
                    {
                        next.Add(other);
                    }
                }
            }

            frontier = next;
        }

        return result;
    }

    private static ResistorPath Trace(NetGroup end, Dictionary<NetGroup, (NetGroup Node, ResistorLink Link)?> previous)
    {
        var nodes = new List<NetGroup> { end };
        var links = new List<ResistorLink>();
        var current = end;
        while (previous[current] is { } step)
        {
            links.Add(step.Link);
            nodes.Add(step.Node);
            current = step.Node;
        }

        nodes.Reverse();
        links.Reverse();
        return new ResistorPath(nodes, links);
    }

    private IReadOnlyList<(ComponentPin Pin, NetGroup Group)> PinsOfPart(Component component) =>
        component.Pins
            .Select(p => (Pin: p, Net: Design.NetOf(component.Reference, p.Number)))
            .Where(p => p.Net is not null && _grouping.Of(p.Net) is not null)
            .Select(p => (p.Pin, _grouping.Of(p.Net!)!))
            .ToList();
}
