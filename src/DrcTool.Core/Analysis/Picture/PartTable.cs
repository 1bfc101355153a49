using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Analysis.Values;
using DrcTool.Core.Model;

namespace DrcTool.Core.Analysis.Picture;

/// <summary>Classes every part of a design and reads its value; the SoM socket is classed from the binding.</summary>
internal static class PartTable
{
    public static Dictionary<string, PartInfo> Build(Design design, Component? socket, PartCatalog catalog)
    {
        var classifier = new PartClassifier(catalog);
        var regulators = new RegulatorOutputReader(catalog);
        var table = new Dictionary<string, PartInfo>(StringComparer.Ordinal);
        foreach (var component in design.Components)
        {
            var classification = socket is not null && ReferenceEquals(component, socket)
                ? new PartClassification(PartClass.SomSocket, $"{component.Reference} is the SoM socket the binding found")
                : classifier.Classify(component);
            var inCircuit = component.Fitted && !classification.Class.IsNonElectrical();
            var value = ReadValue(component, classification.Class);
            var regulator = classification.Class is not (PartClass.Regulator or PartClass.LoadSwitch) ? null
                : classification.Rule?.OutputVolts is { } stated
                    ? new RegulatorData(stated, null, $"{classification.Rule.Origin} states a {stated.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)} V output")
                    : regulators.Read(component);
            table.TryAdd(component.Reference, new PartInfo(component, classification, inCircuit, value, regulator));
        }

        return table;
    }

    /// <summary>The value text, or when it is empty or a part name, a value-like word of the symbol ("RES-10K-0603" → 10K).</summary>
    public static ComponentValue? ReadValue(Component component, PartClass partClass)
    {
        var direct = ValueGrammar.TryParse(component.Value);
        if (direct is not null)
        {
            return direct;
        }

        // Only passives carry their value in the symbol name ("RES-10K-0603", "CAP-0.01UF-0603", "INDUCTOR-2.2UH").
        if (partClass is not (PartClass.Resistor or PartClass.Capacitor or PartClass.Inductor or PartClass.Ferrite)
            || (component.Value.Trim().Length > 0 && !component.Value.Equals(component.Symbol, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        foreach (var word in component.Symbol.Split(['-', '_', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            // Package sizes ("0603", "0805") are words of symbols too; a value needs a multiplier, a unit or R-notation.
            if (word.All(char.IsAsciiDigit) && word.Length == 4)
            {
                continue;
            }

            var value = ValueGrammar.TryParse(word);
            if (value is not null && word.Any(char.IsLetter))
            {
                return value;
            }

            if (value is not null && word.Length <= 3)
            {
                return value; // "RES-332-0603.DEV": a bare 3-digit value
            }
        }

        return null;
    }
}
