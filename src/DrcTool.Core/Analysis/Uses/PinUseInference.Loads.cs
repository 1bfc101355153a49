using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Binding;
using DrcTool.Core.Model;

namespace DrcTool.Core.Analysis.Uses;

// The pads a module pin reaches and the roles they play (rules/pin-uses.yaml `roles`, `roleNames`): what the
// pin-function rules (DRC038-DRC043) read to say which part makes a pin an I2C line, an interrupt source or a gate drive.
public sealed partial class PinUseInference
{
    /// <summary>
    /// Every pad the pin reaches, the module's own left out: on its net and the nets series terminations of at most
    /// <paramref name="maxSeriesOhms"/> join to it, and through one resistor that goes on to a plain signal net (not a
    /// rail, not another module pin: an LED's or a gate's resistor). None when the pin is unconnected.
    /// </summary>
    public IReadOnlyList<PinLoad> Loads(SomBinding binding, BoundContact contact, ElectricalPicture picture, double maxSeriesOhms)
    {
        if (contact.Net is not { } net) return [];
        var module = binding.Socket.Reference;
        var reach = SeriesReach(picture, net, maxSeriesOhms, module);
        var loads = new List<PinLoad>();
        foreach (var onNet in reach)
        {
            foreach (var (part, pad) in PadsOn(picture, onNet, module))
            {
                var partClass = picture.ClassOf(part);
                loads.Add(new PinLoad(part, pad, FunctionOf(part, pad, partClass), partClass, null));
                if (partClass != PartClass.Resistor || OnlyOtherNet(picture, part, pad) is not { } other || reach.Contains(other)) continue;
                if (picture.RailOf(other) is not null || OnModulePin(binding, picture, other)) continue; // a pull, or another module pin
                foreach (var (load, loadPad) in Joined(picture, other).SelectMany(n => PadsOn(picture, n, module)))
                {
                    if (load == part) continue;
                    var loadClass = picture.ClassOf(load);
                    loads.Add(new PinLoad(load, loadPad, FunctionOf(load, loadPad, loadClass), loadClass, part));
                }
            }
        }

        return loads;
    }

    /// <summary>
    /// The nets a signal reaches through series parts that keep it the same signal: joined nets (jumpers, 0 Ω,
    /// ferrites) and resistors of at most <paramref name="maxSeriesOhms"/> (series terminations). A rail is an end.
    /// </summary>
    public static IReadOnlyList<Net> SeriesReach(ElectricalPicture picture, Net start, double maxSeriesOhms, string moduleReference)
    {
        var seen = new List<Net>();
        var queue = new Queue<Net>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            foreach (var net in Joined(picture, queue.Dequeue()))
            {
                if (seen.Contains(net)) continue;
                seen.Add(net);
                if (picture.RailOf(net) is not null && net != start) continue; // a rail is an end, not a signal
                foreach (var (part, pad) in PadsOn(picture, net, moduleReference))
                {
                    if (picture.ClassOf(part) == PartClass.Resistor && picture.PartOf(part).Ohms is { } ohms && ohms <= maxSeriesOhms
                        && OnlyOtherNet(picture, part, pad) is { } other && !seen.Contains(other))
                    {
                        queue.Enqueue(other);
                    }
                }
            }
        }

