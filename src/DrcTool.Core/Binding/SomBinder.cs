using DrcTool.Core.Model;

namespace DrcTool.Core.Binding;

/// <summary>
/// Binds a design to the SoM: for every contact of the pinout, the socket pad that carries it, the symbol's name for
/// that pad, and the net on it.
/// </summary>
public sealed class SomBinder
{
    private readonly SomPinout _pinout;
    private readonly SocketRules _rules;

    public SomBinder(SomPinout pinout, SocketRules rules)
    {
        _pinout = pinout;
        _rules = rules;
    }

    public static SomBinder Default { get; } = new(SomPinout.Default, SocketRules.Default);

    public SomBinding Bind(Design design, Component socket, string howFound, SomVariant variant)
    {
        var padByContact = PadsByContact(design, socket);
        var contacts = new List<BoundContact>();
        foreach (var pin in _pinout.PinsFor(variant))
        {
            var isHoldDown = pin.Kind == SomPinKind.HoldDown;
            if (!padByContact.TryGetValue(pin.Contact, out var pad))
            {
                if (isHoldDown)
                {
                    continue; // Only footprints that have the tabs carry them.
                }

                pad = pin.Contact.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            var symbolName = socket.FindPin(pad)?.Name;
            contacts.Add(new BoundContact(pin, pad, string.IsNullOrEmpty(symbolName) ? null : symbolName, ConnectedNet(design, socket, pad)));
        }

        return new SomBinding(socket, howFound, variant, contacts);
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
        foreach (var pad in SocketPads.PadsOf(design, socket))
        {
            var number = SocketPads.NumberOf(pad);
            if (number is { } n && (SocketPads.IsContactPosition(n) || n is SocketPads.FirstHoldDownContact or SocketPads.SecondHoldDownContact))
            {
                result.TryAdd(n, pad);
            }
            else if (_rules.IsHoldDownPad(pad))
            {
                extraHoldDown.Add(pad);
            }
        }

        // Footprints that name their tabs MP1/MP2 (or similar): take them, in order, as 76 and 77.
        foreach (var pad in extraHoldDown)
        {
            if (!result.TryAdd(SocketPads.FirstHoldDownContact, pad))
            {
                result.TryAdd(SocketPads.SecondHoldDownContact, pad);
            }
        }

        return result;
    }
}
