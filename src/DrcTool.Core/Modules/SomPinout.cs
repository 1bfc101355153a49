using System.Globalization;

namespace DrcTool.Core.Modules;

/// <summary>
/// A module's pinout, read from <c>rules/modules/&lt;module&gt;/pinout.csv</c>: one <see cref="SomPin"/> per pin (for
/// the B-SoM per M.2 contact, 1-23 and 32-75, and per hold-down tab, 76 and 77). Where a pin differs between variants
/// (B-SoM 75: NC on B4xx, RI on B5xx) <see cref="PinsFor(string?)"/> gives the variant's view.
/// </summary>
public sealed class SomPinout
{
    private readonly Dictionary<int, SomPin> _byContact;
    private readonly IReadOnlyList<SomPin> _rows;

    private SomPinout(IReadOnlyList<SomPin> rows, string? defaultVariant)
    {
        _rows = rows;
        Pins = View(rows, defaultVariant);
        _byContact = Pins.ToDictionary(p => p.Contact);
    }

    /// <summary>The B-SoM's pinout shipped in rules/modules/b-som/.</summary>
    public static SomPinout Default => ModuleCatalog.Default.BSom.Pinout;

    /// <summary>Every pin in pin order, as the module's first variant (B-SoM: B404X, the datasheet's common table) has them.</summary>
    public IReadOnlyList<SomPin> Pins { get; }

    /// <summary>Every row of the CSV, variant rows included.</summary>
    internal IReadOnlyList<SomPin> Rows => _rows;

    public SomPin? this[int contact] => _byContact.GetValueOrDefault(contact);

    /// <summary>The B-SoM's pins as <paramref name="variant"/> has them.</summary>
    public IReadOnlyList<SomPin> PinsFor(SomVariant variant) => PinsFor(variant.ToString());

    /// <summary>The pins as <paramref name="variant"/> has them; null for the default view.</summary>
    public IReadOnlyList<SomPin> PinsFor(string? variant) => variant is null ? Pins : View(_rows, variant);

    /// <summary>Every pin named <paramref name="name"/> (its datasheet name), in pin order.</summary>
    public IReadOnlyList<SomPin> Named(string name) =>
        Pins.Where(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>The one pin named <paramref name="name"/> (its datasheet name or an alias); null when none or several.</summary>
    public SomPin? Find(string name)
    {
        var byName = Named(name);
        if (byName.Count == 1) return byName[0];
        if (byName.Count > 1) return null;
        var byAlias = Pins.Where(p => p.IsNamed(name)).ToList();
        return byAlias.Count == 1 ? byAlias[0] : null;
    }

    /// <summary>
    /// The pins a pad or symbol-pin name stands for ("MD" → MODE, "LI+", "!RST" → RST), by datasheet name first, then
    /// by alias; several for names like "GND". Empty for names the pinout does not know.
    /// </summary>
    public IReadOnlyList<int> ContactsNamed(string padName)
    {
        var index = _nameIndex ??= BuildNameIndex();
        foreach (var token in PinNames.Tokens(padName))
        {
            if (index.TryGetValue(token, out var contacts)) return contacts;
        }

        return [];
    }

    private Dictionary<string, List<int>>? _nameIndex;

    private Dictionary<string, List<int>> BuildNameIndex()
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        // Datasheet names win over aliases: index them first, aliases only where the name is not a pin's own.
        foreach (var pass in new[] { true, false })
        {
            var added = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            foreach (var pin in Pins)
            {
                foreach (var name in pass ? [pin.Name] : pin.Aliases)
                {
                    foreach (var token in PinNames.Tokens(name))
                    {
                        if (index.ContainsKey(token)) continue;
                        if (!added.TryGetValue(token, out var list)) added[token] = list = [];
                        if (!list.Contains(pin.Contact)) list.Add(pin.Contact);
                    }
                }
            }

            foreach (var (token, list) in added) index[token] = list;
        }

        return index;
    }

    private static List<SomPin> View(IReadOnlyList<SomPin> rows, string? variant) =>
        rows.Where(r => r.Variants.Count == 0 || variant is null || r.Variants.Contains(variant, StringComparer.OrdinalIgnoreCase))
            .GroupBy(r => r.Contact).Select(g => g.First()).OrderBy(p => p.Contact).ToList();