        return seen;
    }

    /// <summary>The fitted, in-circuit parts' pads on a net, the module's own left out.</summary>
    public static IReadOnlyList<(Component Part, string Pad)> PadsOn(ElectricalPicture picture, Net net, string moduleReference)
    {
        var pads = new List<(Component, string)>();
        foreach (var node in net.Nodes)
        {
            if (node.Reference == moduleReference) continue;
            if (picture.Design.FindComponent(node.Reference) is { Fitted: true } part && picture.PartOf(node.Reference) is { InCircuit: true })
            {
                pads.Add((part, node.Pin));
            }
        }

        return pads;
    }

    /// <summary>For a two-pad part, the one net on its other pad; null otherwise.</summary>
    public static Net? OnlyOtherNet(ElectricalPicture picture, Component part, string pad)
    {
        var connected = part.Pins.Where(p => p.Number != pad).Select(p => picture.Design.NetOf(part.Reference, p.Number)).OfType<Net>().Distinct().ToList();
        return part.Pins.Count == 2 && connected.Count == 1 ? connected[0] : null;
    }

    private static IReadOnlyList<Net> Joined(ElectricalPicture picture, Net net) => picture.NodeOf(net) is { } node ? node.Nets : [net];

    /// <summary>The pad's function name; for an unnamed three-pad transistor, pad 1 is the gate or base (SOT-23).</summary>
    private static string FunctionOf(Component part, string pad, PartClass partClass)
    {
        var name = PinNameForms.Normalize(part.FindPin(pad)?.Name ?? "");
        if (partClass == PartClass.Transistor && (name.Length == 0 || name == pad) && part.Pins.Count == 3 && pad == "1") return "G";
        return name;
    }

    private static bool IsIc(PinLoad load) =>
        load.Class is PartClass.IntegratedCircuit or PartClass.Unknown or PartClass.Ethernet or PartClass.LevelShifter
            or PartClass.Pmic or PartClass.FuelGauge or PartClass.Regulator or PartClass.LoadSwitch;

    /// <param name="pulledUp">The line has a pull-up: SDI/SCLK are then an I2C sensor's SDA/SCL.</param>
    public bool IsI2c(PinLoad load, bool pulledUp) =>
        IsIc(load) && load.Via is null && (_rules.HasRole("i2c", load.Function) || pulledUp && _rules.HasRole("spiOrI2c", load.Function));

    public bool IsSpi(PinLoad load, bool pulledUp) =>
        IsIc(load) && load.Via is null && _rules.HasRole("spi", load.Function) && !(pulledUp && _rules.HasRole("spiOrI2c", load.Function));

    public bool IsFlowControl(PinLoad load) => IsIc(load) && load.Via is null && _rules.HasRole("flowControl", load.Function);

    public bool IsInterruptSource(PinLoad load) => IsIc(load) && _rules.HasRole("interruptOutput", load.Function);

    public bool IsGate(PinLoad load) => load.Class == PartClass.Transistor && _rules.HasRole("gate", load.Function);

    /// <summary>A transistor's gate or base, or an IC's enable or reset input: a pin that switches something on.</summary>
    public bool IsControlInput(PinLoad load) =>
        load.Class == PartClass.Transistor ? _rules.HasRole("gate", load.Function)
        : IsIc(load) && load.Class is not (PartClass.Pmic or PartClass.FuelGauge) && (_rules.HasRole("enableInput", load.Function) || _rules.HasRole("resetInput", load.Function));

    public bool IsAnalogSource(PinLoad load) =>
        load.Via is null && load.Class is PartClass.IntegratedCircuit or PartClass.Unknown && _rules.HasRole("analogOutput", load.Function)
        || load.Class == PartClass.Resistor && _rules.NameSays("analogPart", $"{load.Part.Value} {load.Part.Symbol}");

    /// <summary>A net name that says the pin is read as a voltage ("VBAT_SENSE", "ADC_IN", "AIN3", "POT").</summary>
    public bool IsAnalogNetName(string netName) => _rules.NameSays("analogNet", netName.TrimStart('/'));

    /// <summary>A net name that says the pin runs PWM ("LED_PWM", "BACKLIGHT_DIM", "BUZZER").</summary>
    public bool IsPwmNetName(string netName) => _rules.NameSays("pwmNet", netName.TrimStart('/'));

    /// <summary>A net name that says the PWM makes a sound, which needs its own frequency.</summary>
    public bool IsToneNetName(string netName) => _rules.NameSays("toneNet", netName.TrimStart('/'));

    /// <summary>
    /// The buzzers among the loads: on the pin's net, through a resistor, or switched by a transistor whose gate the pin
    /// drives (a buzzer on the transistor's drain or collector; <paramref name="isGround"/> and rails are not that).
    /// </summary>
    public IReadOnlyList<Component> Buzzers(ElectricalPicture picture, string moduleReference, IReadOnlyList<PinLoad> loads, Func<Net, bool> isGround)
    {
        var buzzers = loads.Where(l => l.Class == PartClass.Buzzer).Select(l => l.Part).ToList();
        foreach (var gate in loads.Where(IsGate))
        {
            foreach (var pin in gate.Part.Pins.Where(p => p.Number != gate.Pad))
            {
                if (picture.Design.NetOf(gate.Part.Reference, pin.Number) is not { } switched || isGround(switched)) continue;
                if (picture.RailOf(switched) is not null) continue;
                buzzers.AddRange(Joined(picture, switched).SelectMany(n => PadsOn(picture, n, moduleReference))
                    .Where(p => picture.ClassOf(p.Part) == PartClass.Buzzer).Select(p => p.Part));
            }
        }

        return buzzers.Distinct().OrderBy(b => b.Reference, NaturalComparer.Instance).ToList();
    }
}
