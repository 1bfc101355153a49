using DrcTool.Reporting.Model;

namespace DrcTool.Reporting.Text;

public static class PinStatusText
{
    public static string Of(PinStatus status) => status switch
    {
        PinStatus.Unconnected => "unconnected",
        PinStatus.Ok => "ok",
        PinStatus.Note => "note",
        PinStatus.Warning => "warning",
        _ => "error",
    };
}
