using DrcTool.Core.Checks;
using DrcTool.Reporting.Model;

namespace DrcTool.Reporting.Excel;

/// <summary>The background colours the workbook uses: one per severity and pin status, and one for header rows.</summary>
public enum CellFill
{
    None,
    Header,
    Error,
    Warning,
    Note,
    Ok,
    Suppressed,
    Unconnected,
}

internal static class CellFills
{
    public static CellFill For(Severity severity, bool suppressed) =>
        suppressed ? CellFill.Suppressed
        : severity switch
        {
            Severity.Error => CellFill.Error,
            Severity.Warning => CellFill.Warning,
            _ => CellFill.Note,
        };

    public static CellFill For(PinStatus status) => status switch
    {
        PinStatus.Error => CellFill.Error,
        PinStatus.Warning => CellFill.Warning,
        PinStatus.Note => CellFill.Note,
        PinStatus.Ok => CellFill.Ok,
        _ => CellFill.Unconnected,
    };

    public static CellFill For(DesignVerdict outcome) => outcome switch
    {
        DesignVerdict.Pass => CellFill.Ok,
        DesignVerdict.Fail => CellFill.Error,
        _ => CellFill.Warning,
    };

    /// <summary>ARGB colour of each fill (Excel's own "good/bad/neutral" palette, so it reads familiar).</summary>
    public static string Argb(CellFill fill) => fill switch
    {
        CellFill.Header => "FFD9E1F2",
        CellFill.Error => "FFFFC7CE",
        CellFill.Warning => "FFFFEB9C",
        CellFill.Note => "FFDDEBF7",
        CellFill.Ok => "FFC6EFCE",
        CellFill.Suppressed => "FFEDEDED",
        CellFill.Unconnected => "FFF2F2F2",
        _ => "FFFFFFFF",
    };
}
