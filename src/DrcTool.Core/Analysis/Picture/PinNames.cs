using System.Text;
using System.Text.RegularExpressions;

namespace DrcTool.Core.Analysis.Picture;

/// <summary>
/// Recognises what a pin is for from its symbol name, for the many files whose pin types are unspecified:
/// supply inputs (VCC, VDD, VIN), regulator outputs (VOUT, OUT), enables (EN, CE, ~SHDN), feedback (FB), switch nodes (SW, LX).
/// </summary>
public static class PinNames
{
    private static readonly Regex Input = new(@"^(P?VIN|IN|VI|PVIN|VBUS|VINA|VIN\d|IN\d)$", RegexOptions.CultureInvariant);
    private static readonly Regex Output = new(@"^(VOUT|OUT|VO|OUTPUT|VOUT\d|OUT\d|VO\d)$", RegexOptions.CultureInvariant);
    private static readonly Regex Enable = new(@"^(EN|CE|ENABLE|SHDN|SD|ON|ONOFF|EN\d|CE\d|ENUVLO|ENA|ENB)$", RegexOptions.CultureInvariant);
    private static readonly Regex Feedback = new(@"^(FB|ADJ|FB\d|VFB|VFB\d|ADJ\d)$", RegexOptions.CultureInvariant);
    private static readonly Regex Switch = new(@"^(SW|LX|SW\d|LX\d)$", RegexOptions.CultureInvariant);
    private static readonly Regex Supply = new(@"^(VCC|VDD|VDDIO|VIO|VCCIO|VDDA|VDDD|AVDD|DVDD|VCCA|VCCB|VL|VIN|VBAT|VCC\d|VDD\d|V\+|VS|VDDH|VDDL|VCC3V3|3V3|5V|VCCQ)$", RegexOptions.CultureInvariant);
    private static readonly Regex Ground = new(@"^(GND|AGND|DGND|PGND|VSS|EP|PAD|EPAD|THERMAL|GND\d|VSS\d|SGND|GNDA|GNDD)$", RegexOptions.CultureInvariant);

    /// <summary>"~{SHDN}" → "SHDN", "!CE" → "CE", "SYS@15" → "SYS", "EN/UVLO" → "ENUVLO", "v_out" → "VOUT".</summary>
    public static string Normalize(string name)
    {
        var at = name.IndexOf('@');
        var text = at > 0 ? name[..at] : name;
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || c == '+')
            {
                result.Append(char.ToUpperInvariant(c));
            }
        }

        return result.ToString();
    }

    public static bool IsRegulatorInput(string name) => Input.IsMatch(Normalize(name));
    public static bool IsRegulatorOutput(string name) => Output.IsMatch(Normalize(name));
    public static bool IsEnable(string name) => Enable.IsMatch(Normalize(name));
    public static bool IsFeedback(string name) => Feedback.IsMatch(Normalize(name));
    public static bool IsSwitchNode(string name) => Switch.IsMatch(Normalize(name));
    public static bool IsSupply(string name) => Supply.IsMatch(Normalize(name));
    public static bool IsGround(string name) => Ground.IsMatch(Normalize(name));

    /// <summary>The channel digit a pin name ends in ("EN2" → 2, "SW1" → 1); 0 when it names no channel.</summary>
    public static int Channel(string name)
    {
        var normalized = Normalize(name);
        return normalized.Length > 1 && char.IsAsciiDigit(normalized[^1]) && !char.IsAsciiDigit(normalized[^2])
            ? normalized[^1] - '0'
            : 0;
    }
}
