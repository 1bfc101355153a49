
namespace DrcTool.Core.Findings;

/// <summary>What a selector points at.</summary>
public enum SelectorKind
{
    /// <summary>`net:NAME`: a net by name or glob.</summary>
    Net,
    /// <summary>`part:REF`, `part:REF.PIN`, or bare `REF.PIN`: a part, or one pad of it.</summary>
    Part,
    /// <summary>`contact:34`: an M.2 contact; matches findings about that contact (their first), not every one that lists it.</summary>
    Contact,
    /// <summary>`pin:RST` (or `som:RST`): a SoM pin by its datasheet name; matches findings about that pin (their first).</summary>
    SomPin,
}

/// <summary>
/// Points at something in a design by name, never by coordinates or UUIDs: `net:/RESET`, `net:SIM_*`, `part:R3.2`,
/// `R3.2`, `part:U1`, `contact:34`, `pin:RST`. Names and references may be globs ('*', '?').
/// </summary>
public sealed record Selector(SelectorKind Kind, string Name, string? Pin, string Text)
{
    public static Selector Parse(string text) => SelectorGrammar.Parse(text);

    /// <summary>True when <paramref name="finding"/> involves what this selector points at.</summary>
    /// <remarks>
    /// A finding's first contact (and first SoM pin) is the one it is about; the others are context, such as the
    /// six supply contacts a rail finding lists. A contact or pin waiver therefore matches only a finding's own
    /// contact: <c>contact: 10</c> waives what is wrong with contact 10, not every finding that mentions 3V3.
    /// </remarks>
    public bool Matches(Finding finding) => Kind switch
    {
        SelectorKind.Net => finding.Nets.Any(n => Glob.IsMatch(Name, n)),
        SelectorKind.Contact => finding.Contacts.Count > 0
            && Glob.IsMatch(Name, finding.Contacts[0].ToString(System.Globalization.CultureInfo.InvariantCulture)),
        SelectorKind.SomPin => finding.SomPins.Count > 0 && Glob.IsMatch(Name, finding.SomPins[0]),
        _ => finding.Parts.Any(MatchesPart),
    };

    // A finding names parts as "R3" or "R3.2". A selector with a pad matches "R3.2", and "R3" when the finding names
    // no pad; a selector without a pad matches the part whatever pad the finding names.
    private bool MatchesPart(string part)
    {
        var dot = part.LastIndexOf('.');
        var reference = dot > 0 ? part[..dot] : part;
        var pad = dot > 0 ? part[(dot + 1)..] : null;
        if (!Glob.IsMatch(Name, reference))
        {
            // References can contain dots; try the whole text too.
            return Pin is null && Glob.IsMatch(Name, part);
        }

        return Pin is null || pad is null || Glob.IsMatch(Pin, pad);
    }

    public override string ToString() => Text;
}
