using DrcTool.Core.Model;

namespace DrcTool.Core.Binding;

/// <summary>The design's M.2 socket and the net on each SoM contact.</summary>
public sealed class SomBinding
{
    private readonly Dictionary<int, BoundContact> _byContact;

    public SomBinding(Component socket, string howFound, SomVariant variant, IReadOnlyList<BoundContact> contacts)
    {
        Socket = socket;
        HowFound = howFound;
        Variant = variant;
        Contacts = contacts;
        _byContact = contacts.ToDictionary(c => c.Contact);
    }

    public Component Socket { get; }
    /// <summary>Why this part was taken for the socket, e.g. "footprint matches 'M.2'" or "--som J1".</summary>
    public string HowFound { get; }
    public SomVariant Variant { get; }
    /// <summary>Every contact of the pinout (including hold-down pads the footprint has), in contact order.</summary>
    public IReadOnlyList<BoundContact> Contacts { get; }

    public BoundContact? this[int contact] => _byContact.GetValueOrDefault(contact);

    /// <summary>All contacts whose datasheet name is <paramref name="name"/> (e.g. "GND", "3V3").</summary>
    public IEnumerable<BoundContact> Named(string name) =>
        Contacts.Where(c => string.Equals(c.Pin.Name, name, StringComparison.OrdinalIgnoreCase));
}