    /// <summary>
    /// Reads a pinout CSV (see rules/modules/README.md). The header names the columns; <c>pin</c> (or <c>contact</c>),
    /// <c>name</c> and <c>kind</c> are required, the rest optional.
    /// </summary>
    /// <param name="defaultVariant">The variant whose rows make the default view (the first of the module's variants).</param>
    /// <exception cref="FormatException">A row is malformed; the message names the source and line.</exception>
    public static SomPinout Parse(string csv, string sourceName, string? defaultVariant = null)
    {
        var lines = csv.Split('\n');
        if (lines.Length == 0 || lines[0].Trim().Length == 0)
        {
            throw new FormatException($"{sourceName}:1: expected a header line (pin,name,kind,...)");
        }

        var header = CsvFields.Split(lines[0].TrimEnd('\r')).Select(h => h.Trim().ToLowerInvariant()).ToList();
        int Column(string name) => header.IndexOf(name);
        var pinColumn = Column("pin") >= 0 ? Column("pin") : Column("contact");
        var nameColumn = Column("name");
        var kindColumn = Column("kind");
        if (pinColumn < 0 || nameColumn < 0 || kindColumn < 0)
        {
            throw new FormatException($"{sourceName}:1: the header must name the columns pin, name and kind");
        }

        var rows = new List<SomPin>();
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var lineNumber = i + 1;
            var fields = CsvFields.Split(line);
            string Field(int column) => column >= 0 && column < fields.Count ? fields[column].Trim() : "";
            if (fields.Count <= Math.Max(pinColumn, Math.Max(nameColumn, kindColumn)))
            {
                throw new FormatException($"{sourceName}:{lineNumber}: expected {header.Count} fields ({string.Join(",", header)}) but found {fields.Count}");
            }

            if (!int.TryParse(Field(pinColumn), NumberStyles.None, CultureInfo.InvariantCulture, out var contact))
            {
                throw new FormatException($"{sourceName}:{lineNumber}: pin '{Field(pinColumn)}' is not a number");
            }

            rows.Add(new SomPin(contact, Field(nameColumn), ParseKind(Field(kindColumn), sourceName, lineNumber), List(Field(Column("aliases")), '|'))
            {
                Functions = Functions(Field(Column("functions")), sourceName, lineNumber),
                Power = ParsePower(Field(Column("power")), sourceName, lineNumber),
                FiveVoltTolerant = ParseFiveVolt(Field(Column("five_volt")), sourceName, lineNumber),
                BSomContact = ParseContact(Field(Column("b_som")), sourceName, lineNumber),
                Variants = List(Field(Column("variants")), '|'),
                Description = Field(Column("description")),
                Sources = List(Field(Column("source")), ';'),
            });
        }

        var duplicate = rows.GroupBy(r => (r.Contact, Variants: string.Join("|", r.Variants))).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new FormatException($"{sourceName}: pin {duplicate.Key.Contact} appears twice for the same variants");
        }

        return new SomPinout(rows, defaultVariant);
    }

    private static List<string> List(string text, char separator) =>
        text.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static List<PinFunction> Functions(string text, string sourceName, int line)
    {
        var result = new List<PinFunction>();
        foreach (var item in List(text, ';'))
        {
            result.Add(PinFunction.TryParse(item, out var error) ?? throw new FormatException($"{sourceName}:{line}: {error}"));
        }

        return result;
    }

    private static SomPinKind ParseKind(string text, string sourceName, int line) =>
        Enum.TryParse<SomPinKind>(text, ignoreCase: true, out var kind) && !int.TryParse(text, out _)
            ? kind
            : throw new FormatException($"{sourceName}:{line}: unknown pin kind '{text}'");

    private static PowerDirection ParsePower(string text, string sourceName, int line) => text.ToLowerInvariant() switch
    {
        "" => PowerDirection.None,
        "in" => PowerDirection.In,
        "out" => PowerDirection.Out,
        "inout" => PowerDirection.InOut,
        _ => throw new FormatException($"{sourceName}:{line}: power must be in, out or inout, not '{text}'"),
    };

    private static bool? ParseFiveVolt(string text, string sourceName, int line) => text.ToLowerInvariant() switch
    {
        "" or "unknown" => null,
        "yes" => true,
        "no" => false,
        _ => throw new FormatException($"{sourceName}:{line}: five_volt must be yes, no or unknown, not '{text}'"),
    };

    private static int? ParseContact(string text, string sourceName, int line) =>
        text.Length == 0 ? null
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
        : throw new FormatException($"{sourceName}:{line}: b_som must be an M.2 contact number, not '{text}'");
}
