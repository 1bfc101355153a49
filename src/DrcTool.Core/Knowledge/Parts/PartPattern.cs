using System.Text.RegularExpressions;
using DrcTool.Core.Model;

namespace DrcTool.Core.Knowledge.Parts;

/// <summary>
/// A set of case-insensitive regular expressions on a part's fields; all that are given must match.
/// Used for part classes and, by the binding, for socket patterns from drctool.yaml.
/// </summary>
public sealed class PartPattern
{
    public PartPattern(string? reference, string? value, string? footprint, string? library, string? symbol, string? any)
    {
        Reference = Compile(reference);
        Value = Compile(value);
        Footprint = Compile(footprint);
        Library = Compile(library);
        Symbol = Compile(symbol);
        Any = Compile(any);
        Text = string.Join(", ", new[]
        {
            Describe("ref", reference), Describe("value", value), Describe("footprint", footprint),
            Describe("library", library), Describe("symbol", symbol), Describe("any", any),
        }.Where(s => s is not null));
        if (Text.Length == 0)
        {
            throw new ArgumentException("a part pattern needs at least one of ref, value, footprint, library, symbol, any");
        }
    }

    public Regex? Reference { get; }
    public Regex? Value { get; }
    public Regex? Footprint { get; }
    public Regex? Library { get; }
    public Regex? Symbol { get; }
    /// <summary>Searched in the value, the symbol and the footprint.</summary>
    public Regex? Any { get; }
    /// <summary>The pattern as written, for reasons: "ref '^R\d+$', value '10k'".</summary>
    public string Text { get; }

    public bool Matches(Component component) =>
        Hit(Reference, component.Reference)
        && Hit(Value, component.Value)
        && Hit(Footprint, component.Footprint)
        && Hit(Library, component.Library)
        && Hit(Symbol, component.Symbol)
        && (Any is null || Hit(Any, component.Value) || Hit(Any, component.Symbol) || Hit(Any, component.Footprint));

    public override string ToString() => Text;

    private static bool Hit(Regex? regex, string text)
    {
        if (regex is null)
        {
            return true;
        }

        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static Regex? Compile(string? pattern) =>
        string.IsNullOrEmpty(pattern)
            ? null
            : new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternTimeout.PerMatch);

    private static string? Describe(string field, string? pattern) =>
        string.IsNullOrEmpty(pattern) ? null : $"{field} '{pattern}'";
}
