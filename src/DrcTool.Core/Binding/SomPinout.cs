namespace DrcTool.Core.Binding;

/// <summary>
/// The B-SoM's M.2 pinout: one <see cref="SomPin"/> per contact (1-23, 32-75) and per hold-down tab (76, 77),
/// read from <c>rules/som-pinout.csv</c>. Where a contact differs between variants (75: NC on B4xx, RI on B5xx)
/// <see cref="PinsFor"/> gives the variant's view.
/// </summary>
public sealed class SomPinout
{
    private static readonly Lazy<SomPinout> DefaultLazy = new(() => Parse(RuleData.ReadText("som-pinout.csv"), "rules/som-pinout.csv"));

    private readonly Dictionary<int, SomPin> _byContact;
    private readonly Dictionary<int, SomPin> _b5xxOverrides;

    private SomPinout(IReadOnlyList<SomPin> pins, Dictionary<int, SomPin> b5xxOverrides)
    {
        Pins = pins;
        _byContact = pins.ToDictionary(p => p.Contact);
        _b5xxOverrides = b5xxOverrides;
    }

    /// <summary>The pinout shipped in rules/.</summary>
    public static SomPinout Default => DefaultLazy.Value;

    /// <summary>Every contact in contact order, as the B4xx (and the datasheet's common table) names them.</summary>
    public IReadOnlyList<SomPin> Pins { get; }

    public SomPin? this[int contact] => _byContact.GetValueOrDefault(contact);

    /// <summary>The pins as <paramref name="variant"/> has them.</summary>
    public IReadOnlyList<SomPin> PinsFor(SomVariant variant) =>
        variant.IsB5xx() ? Pins.Select(p => _b5xxOverrides.GetValueOrDefault(p.Contact, p)).ToList() : Pins;

    /// <summary>Reads the pinout CSV: contact,name,kind,aliases,b5xx_name,b5xx_kind,function (aliases split by '|').</summary>
    /// <exception cref="FormatException">A row is malformed; the message names the source and line.</exception>
    public static SomPinout Parse(string csv, string sourceName)
    {
        var pins = new List<SomPin>();
        var b5xx = new Dictionary<int, SomPin>();
        var lines = csv.Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = CsvFields.Split(line);
            if (fields.Count < 4)
            {
                throw new FormatException($"{sourceName}:{i + 1}: expected contact,name,kind,aliases,... but found {fields.Count} fields");
            }

            if (!int.TryParse(fields[0], out var contact))
            {
                throw new FormatException($"{sourceName}:{i + 1}: contact '{fields[0]}' is not a number");
            }

            var aliases = fields[3].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var pin = new SomPin(contact, fields[1], ParseKind(fields[2], sourceName, i + 1), aliases);
            pins.Add(pin);
            if (fields.Count > 5 && fields[4].Length > 0)
            {
                var kind = fields[5].Length > 0 ? ParseKind(fields[5], sourceName, i + 1) : pin.Kind;
                b5xx[contact] = new SomPin(contact, fields[4], kind, [pin.Name, .. aliases]);
            }
        }

        return new SomPinout(pins, b5xx);
    }

    private static SomPinKind ParseKind(string text, string sourceName, int line) =>
        Enum.TryParse<SomPinKind>(text, ignoreCase: true, out var kind)
            ? kind
            : throw new FormatException($"{sourceName}:{line}: unknown pin kind '{text}'");
}
