using System.Globalization;
using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Model;

namespace DrcTool.Core.Analysis.Picture;

/// <summary>
/// Reads each regulator and load switch from its pin names: inputs, enables, outputs (VOUT/OUT; SW/LX through its
/// inductor; the top of the FB divider), and the output voltage (part data, or Vref × (1 + Rtop/Rbottom), or for a
/// load switch its input). Pins are recognised by name because board files and many libraries leave types unspecified.
/// </summary>
internal sealed class RegulatorAnalyzer
{
    private readonly Design _design;
    private readonly Func<Net, NetGroup?> _groupOf;
    private readonly Func<NetGroup, IReadOnlyList<PinOnNet>> _pinsOn;
    private readonly ResistorNetwork _resistors;
    private readonly IReadOnlyDictionary<string, PartInfo> _parts;

    public RegulatorAnalyzer(Design design, IReadOnlyDictionary<string, PartInfo> parts, Func<Net, NetGroup?> groupOf,
        Func<NetGroup, IReadOnlyList<PinOnNet>> pinsOn, ResistorNetwork resistors)
    {
        _design = design;
        _parts = parts;
        _groupOf = groupOf;
        _pinsOn = pinsOn;
        _resistors = resistors;
    }

    /// <summary>The channels of every in-circuit regulator and load switch, by reference then channel.</summary>
    /// <param name="isGround">Whether a node is ground (from the evidence so far).</param>
    /// <param name="voltsOf">A node's voltage so far, for load switches that pass their input through.</param>
    /// <param name="isRail">Whether a node has a stated voltage (power symbol, name, config, SoM contact).</param>
    public List<RegulatorChannel> Analyze(Func<NetGroup, bool> isGround, Func<NetGroup, double?> voltsOf, Func<NetGroup, bool> isRail)
    {
        var channels = new List<RegulatorChannel>();
        foreach (var info in _parts.Values
                     .Where(p => p.InCircuit && p.Class is PartClass.Regulator or PartClass.LoadSwitch)
                     .OrderBy(p => p.Component.Reference, NaturalComparer.Instance))
        {
            var pins = info.Component.Pins
                .Select(p => (Pin: p, Net: _design.NetOf(info.Component.Reference, p.Number)))
                .Where(p => p.Net is not null)
                .Select(p => (p.Pin, Group: _groupOf(p.Net!)!))
                .ToList();
            var channelNumbers = pins.Select(p => PinNames.Channel(p.Pin.Name)).Where(c => c > 0).Distinct().Order().ToList();
            if (channelNumbers.Count == 0 || !pins.Any(p => PinNames.Channel(p.Pin.Name) > 0 && (PinNames.IsRegulatorOutput(p.Pin.Name) || PinNames.IsSwitchNode(p.Pin.Name) || PinNames.IsFeedback(p.Pin.Name))))
            {
                channelNumbers = [0];
            }

            foreach (var channel in channelNumbers)
            {
                bool Mine(ComponentPin pin) => channel == 0 || PinNames.Channel(pin.Name) is 0 || PinNames.Channel(pin.Name) == channel;
                var mine = pins.Where(p => Mine(p.Pin)).ToList();
                var inputs = Distinct(mine.Where(p => PinNames.IsRegulatorInput(p.Pin.Name) || (p.Pin.Type == PinType.PowerIn && !PinNames.IsGround(p.Pin.Name) && !PinNames.IsEnable(p.Pin.Name))).Select(p => p.Group));
                var enables = Distinct(mine.Where(p => PinNames.IsEnable(p.Pin.Name)).Select(p => p.Group));
                var outputs = new List<NetGroup>();
                var why = new List<string>();
                outputs.AddRange(mine.Where(p => PinNames.IsRegulatorOutput(p.Pin.Name) || p.Pin.Type == PinType.PowerOut).Select(p => p.Group));
                foreach (var sw in mine.Where(p => PinNames.IsSwitchNode(p.Pin.Name)))
                {
                    outputs.AddRange(ThroughInductor(sw.Group, inputs));
                }

                double? dividerVolts = null;
                foreach (var fb in mine.Where(p => PinNames.IsFeedback(p.Pin.Name)))
                {
                    var divider = FeedbackDivider(fb.Group, isGround);
                    if (divider is null)
                    {
                        continue;
                    }

                    outputs.Add(divider.Value.Top);
                    if (info.Regulator?.ReferenceVolts is { } vref)
                    {
                        dividerVolts = vref * (1 + divider.Value.RTop / divider.Value.RBottom);
                        why.Add($"{info.Label} feedback {fb.Pin.Name}: {Format(vref)} V × (1 + {Ohms(divider.Value.RTop)}/{Ohms(divider.Value.RBottom)}) = {Format(dividerVolts.Value)} V");
                    }
                }

                var outs = Distinct(outputs).Where(g => !inputs.Contains(g) && !isGround(g)).ToList();
                if (outs.Count == 0)
                {
                    continue;
                }

                double? volts = null;
                if (info.Class == PartClass.LoadSwitch)
                {
                    var input = inputs.Select(g => (Group: g, Volts: voltsOf(g))).FirstOrDefault(x => x.Volts is not null);
                    if (input.Volts is { } passed)
                    {
                        volts = passed;
                        why.Add($"{info.Label} is a load switch: passes its input {input.Group.Name} ({Format(passed)} V)");
                    }
                }
                else if (info.Regulator?.OutputVolts is { } fixedVolts)
                {
                    volts = fixedVolts;
                    why.Insert(0, $"{info.Label} output: {info.Regulator.Why}");
                }
                else if (dividerVolts is not null)
                {
                    volts = dividerVolts;
                }

                var (driven, enableWhy) = DescribeEnable(info, enables, inputs, isRail, isGround, "enable");
                channels.Add(new RegulatorChannel(info, channel, inputs, enables, outs, volts,
                    why.Count > 0 ? string.Join("; ", why) : $"{info.Label}: output voltage unknown", driven, enableWhy));
            }
        }

        channels.AddRange(TransistorSwitches(isGround, voltsOf, isRail));
        return channels;
    }

