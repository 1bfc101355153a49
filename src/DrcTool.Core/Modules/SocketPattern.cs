using System.Text.RegularExpressions;
using DrcTool.Core.Model;

namespace DrcTool.Core.Modules;

/// <summary>Which part field a <see cref="SocketPattern"/> looks at.</summary>
public enum SocketPatternField
{
    Footprint,
    Value,
    Symbol,
    Library,
    /// <summary>Any property's value (MPN, manufacturer part number...).</summary>
    Property,
}

/// <summary>One regular expression that recognises the M.2 socket part by one of its fields.</summary>
public sealed class SocketPattern
{
    private readonly Regex _regex;

    /// <param name="field">The field to match.</param>
    /// <param name="pattern">A .NET regular expression, matched case-insensitively anywhere in the field.</param>
    /// <param name="origin">Where the pattern comes from, for messages: "rules/modules/b-som/module.yaml" or a config file.</param>
    /// <exception cref="ArgumentException">The pattern is not a valid regular expression.</exception>
    public SocketPattern(SocketPatternField field, string pattern, string origin)
    {
        Field = field;
        Pattern = pattern;
        Origin = origin;
        // Patterns come from files users edit: bound their run time so a bad one cannot hang a batch.
        _regex = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternTimeout.PerMatch);
    }

    public SocketPatternField Field { get; }
    public string Pattern { get; }
    public string Origin { get; }

    /// <summary>The field text this pattern matched on <paramref name="component"/>, or null.</summary>
    public string? MatchedText(Component component)
    {
        switch (Field)
        {
            case SocketPatternField.Footprint: return IsMatch(component.Footprint) ? component.Footprint : null;
            case SocketPatternField.Value: return IsMatch(component.Value) ? component.Value : null;
            case SocketPatternField.Symbol: return IsMatch(component.Symbol) ? component.Symbol : null;
            case SocketPatternField.Library: return IsMatch(component.Library) ? component.Library : null;
            default:
                foreach (var (_, value) in component.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (IsMatch(value))
                    {
                        return value;
                    }
                }

                return null;
        }
    }

    private bool IsMatch(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        try
        {
            return _regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    public override string ToString() => $"{Field.ToString().ToLowerInvariant()} ~ /{Pattern}/";
}
