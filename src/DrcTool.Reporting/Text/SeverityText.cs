using DrcTool.Core.Checks;

namespace DrcTool.Reporting.Text;

/// <summary>Severity names as every report spells them (the JSON and SARIF words: error, warning, note).</summary>
public static class SeverityText
{
    public static string Of(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    public static bool TryParse(string? text, out Severity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "error":
                severity = Severity.Error;
                return true;
            case "warning":
                severity = Severity.Warning;
                return true;
            case "note" or "info":
                severity = Severity.Note;
                return true;
            default:
                severity = Severity.Error;
                return false;
        }
    }
}
