using DrcTool.Core.Model;

namespace DrcTool.Core.Binding;

/// <summary>
/// Binds a design to its module: for every pin of the module's pinout, the pad of the module's part (for the B-SoM,
/// of its socket) that carries it, the symbol's name for that pad, and the net on it.
/// </summary>
public sealed class SomBinder
{
    private readonly ModuleDefinition _module;
    private readonly SomPinout _pinout;
    private readonly SocketRules _rules;

    public SomBinder(SomPinout pinout, SocketRules rules)
        : this(ModuleCatalog.Default.BSom, pinout, rules)
    {
    }

    public SomBinder(ModuleDefinition module, SocketRules rules)
        : this(module, module.Pinout, rules)
    {
    }

    private SomBinder(ModuleDefinition module, SomPinout pinout, SocketRules rules)
    {
        _module = module;
        _pinout = pinout;
        _rules = rules;
    }

    public static SomBinder Default { get; } = new(SomPinout.Default, SocketRules.Default);

    public SomBinding Bind(Design design, Component socket, string howFound, SomVariant variant)
    {
        var padByContact = PadsByContact(design, socket);
        var contacts = new List<BoundContact>();
        var pins = _module.IsBSom ? _pinout.PinsFor(variant) : _pinout.Pins;
        foreach (var pin in pins)
        {
            if (!padByContact.TryGetValue(pin.Contact, out var pad))
            {
                if (pin.Kind == SomPinKind.HoldDown || !_module.IsBSom)
                {
                    continue; // Only footprints that have the tabs carry them; other modules' footprints may leave pads out.
                }

                pad = pin.Contact.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            var symbolName = socket.FindPin(pad)?.Name;
            contacts.Add(new BoundContact(pin, pad, string.IsNullOrEmpty(symbolName) ? null : symbolName, ConnectedNet(design, socket, pad)));
        }

        return new SomBinding(socket, howFound, variant, contacts) { Module = _module };
    }

    /// <summary>
    /// The net on a pad when it reaches anything else. A net holding only this pad (KiCad's "unconnected-(J1-Pad14)",
    /// an Eagle signal with one contactref) is no connection.
    /// </summary>
    private static Net? ConnectedNet(Design design, Component socket, string pad)
    {
        var net = design.NetOf(socket.Reference, pad);
        if (net is null)
        {
            return null;
        }

        foreach (var node in net.Nodes)
        {
            if (node.Reference != socket.Reference || node.Pin != pad)
            {
                return net;
            }
        }

        return null;
    }

    private Dictionary<int, string> PadsByContact(Design design, Component socket)
    {
        var result = new Dictionary<int, string>();
        var extraHoldDown = new List<string>();
        var byName = new List<string>();
        var holdDownContacts = _pinout.Pins.Where(p => p.Kind == SomPinKind.HoldDown).Select(p => p.Contact).ToList();
        foreach (var pad in SocketPads.PadsOf(design, socket))
        {
            var number = SocketPads.NumberOf(pad);
            if (number is { } n && (_rules.Shape.IsPosition(n) || holdDownContacts.Contains(n)))
            {
                result.TryAdd(n, pad);
            }
            else if (_rules.IsHoldDownPad(pad))
            {
                extraHoldDown.Add(pad);
            }
            else if (number is null && _rules.Shape.ByPinName)
            {
                byName.Add(pad);
            }
        }

        // Footprints that name their pads after the pins (the Boron carrier's "RST", "MD", "LI+"): the pin of that name;
        // a name several pins share ("GND") takes the first of them not already taken.
        foreach (var pad in byName)
        {
            foreach (var contact in _pinout.ContactsNamed(pad))
            {
                if (result.TryAdd(contact, pad)) break;
            }
        }

        // Footprints that name their tabs MP1/MP2 (or similar): take them, in order, as the hold-down contacts (76 and 77).
        foreach (var pad in extraHoldDown)
        {
            foreach (var contact in holdDownContacts)
            {
                if (result.TryAdd(contact, pad)) break;
            }
        }

        return result;
    }
}
