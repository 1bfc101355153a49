using DrcTool.Reporting.Model;

namespace DrcTool.Reporting.Output;

/// <summary>Writes one report format for a whole run to a stream (the caller makes the write atomic).</summary>
public interface IReportWriter
{
    void Write(ReportRun run, Stream output);
}
