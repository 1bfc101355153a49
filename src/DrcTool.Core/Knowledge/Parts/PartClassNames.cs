using System.Text;

namespace DrcTool.Core.Knowledge.Parts;

/// <summary>Converts part classes to and from their kebab-case names in YAML ("rgb-led", "usb-connector").</summary>
public static class PartClassNames
{
    private static readonly Dictionary<string, PartClass> ByName = BuildNames();

    public static IReadOnlyCollection<string> All => ByName.Keys;

    public static string ToKebab(PartClass partClass)
    {
        var name = partClass.ToString();
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }

    public static bool TryParse(string name, out PartClass partClass) =>
        ByName.TryGetValue(name.Trim(), out partClass);

    private static Dictionary<string, PartClass> BuildNames()
    {
        var names = new Dictionary<string, PartClass>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in Enum.GetValues<PartClass>())
        {
            names[ToKebab(value)] = value;
        }

        // Spellings people use for the same classes.
        names["ic"] = PartClass.IntegratedCircuit;
        names["led-rgb"] = PartClass.RgbLed;
        names["button"] = PartClass.Switch;
        names["antenna"] = PartClass.RfConnector;
        names["ufl"] = PartClass.RfConnector;
        names["solder-jumper"] = PartClass.Jumper;
        names["standoff"] = PartClass.Mounting;
        names["mounting-hole"] = PartClass.Mounting;
        names["test-point"] = PartClass.TestPoint;
        return names;
    }
}
