using DrcTool.Core.Analysis;
using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Binding;
using DrcTool.Core.Model;

namespace DrcTool.Core.Analysis.Uses;

/// <summary>How the board uses one module pin, and the evidence for each use.</summary>
/// <param name="Uses">From the vocabulary, in its order; empty for an unconnected pin.</param>
/// <param name="Evidence">One line per piece of evidence ("U7.SDA is named SDA: i2c").</param>
public sealed record PinUses(IReadOnlyList<PinUse> Uses, IReadOnlyList<string> Evidence)
{
    public static PinUses None { get; } = new([], []);

    /// <summary>
    /// The PWM frequency the pin's <c>pwm</c> use needs, in Hz (a servo's 50 Hz, a motor driver's 20 kHz, a buzzer's own
    /// tone, a dimmed LED's default); null when the use has no PWM or nothing says what it drives.
    /// </summary>
    public int? PwmHz { get; init; }

    /// <summary>Why <see cref="PwmHz"/>: "BZ1 (PKM17EPP-4001) is pwm by its value: 4000 Hz (pwm.tone-hz)"; null without one.</summary>
    public string? PwmHzBecause { get; init; }

    public bool Has(PinUse use) => Uses.Contains(use);

    /// <summary>The evidence for one use, each line without its ": use" ending ("U7.5 is named SDA").</summary>
    public IReadOnlyList<string> EvidenceFor(PinUse use)
    {
        var suffix = ": " + PinUseNames.Name(use);
        return Evidence.Where(e => e.EndsWith(suffix, StringComparison.Ordinal)).Select(e => e[..^suffix.Length]).ToList();
    }

    /// <summary>The uses as the JSON and text output spell them ("i2c", "digital").</summary>
    public IReadOnlyList<string> Names => Uses.Select(PinUseNames.Name).ToList();
}

/// <summary>
/// Works out, from what each module pin is wired to, how the board uses it (rules/pin-uses.yaml; docs/pin-uses.md):
/// the pin's kind; the connected parts' pin names, values and classes; a divider's midpoint; the net's name.
/// </summary>
public sealed partial class PinUseInference
{
    private readonly PinUseRules _rules;
    private readonly RuleParameters _parameters;

    /// <param name="parameters">The PWM frequencies the evidence names (pwm.*-hz); the shipped ones when null.</param>
    public PinUseInference(PinUseRules rules, RuleParameters? parameters = null)
    {
        _rules = rules;
        _parameters = parameters ?? RuleParameters.Default;
    }

    public static PinUseInference Default { get; } = new(PinUseRules.Default);

    /// <summary>The uses of every bound pin, by pin number (contact).</summary>
    public IReadOnlyDictionary<int, PinUses> Infer(SomBinding binding, ElectricalPicture picture) =>
        binding.Contacts.ToDictionary(c => c.Contact, c => Infer(binding, c, picture));

