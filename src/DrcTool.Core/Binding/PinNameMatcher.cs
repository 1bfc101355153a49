namespace DrcTool.Core.Binding;

/// <summary>What a symbol's pin name says about the SoM contact on its pad.</summary>
public enum PinNameVerdict
{
    /// <summary>No name, a number, or a generic name such as "P$40": the symbol makes no claim.</summary>
    NoClaim,
    /// <summary>The name is the contact's datasheet name or one of its aliases.</summary>
    Agrees,
    /// <summary>The name is a name of other contacts only (e.g. "D2" on pad 40, which is D3).</summary>
    Contradicts,
    /// <summary>A name the pinout does not know; not a contradiction that can be shown.</summary>
    Unknown,
}

/// <summary>The verdict on one pad's symbol pin name, with the contacts the name belongs to when it contradicts.</summary>
public sealed record PinNameJudgement(PinNameVerdict Verdict, IReadOnlyList<SomPin> NamedPins);

/// <summary>
/// Compares a symbol's pin names with the datasheet's, tolerant of the ways libraries legitimately spell them:
/// duplicate suffixes ("GND@3", "3V3-10"), alternate functions ("SDA/D0"), aliases from the pinout CSV ("VBUS" for
/// VUSB, "RESET" for RST, "LED-R" for RGBR), active-low marks ("~{RESET}", "!RST"), case and separators.
/// Only a name that belongs to other contacts and not to this one is a contradiction.
/// </summary>
public sealed class PinNameMatcher
{
    private readonly Dictionary<string, List<SomPin>> _pinsByName = new(StringComparer.Ordinal);

    /// <param name="pinout">The module's pinout.</param>
    /// <param name="variants">The module's variants (rules/modules/*/module.yaml): a name is known when any variant has it.</param>
    public PinNameMatcher(SomPinout pinout, IReadOnlyList<string> variants)
    {
        foreach (var variant in variants)
        {
            foreach (var pin in pinout.PinsFor(variant))
            {
                Index(pin.Name, pin);
                foreach (var alias in pin.Aliases)
                {
                    Index(alias, pin);
                }
            }
        }
    }

    public static PinNameMatcher Default { get; } = new(ModuleCatalog.Default.BSom.Pinout, ModuleCatalog.Default.BSom.Variants);

    public PinNameJudgement Judge(SomPin pin, string? symbolPinName)
    {
        var tokens = PinNames.Tokens(symbolPinName);
        if (tokens.Count == 0)
        {
            return new PinNameJudgement(PinNameVerdict.NoClaim, []);
        }

        var named = new List<SomPin>();
        foreach (var token in tokens)
        {
            if (!_pinsByName.TryGetValue(token, out var pins))
            {
                continue;
            }

            if (pins.Any(p => p.Contact == pin.Contact))
            {
                return new PinNameJudgement(PinNameVerdict.Agrees, []);
            }

            // Ground is ground: "AGND" on a GND contact, or "GND" on a hold-down tab, names the same net.
            if (IsGround(pin) && pins.All(IsGround))
            {
                return new PinNameJudgement(PinNameVerdict.Agrees, []);
            }

            named.AddRange(pins);
        }

        return named.Count == 0
            ? new PinNameJudgement(PinNameVerdict.Unknown, [])
            : new PinNameJudgement(PinNameVerdict.Contradicts,
                named.GroupBy(p => p.Contact).Select(g => g.First()).OrderBy(p => p.Contact).ToList());
    }

    private void Index(string name, SomPin pin)
    {
        foreach (var token in PinNames.Tokens(name))
        {
            if (!_pinsByName.TryGetValue(token, out var list))
            {
                _pinsByName[token] = list = [];
            }

            if (!list.Any(p => p.Contact == pin.Contact))
            {
                list.Add(pin);
            }
        }
    }

    private static bool IsGround(SomPin pin) => pin.Kind is SomPinKind.Ground or SomPinKind.HoldDown;
}