    /// <summary>
    /// High-side transistor switches: source (or emitter) on a supply, drain (or collector) on another node, and the gate
    /// (or base) driven by a signal, a switch or another transistor. The drain's node can then be cut, and carries the
    /// source's voltage (Boron carrier: Q1 BSS215P switches BATT-IN onto LI+, its gate on the ON/OFF switch).
    /// </summary>
    private IEnumerable<RegulatorChannel> TransistorSwitches(Func<NetGroup, bool> isGround, Func<NetGroup, double?> voltsOf, Func<NetGroup, bool> isRail)
    {
        foreach (var info in _parts.Values
                     .Where(p => p.InCircuit && p.Class == PartClass.Transistor)
                     .OrderBy(p => p.Component.Reference, NaturalComparer.Instance))
        {
            NetGroup? source = null, drain = null, gate = null;
            foreach (var pin in info.Component.Pins)
            {
                var net = _design.NetOf(info.Component.Reference, pin.Number);
                var group = net is null ? null : _groupOf(net);
                switch (PinNames.Normalize(pin.Name))
                {
                    case "S" or "SOURCE" or "E" or "EMITTER": source ??= group; break;
                    case "D" or "DRAIN" or "C" or "COLLECTOR": drain ??= group; break;
                    case "G" or "GATE" or "B" or "BASE": gate ??= group; break;
                }
            }

            // Source or drain must be a rail (a switch between two signals is not a supply switch); an external input
            // of unknown voltage ("DC-IN") switched onto a named rail counts.
            if (source is null || drain is null || gate is null || ReferenceEquals(source, drain)
                || isGround(source) || isGround(drain) || !(isRail(source) || isRail(drain))
                || (isRail(drain) && !IsOnlyFedBy(drain, info)))
            {
                continue;
            }

            var (driven, why) = DescribeEnable(info, [gate], [source], isRail, isGround, "gate");
            if (!driven)
            {
                continue;
            }

            var volts = voltsOf(source);
            yield return new RegulatorChannel(info, 0, [source], [gate], [drain], volts,
                volts is null ? $"{info.Label} switches {source.Name} onto it" : $"{info.Label} switches {source.Name} ({Format(volts.Value)} V) onto it",
                true, why);
        }
    }