    public PinUses Infer(SomBinding binding, BoundContact contact, ElectricalPicture picture)
    {
        if (contact.Net is not { } net)
        {
            return PinUses.None;
        }

        var kind = contact.Pin.Kind.ToString();
        if (!_rules.SignalKinds.Contains(kind))
        {
            return _rules.Kinds.TryGetValue(kind, out var byKind) ? new PinUses(byKind, [$"a {kind.ToLowerInvariant()} pin, wired"]) : PinUses.None;
        }

        var found = new SortedDictionary<PinUse, List<string>>();
        // The PWM frequencies the evidence asks for, in the order found: a part's value before its class, parts before the net's name.
        var needs = new List<(string Parameter, string Why)>();
        void Need(string? parameter, string why)
        {
            if (parameter is not null) needs.Add((parameter, why));
        }

        void Add(IEnumerable<PinUse> uses, string why)
        {
            foreach (var use in uses)
            {
                if (!found.TryGetValue(use, out var list)) found[use] = list = [];
                if (!list.Contains(why)) list.Add(why);
            }
        }

        foreach (var node in net.Nodes.Order())
        {
            if (node.Reference == binding.Socket.Reference || picture.PartOf(node.Reference) is not { InCircuit: true } part)
            {
                continue;
            }

            var pin = part.Component.FindPin(node.Pin);
            var described = Describe(part.Component);
            var pinName = pin is { Name.Length: > 0 } ? PinName(pin.Name) : "";
            var byValue = _rules.PartValues.FirstOrDefault(v => (v.Matches(part.Component.Value) || v.Matches(part.Component.Footprint)) && v.CoversPin(pinName));
            if (byValue is not null)
            {
                var why = $"{node.Reference} ({described}) is {string.Join("/", byValue.Uses.Select(PinUseNames.Name))} by its value";
                Add(byValue.Uses, why);
                Need(byValue.PwmHz, why);
            }

            if ((byValue is null || !byValue.ReplacesPinNames) && pin is { Name.Length: > 0 } named && named.Name != named.Number)
            {
                var name = PinName(named.Name);
                foreach (var rule in _rules.PartPins.Where(r => r.Matches(name)))
                {
                    Add(rule.Uses, $"{node.Reference}.{node.Pin} is named {named.Name}");
                    Need(rule.PwmHz, $"{node.Reference}.{node.Pin} is named {named.Name}");
                }
            }

            ByClass(part, $"{node.Reference} ({described}) is on the net", Add, Need);
            // Behind one series resistor: an LED with its current-limiting resistor, a gate with its gate resistor. Not
            // when the resistor ends on a rail (it is a pull-up: what else hangs on 3V3 says nothing about the pin) or on
            // another module pin's net (it joins two pins).
            if (part.Class == PartClass.Resistor && OtherNet(picture, part.Component, node.Pin) is { } beyond && picture.RailOf(beyond) is null
                && !OnModulePin(binding, picture, beyond))
            {
                foreach (var other in beyond.Nodes.Where(n => n.Reference != part.Component.Reference && n.Reference != binding.Socket.Reference))
                {
                    if (picture.PartOf(other.Reference) is { InCircuit: true } behind)
                    {
                        ByClass(behind, $"{other.Reference} ({Describe(behind.Component)}) is behind {part.Component.Reference}", Add, Need);
                    }
                }
            }
        }

        if (IsDividerMidpoint(net, picture, binding.Socket.Reference))
        {
            Add(_rules.DividerMidpoint, $"net {net.Name} is a resistor divider's midpoint");
        }

        foreach (var rule in _rules.NetNames.Where(r => r.Matches(net.Name)))
        {
            Add(rule.Uses, $"net {net.Name}'s name");
            Need(rule.PwmHz, $"net {net.Name}'s name");
        }

        if (found.Count == 0)
        {
            Add(_rules.Fallback, $"net {net.Name}: wired, nothing says more");
        }

        var uses = new PinUses(found.Keys.ToList(), found.SelectMany(f => f.Value.Select(why => $"{why}: {PinUseNames.Name(f.Key)}")).ToList());
        if (!found.ContainsKey(PinUse.Pwm) || needs.Count == 0)
        {
            return uses;
        }

        var (parameter, because) = needs[0];
        var hz = (int)Math.Round(_parameters[parameter]);
        return uses with { PwmHz = hz, PwmHzBecause = $"{because}: {hz} Hz ({parameter})" };
    }

    private void ByClass(Analysis.Picture.PartInfo part, string why, Action<IEnumerable<PinUse>, string> add, Action<string?, string> need)
    {
        var kebab = part.Class.ToKebab();
        if (_rules.PartClasses.TryGetValue(kebab, out var uses))
        {
            add(uses, why);
        }

        need(_rules.PartClassPwmHz.GetValueOrDefault(kebab), why);
    }

    /// <summary>True when a module pin is on the net's node.</summary>
    private static bool OnModulePin(SomBinding binding, ElectricalPicture picture, Net net)
    {
        var node = picture.NodeOf(net);
        return binding.Contacts.Any(c => c.Net is { } other && (other == net || node is not null && picture.NodeOf(other) == node));
    }

    /// <summary>Two or more resistors on the net, at least one to ground and one to a net that is not ground.</summary>
    private static bool IsDividerMidpoint(Net net, ElectricalPicture picture, string moduleReference)
    {
        if (picture.DividersOn(net).Count > 0) return true;
        var (toGround, toOther) = (0, 0);
        foreach (var node in net.Nodes.Where(n => n.Reference != moduleReference))
        {
            if (picture.PartOf(node.Reference) is not { InCircuit: true, Class: PartClass.Resistor } resistor) continue;
            if (OtherNet(picture, resistor.Component, node.Pin) is not { } other) continue;
            if (picture.IsGround(other)) toGround++;
            else toOther++;
        }

        return toGround > 0 && toOther > 0;
    }

    private static Net? OtherNet(ElectricalPicture picture, Component part, string pad)
    {
        if (part.Pins.Count != 2) return null;
        var other = part.Pins.FirstOrDefault(p => p.Number != pad);
        return other is null ? null : picture.Design.NetOf(part.Reference, other.Number);
    }

    /// <summary>"~{INT}", "/INT", "!CS", "INT#", "SDA@2" → "INT", "CS", "SDA".</summary>
    private static string PinName(string name)
    {
        var text = name.Replace("~{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal)
            .Replace("~", "", StringComparison.Ordinal).Replace("!", "", StringComparison.Ordinal).Replace("#", "", StringComparison.Ordinal).Trim();
        if (text.StartsWith('/')) text = text[1..];
        var at = text.IndexOf('@', StringComparison.Ordinal);
        return (at > 0 ? text[..at] : text).ToUpperInvariant();
    }

    private static string Describe(Component part) => part.Value.Length > 0 ? part.Value : part.Footprint;
}
