using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Analysis.Picture;
using DrcTool.Core.Binding;
using DrcTool.Core.Model;

namespace DrcTool.Core.Analysis;

/// <summary>
/// The electrical picture of a design: what each part is, which nets are one node through closed jumpers and 0 Ω
/// parts, the voltage of each rail and why, which rails can be cut, the resistors between nodes, and the pins that
/// drive each node. Built once per design (<see cref="Build"/>); every query is deterministic.
/// Only fitted parts take part in the circuit; not-fitted parts are classed and listed (<see cref="NotFitted"/>).
/// </summary>
public sealed partial class ElectricalPicture
{
    private readonly Dictionary<string, PartInfo> _parts;
    private readonly NetGrouping _grouping;
    private readonly Dictionary<NetGroup, List<PinOnNet>> _pinsByGroup;
    private readonly Dictionary<NetGroup, List<PinOnNet>> _allPinsByGroup;
    private readonly Dictionary<NetGroup, Rail> _rails;
    private readonly Dictionary<NetGroup, string> _cut;
    private readonly ResistorNetwork _resistors;

    private ElectricalPicture(Design design, SomBinding? binding, PictureSettings settings)
    {
        Design = design;
        Binding = binding;
        Catalog = settings.Catalog;
        _parts = PartTable.Build(design, binding?.Socket, settings.Catalog);
        var (joins, opened) = JoinFinder.Find(design, _parts, settings);
        Joins = joins;
        OpenedByConfig = opened;
        _grouping = new NetGrouping(design, joins);
        (_pinsByGroup, _allPinsByGroup) = IndexPins();
        _resistors = new ResistorNetwork(design, _parts, _grouping.Of);
        var evidence = new Dictionary<NetGroup, List<VoltageEvidence>>();
        EvidenceCollector.Collect(_grouping.Groups, g => _allPinsByGroup.TryGetValue(g, out var l) ? l : [], binding, settings, _grouping.Of, evidence);
        var regulators = new RegulatorAnalyzer(design, _parts, _grouping.Of, PinsOn, _resistors);
        (_rails, var channels, _cut) = RailBuilder.Build(_grouping.Groups, evidence, regulators, settings);
        Regulators = channels;
        Rails = _grouping.Groups.Where(_rails.ContainsKey).Select(g => _rails[g]).ToList();
    }

    public Design Design { get; }
    public SomBinding? Binding { get; }

    /// <summary>The part catalogue the parts were classed with (built in, with a config's entries in front).</summary>
    public Knowledge.Parts.PartCatalog Catalog { get; }

    /// <summary>Builds the picture. <paramref name="binding"/> may be null (no socket found); <paramref name="settings"/> defaults to none.</summary>
    public static ElectricalPicture Build(Design design, SomBinding? binding = null, PictureSettings? settings = null) =>
        new(design, binding, settings ?? PictureSettings.Default);

    /// <summary>The design's net of that name (the first, if a file repeats a name); null when there is none.</summary>
    public Net? FindNet(string name) => Design.FindNet(name);

    /// <summary>Every node (nets joined through closed pass-through parts), by name.</summary>
    public IReadOnlyList<NetGroup> Nodes => _grouping.Groups;

    /// <summary>Every node whose voltage is known, by name.</summary>
    public IReadOnlyList<Rail> Rails { get; }

    /// <summary>The pass-through parts counted closed, by reference.</summary>
    public IReadOnlyList<JoinedBy> Joins { get; }

    /// <summary>Pass-through parts drctool.yaml opens, with the reason, by reference.</summary>
    public IReadOnlyList<string> OpenedByConfig { get; }

    /// <summary>Every regulator, load switch and high-side transistor switch output, by reference and channel.</summary>
    public IReadOnlyList<RegulatorChannel> Regulators { get; }

    /// <summary>Every part with its class, by reference.</summary>
    public IEnumerable<PartInfo> Parts => _parts.Values.OrderBy(p => p.Component.Reference, NaturalComparer.Instance);

    /// <summary>Parts that are placed but not fitted (DNP, NC values, exclude flags): out of the circuit, listed here.</summary>
    public IEnumerable<PartInfo> NotFitted => Parts.Where(p => !p.Component.Fitted && !p.Class.IsNonElectrical());

    /// <summary>All resistors between two nodes, by reference.</summary>
    public IReadOnlyList<ResistorLink> Resistors => _resistors.Links;

    private (Dictionary<NetGroup, List<PinOnNet>> InCircuit, Dictionary<NetGroup, List<PinOnNet>> All) IndexPins()
    {
        var inCircuit = new Dictionary<NetGroup, List<PinOnNet>>();
        var all = new Dictionary<NetGroup, List<PinOnNet>>();
        foreach (var component in Design.Components.OrderBy(c => c.Reference, NaturalComparer.Instance))
        {
            var info = _parts[component.Reference];
            foreach (var pin in component.Pins.OrderBy(p => p.Number, NaturalComparer.Instance))
            {
                var net = Design.NetOf(component.Reference, pin.Number);
                var group = net is null ? null : _grouping.Of(net);
                if (group is null)
                {
                    continue;
                }

                var entry = new PinOnNet(info, pin, net!);
                Add(all, group, entry);
                if (info.InCircuit)
                {
                    Add(inCircuit, group, entry);
                }
            }
        }

        return (inCircuit, all);

        static void Add(Dictionary<NetGroup, List<PinOnNet>> map, NetGroup group, PinOnNet entry)
        {
            if (!map.TryGetValue(group, out var list))
            {
                map[group] = list = [];
            }

            list.Add(entry);
        }
    }
}
