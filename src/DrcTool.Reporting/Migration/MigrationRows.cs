using DrcTool.Core.Migration;

namespace DrcTool.Reporting.Migration;

/// <summary>One row of a plan as every format shows it: the same words in text, Markdown, the workbook and JSON.</summary>
public sealed record MigrationRow(string SourcePin, string Net, string Uses, int? Contact, string? TargetPin, string Status, string Reason)
{
    public static IEnumerable<MigrationRow> Of(MigrationPlan plan) => plan.Pins.Select(p => new MigrationRow(
        p.Pin.Name,
        p.Pin.Net,
        string.Join(", ", p.Pin.Uses.Select(PinUseNames.Name)),
        p.Contact?.Contact,
        p.Contact?.Name,
        p.Status.Name(),
        p.Reason)
    {
        PwmHz = p.Pin.PwmHz,
    });

    /// <summary>The PWM frequency the pin's use needs (docs/pin-uses.md), where the inference knows it.</summary>
    public int? PwmHz { get; init; }

    /// <summary>"A0 (23)", or "-" for none.</summary>
    public string TargetText => Contact is null ? "-" : $"{TargetPin} ({Contact})";
}
