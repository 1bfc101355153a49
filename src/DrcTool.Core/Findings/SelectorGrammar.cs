using Sprache;

namespace DrcTool.Core.Findings;

/// <summary>
/// The selector grammar:
/// <code>
/// selector := "net:" name | "part:" part | "contact:" glob | ("pin:" | "som:") glob | part
/// part     := reference [ "." pad ]      (the last '.' separates the pad)
/// </code>
/// Net names are taken whole after "net:" (they may hold '/', '.', ':' and spaces).
/// </summary>
public static class SelectorGrammar
{
    private static readonly Parser<string> Rest = Sprache.Parse.AnyChar.AtLeastOnce().Text().End();

    private static Parser<string> Prefix(string word) =>
        Sprache.Parse.IgnoreCase(word).Then(_ => Sprache.Parse.Char(':')).Then(_ => Sprache.Parse.Chars(' ', '\t').Many()).Return(word);

    private static readonly Parser<Selector> NetSelector =
        from prefix in Prefix("net")
        from name in Rest
        select new Selector(SelectorKind.Net, name.Trim(), null, "");

    private static readonly Parser<Selector> ContactSelector =
        from prefix in Prefix("contact")
        from number in Sprache.Parse.Char(c => char.IsAsciiDigit(c) || c is '*' or '?', "contact number").AtLeastOnce().Text().End()
        select new Selector(SelectorKind.Contact, number, null, "");

    private static readonly Parser<Selector> SomPinSelector =
        from prefix in Prefix("pin").Or(Prefix("som"))
        from name in Rest
        select new Selector(SelectorKind.SomPin, name.Trim(), null, "");

    private static readonly Parser<Selector> BarePart =
        from text in Sprache.Parse.Char(c => !char.IsWhiteSpace(c) && c != ':', "reference").AtLeastOnce().Text().End()
        select SplitPart(text);

    private static readonly Parser<Selector> PartSelector =
        from prefix in Prefix("part")
        from part in BarePart
        select part;

    private static readonly Parser<Selector> Any =
        NetSelector.Or(ContactSelector).Or(SomPinSelector).Or(PartSelector).Or(BarePart);

    /// <summary>Reads a selector; throws <see cref="FormatException"/> saying what is wrong.</summary>
    public static Selector Parse(string text)
    {
        var trimmed = text.Trim();
        var result = Any.TryParse(trimmed);
        if (!result.WasSuccessful)
        {
            throw new FormatException(
                $"'{text}' is not a selector: write net:NAME, part:REF, part:REF.PAD (or REF.PAD), contact:N or pin:NAME; globs * and ? are allowed");
        }

        return result.Value with { Text = trimmed };
    }

    public static bool TryParse(string text, out Selector? selector)
    {
        try
        {
            selector = Parse(text);
            return true;
        }
        catch (FormatException)
        {
            selector = null;
            return false;
        }
    }

    private static Selector SplitPart(string text)
    {
        var dot = text.LastIndexOf('.');
        return dot > 0 && dot < text.Length - 1
            ? new Selector(SelectorKind.Part, text[..dot], text[(dot + 1)..], "")
            : new Selector(SelectorKind.Part, text, null, "");
    }
}
