using DrcTool.Reporting.Model;

namespace DrcTool.Reporting.Html;

/// <summary>
/// The colours of a contact's status, in one place for the picture, its legend and the page's badges. Red, amber and
/// blue follow the workbook's severity fills; the label colour and a dashed outline for unconnected contacts keep the
/// picture readable for colour-blind readers and in greyscale print.
/// </summary>
public sealed record StatusStyle(string Name, string Fill, string Stroke, string Ink, string Label, string LegendText)
{
    public static readonly StatusStyle Error = new("error", "#cf222e", "#82071e", "#ffffff", "#a40e26", "error");
    public static readonly StatusStyle Warning = new("warning", "#e3b341", "#7d4e00", "#1f2328", "#7d4e00", "warning");
    public static readonly StatusStyle Note = new("note", "#80ccff", "#0550ae", "#1f2328", "#0550ae", "note");
    public static readonly StatusStyle Ok = new("ok", "#4ac26b", "#116329", "#ffffff", "#1f2328", "ok");
    public static readonly StatusStyle Unconnected = new("unconnected", "#ffffff", "#8c959f", "#6e7781", "#6e7781", "unconnected");

    /// <summary>A contact the layout draws but the design's footprint does not have (e.g. no hold-down pads).</summary>
    public static readonly StatusStyle Absent = new("absent", "#eaeef2", "#afb8c1", "#8c959f", "#8c959f", "not in the design");

    /// <summary>The legend's order: what needs attention first.</summary>
    public static readonly IReadOnlyList<StatusStyle> LegendOrder = [Error, Warning, Note, Ok, Unconnected];

    public static StatusStyle Of(PinStatus status) => status switch
    {
        PinStatus.Error => Error,
        PinStatus.Warning => Warning,
        PinStatus.Note => Note,
        PinStatus.Ok => Ok,
        _ => Unconnected,
    };
}
