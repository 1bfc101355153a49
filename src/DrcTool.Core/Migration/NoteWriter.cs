using DrcTool.Core.Config;
using System.Globalization;
using System.Text.RegularExpressions;
using DrcTool.Core.Knowledge;

namespace DrcTool.Core.Migration;

/// <summary>
/// Picks the board changes and firmware notes whose `when` holds for a plan, and fills their placeholders: numbers
/// from rules/rule-parameters.yaml (`{vcc.min-volts}`), the variant and its antennas (module.yaml `antennas.needed`).
/// </summary>
internal sealed partial class NoteWriter
{
    private readonly MigrationRules _rules;
    private readonly RuleParameters _parameters;
    private readonly string _variant;
    private readonly ModuleAntennas _antennas;

    public NoteWriter(MigrationRules rules, RuleParameters parameters, string variant, ModuleAntennas antennas)
    {
        _rules = rules;
        _parameters = parameters;
        _variant = variant;
        _antennas = antennas;
    }

    public IReadOnlyList<PlanNote> Select(IReadOnlyList<PlanNoteRule> notes, ISet<string> conditions) =>
        notes.Where(n => conditions.Contains(n.When)).Select(n => new PlanNote(n.Id, Fill(n.Message))).ToList();

    private string Fill(string message) => Placeholder().Replace(message, match =>
    {
        var key = match.Groups[1].Value;
        return key switch
        {
            "variant" => _variant,
            "antennas" => _antennas.For(_variant) is { Count: > 0 } needed
                ? string.Join("; ", needed.Select(n => n.What))
                : "the certified antennas of the variant's datasheet",
            _ when key.EndsWith("-ohms", StringComparison.Ordinal) => RuleParameters.Ohms(_parameters[key]),
            _ when key.EndsWith("-hz", StringComparison.Ordinal) => _parameters[key].ToString("0", CultureInfo.InvariantCulture),
            _ when key.EndsWith("-mm", StringComparison.Ordinal) => _parameters[key].ToString("0.##", CultureInfo.InvariantCulture),
            _ => _parameters[key].ToString("0.0##", CultureInfo.InvariantCulture),
        };
    });

    [GeneratedRegex(@"\{([a-z0-9.-]+)\}")]
    private static partial Regex Placeholder();
}