    // A drain node that already states its own voltage (a named rail) is still switched when this transistor is what
    // feeds it; a drain on a rail with another source (a regulator output) is not this switch's output.
    private bool IsOnlyFedBy(NetGroup drain, PartInfo transistor) =>
        !_pinsOn(drain).Any(p => !ReferenceEquals(p.Part, transistor) && p.Part.Class is PartClass.Regulator or PartClass.LoadSwitch or PartClass.Pmic);

    private (bool Driven, string Why) DescribeEnable(PartInfo regulator, IReadOnlyList<NetGroup> enables, IReadOnlyList<NetGroup> inputs,
        Func<NetGroup, bool> isRail, Func<NetGroup, bool> isGround, string word)
    {
        if (enables.Count == 0)
        {
            return (false, $"{regulator.Component.Reference} has no connected enable pin: always on");
        }

        var reasons = new List<string>();
        foreach (var enable in enables)
        {
            if (inputs.Contains(enable))
            {
                reasons.Add($"{word} tied to its input {enable.Name}");
                continue;
            }

            if (isRail(enable))
            {
                reasons.Add(isGround(enable) ? $"{word} tied to ground {enable.Name}" : $"{word} tied to rail {enable.Name}");
                continue;
            }

            var drivers = _pinsOn(enable)
                .Where(p => !ReferenceEquals(p.Part, regulator) && !p.Part.Class.IsPassive() && !IsControlInput(p))
                .Select(p => p.ToString())
                .ToList();
            if (drivers.Count > 0)
            {
                return (true, $"{word} {enable.Name} is driven by {string.Join(", ", drivers)}");
            }

            var pulls = _resistors.On(enable).Select(l => (Link: l, Other: l.Other(enable).Group)).ToList();
            var pullUp = pulls.FirstOrDefault(p => inputs.Contains(p.Other) || (isRail(p.Other) && !isGround(p.Other)));
            reasons.Add(pullUp.Link is not null
                ? $"{word} {enable.Name} pulled up to {pullUp.Other.Name} by {pullUp.Link.Label}"
                : $"{word} {enable.Name} has nothing driving it");
        }

        return (false, $"{regulator.Component.Reference}: {string.Join("; ", reasons)}");
    }

    // Another part's gate, base or enable on the same node is controlled, not a driver ("ON/OFF" drives Q1 and Q3).
    private static bool IsControlInput(PinOnNet pin) =>
        (pin.Part.Class == PartClass.Transistor && PinNames.Normalize(pin.Pin.Name) is "G" or "GATE" or "B" or "BASE")
        || (pin.Part.Class is PartClass.Regulator or PartClass.LoadSwitch && PinNames.IsEnable(pin.Pin.Name));

    // A switching regulator's SW/LX node reaches its output through an inductor.
    private IEnumerable<NetGroup> ThroughInductor(NetGroup switchNode, IReadOnlyList<NetGroup> inputs)
    {
        foreach (var pin in _pinsOn(switchNode).Where(p => p.Part.Class == PartClass.Inductor))
        {
            foreach (var other in pin.Component.Pins.Where(p => p.Number != pin.Pin.Number))
            {
                var net = _design.NetOf(pin.Component.Reference, other.Number);
                if (net is not null && _groupOf(net) is { } group && !ReferenceEquals(group, switchNode) && !inputs.Contains(group))
                {
                    yield return group;
                }
            }
        }
    }

    // FB node: one resistor to ground (bottom) and one to another node (top = the output).
    private (NetGroup Top, double RTop, double RBottom)? FeedbackDivider(NetGroup feedback, Func<NetGroup, bool> isGround)
    {
        var links = _resistors.On(feedback);
        var bottom = links.FirstOrDefault(l => isGround(l.Other(feedback).Group) && l.Ohms is > 0);
        var top = links.FirstOrDefault(l => !isGround(l.Other(feedback).Group) && l.Ohms is > 0);
        return bottom is null || top is null ? null : (top.Other(feedback).Group, top.Ohms!.Value, bottom.Ohms!.Value);
    }

    private static List<NetGroup> Distinct(IEnumerable<NetGroup> groups) =>
        groups.Distinct().OrderBy(g => g.Id).ToList();

    private static string Format(double volts) => volts.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Ohms(double ohms) => ohms >= 1e6 ? Format(ohms / 1e6) + "M" : ohms >= 1e3 ? Format(ohms / 1e3) + "k" : Format(ohms);
}
