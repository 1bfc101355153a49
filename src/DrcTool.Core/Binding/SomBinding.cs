using DrcTool.Core.Model;

namespace DrcTool.Core.Binding;

/// <summary>The design's module (for the B-SoM, its M.2 socket) and the net on each of its pins.</summary>
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

    /// <summary>The part bound: the B-SoM's socket, or the Boron, Electron, E-Series or Tracker SoM itself.</summary>
    public Component Socket { get; }

    /// <summary>Which module the part is.</summary>
    public ModuleDefinition Module { get; init; } = ModuleCatalog.Default.BSom;
    /// <summary>Why this part was taken for the socket, e.g. "footprint matches 'M.2'" or "--som J1".</summary>
    public string HowFound { get; }
    public SomVariant Variant { get; }
    /// <summary>Every pin of the pinout the part has a pad for (the B-SoM: every contact, and the hold-down pads the footprint has), in pin order.</summary>
    public IReadOnlyList<BoundContact> Contacts { get; }

    public BoundContact? this[int contact] => _byContact.GetValueOrDefault(contact);

    /// <summary>All contacts whose datasheet name is <paramref name="name"/> (e.g. "GND", "3V3").</summary>
    public IEnumerable<BoundContact> Named(string name) =>
        Contacts.Where(c => string.Equals(c.Pin.Name, name, StringComparison.OrdinalIgnoreCase));
}
