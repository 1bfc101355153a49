namespace DrcTool.Core.Import.Eagle;

/// <summary>Eagle's naming rules that the readers and the binder share.</summary>
public static class EagleNames
{
    /// <summary>
    /// A pin name without Eagle's "@n" suffix, which only makes several pins of one name unique ("GND@3" → "GND").
    /// Eagle itself names an implicit power net by this cleaned name. Everything from the first '@' on is the
    /// linking hint (KiCad's Eagle importer cuts there too).
    /// </summary>
    public static string CleanPinName(string pin)
    {
        var at = pin.IndexOf('@');
        return at > 0 ? pin[..at] : pin;
    }

    /// <summary>
    /// The device name Eagle shows (and uses as the value of a part whose device set takes no user value):
    /// the technology replaces a '*' in the device set name, the package variant a '?'; each is appended otherwise.
    /// </summary>
    public static string DeviceName(string deviceSet, string technology, string device)
    {
        var name = deviceSet.Contains('*') ? deviceSet.Replace("*", technology) : deviceSet + technology;
        return name.Contains('?') ? name.Replace("?", device) : name + device;
    }

    /// <summary>True for the names Eagle makes up for unnamed nets ("N$12").</summary>
    public static bool IsGeneratedNetName(string name) => name.StartsWith("N$", StringComparison.Ordinal);

    /// <summary>The name a group of joined nets goes by: the first one a person chose, else the first.</summary>
    public static string ChooseNetName(IReadOnlyList<string> names)
    {
        foreach (var name in names)
        {
            if (!IsGeneratedNetName(name))
            {
                return name;
            }
        }

        return names[0];
    }
}
