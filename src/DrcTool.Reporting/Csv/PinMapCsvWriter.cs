using DrcTool.Reporting.Model;
using DrcTool.Reporting.Output;
using DrcTool.Reporting.Text;

namespace DrcTool.Reporting.Csv;

/// <summary>The pin map of every design: one row per design and SoM contact.</summary>
public sealed class PinMapCsvWriter : IReportWriter
{
    public static readonly string[] Headers =
        ["design", "contact", "som_pin", "net", "rail", "volts", "parts", "status", "rules"];

    public void Write(ReportRun run, Stream output)
    {
        using var csv = new GuardedCsv(output);
        csv.Header(Headers);
        foreach (var design in run.Designs)
        {
            var file = ReportPaths.Relative(run.BaseDirectory, design.File);
            foreach (var pin in design.PinMap)
            {
                csv.Text(file).Number(pin.Contact).Text(pin.SomPin).Text(pin.Net).Text(pin.Rail).Number(pin.Volts)
                    .Text(string.Join("; ", pin.Parts)).Text(PinStatusText.Of(pin.Status)).Text(string.Join("; ", pin.Rules));
                csv.EndRecord();
            }
        }
    }
}
