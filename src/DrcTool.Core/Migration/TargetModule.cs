using DrcTool.Core.Config;

namespace DrcTool.Core.Migration;

/// <summary>
/// The B-SoM as the migration solver targets it: its contacts with their functions, its fixed-pin buses, PWM groups,
/// the interrupt limit, the PMIC's bus and interrupt pin and the W5500's pins. Built from rules/ data only
/// (<see cref="TargetModuleReader"/>); the solver holds no pin fact of its own.
/// </summary>
public sealed class TargetModule
{
    private readonly Dictionary<string, TargetContact> _byName;
    private readonly Dictionary<string, TargetBus> _busByName;

    public TargetModule(
        IReadOnlyList<TargetContact> contacts,
        IReadOnlyList<TargetBus> buses,
        IReadOnlyList<PwmGroup> pwmGroups,
        int maxInterrupts,
        int defaultPwmHz)
    {
        Contacts = contacts;
        Buses = buses;
        PwmGroups = pwmGroups;
        MaxInterrupts = maxInterrupts;
        DefaultPwmHz = defaultPwmHz;
        _byName = new Dictionary<string, TargetContact>(StringComparer.OrdinalIgnoreCase);
        foreach (var contact in contacts)
        {
            _byName.TryAdd(contact.Name, contact);
        }

        _busByName = buses.ToDictionary(b => b.Name, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<TargetContact> Contacts { get; }

    public IReadOnlyList<TargetBus> Buses { get; }

    public IReadOnlyList<PwmGroup> PwmGroups { get; }

    public int MaxInterrupts { get; }

    public int DefaultPwmHz { get; }

    /// <summary>The bus the PMIC and fuel gauge sit on when fitted, and the devices there.</summary>
    public string? PmicBus { get; init; }

    public IReadOnlyList<FixedI2cDevice> PmicDevices { get; init; } = [];

    /// <summary>The pin the PMIC INT and fuel-gauge ALRT drive when fitted (A6).</summary>
    public string? PmicInterruptPin { get; init; }

    /// <summary>The W5500's bus and its fixed pins by role (CS, INT, RESET).</summary>
    public string? EthernetBus { get; init; }

    public IReadOnlyDictionary<string, string> EthernetPins { get; init; } = new Dictionary<string, string>();

    /// <summary>The contact with this M.2 number.</summary>
    public TargetContact? ByContact(int contact) => Contacts.FirstOrDefault(c => c.Contact == contact);

    /// <summary>The first contact with this pin name (names are unique among signal contacts).</summary>
    public TargetContact? Find(string pinName) => _byName.GetValueOrDefault(pinName);

    public TargetContact Require(string pinName) =>
        Find(pinName) ?? throw new InvalidOperationException($"the B-SoM pinout has no pin named '{pinName}'");

    public TargetBus? Bus(string name) => _busByName.GetValueOrDefault(name);

    /// <summary>Contacts that can carry a moved signal, in contact order.</summary>
    public IEnumerable<TargetContact> SignalContacts => Contacts.Where(c => c.TakesSignals);

    /// <summary>Contacts of one kind (e.g. every GND), in contact order.</summary>
    public IEnumerable<TargetContact> OfKind(string kind) =>
        Contacts.Where(c => string.Equals(c.Kind, kind, StringComparison.OrdinalIgnoreCase));
}
