namespace DrcTool.Core.Tests.SampleBoards;

/// <summary>One pin of a sample part: pad number, the symbol's pin name and its KiCad pin type.</summary>
internal sealed record SamplePin(string Number, string Name, string Type = "passive");

/// <summary>One part of a sample board, as a KiCad netlist export describes it.</summary>
internal sealed record SamplePart(
    string Reference,
    string Value,
    string Footprint,
    string Library,
    string Symbol,
    string Description,
    IReadOnlyList<SamplePin> Pins,
    bool DoNotPopulate = false);

/// <summary>
/// A board held as parts and named nets, so one description can be written both as a KiCad netlist and as an Eagle
/// schematic. Violating sample boards are the reference board with one change made through these methods.
/// </summary>
internal sealed class SampleBoard
{
    private readonly List<SamplePart> _parts = [];
    private readonly List<(string Name, List<(string Ref, string Pin)> Nodes)> _nets = [];

    public SampleBoard(string title) => Title = title;

    public string Title { get; set; }
    public IReadOnlyList<SamplePart> Parts => _parts;
    public IEnumerable<(string Name, IReadOnlyList<(string Ref, string Pin)> Nodes)> Nets =>
        _nets.Where(n => n.Nodes.Count > 0).Select(n => (n.Name, (IReadOnlyList<(string, string)>)n.Nodes));

    public SampleBoard Clone(string title)
    {
        var copy = new SampleBoard(title);
        copy._parts.AddRange(_parts);
        foreach (var (name, nodes) in _nets)
        {
            copy._nets.Add((name, [.. nodes]));
        }

        return copy;
    }

    public SamplePart Part(string reference) =>
        _parts.Find(p => p.Reference == reference) ?? throw new ArgumentException($"no part {reference} on {Title}");

    public bool HasPart(string reference) => _parts.Exists(p => p.Reference == reference);

    public SampleBoard AddPart(SamplePart part)
    {
        if (HasPart(part.Reference)) throw new ArgumentException($"{part.Reference} already on {Title}");
        _parts.Add(part);
        return this;
    }

    /// <summary>Removes a part and its pads from every net.</summary>
    public SampleBoard RemovePart(string reference)
    {
        _parts.Remove(Part(reference));
        foreach (var (_, nodes) in _nets)
        {
            nodes.RemoveAll(n => n.Ref == reference);
        }

        return this;
    }

    public SampleBoard SetValue(string reference, string value)
    {
        var index = _parts.IndexOf(Part(reference));
        _parts[index] = _parts[index] with { Value = value };
        return this;
    }

    /// <summary>The name of the net a pad is on, or null.</summary>
    public string? NetOf(string reference, string pin) =>
        _nets.Where(n => n.Nodes.Contains((reference, pin))).Select(n => n.Name).FirstOrDefault();

    /// <summary>Moves a pad onto <paramref name="net"/> (created when new), off whatever net it was on.</summary>
    public SampleBoard Connect(string reference, string pin, string net)
    {
        if (Part(reference).Pins.All(p => p.Number != pin))
            throw new ArgumentException($"{reference} has no pin {pin}");
        Disconnect(reference, pin);
        var existing = _nets.FindIndex(n => n.Name == net);
        if (existing < 0)
        {
            _nets.Add((net, [(reference, pin)]));
        }
        else
        {
            _nets[existing].Nodes.Add((reference, pin));
        }

        return this;
    }

    public SampleBoard Disconnect(string reference, string pin)
    {
        foreach (var (_, nodes) in _nets)
        {
            nodes.Remove((reference, pin));
        }

        return this;
    }

    /// <summary>Joins net <paramref name="from"/> into <paramref name="into"/>.</summary>
    public SampleBoard MergeNet(string from, string into)
    {
        var source = _nets.FindIndex(n => n.Name == from);
        if (source < 0) throw new ArgumentException($"no net {from} on {Title}");
        foreach (var (r, p) in _nets[source].Nodes.ToList())
        {
            Connect(r, p, into);
        }

        return this;
    }

    public SampleBoard RenameNet(string from, string to)
    {
        var index = _nets.FindIndex(n => n.Name == from);
        if (index < 0) throw new ArgumentException($"no net {from} on {Title}");
        _nets[index] = (to, _nets[index].Nodes);
        return this;
    }

    public IReadOnlyList<(string Ref, string Pin)> NodesOf(string net) =>
        _nets.Where(n => n.Name == net).SelectMany(n => n.Nodes).ToList();
}
