using System.Text;
using DrcTool.Core.Import;
using DrcTool.Core.Model;
using DrcTool.TestSupport;

namespace DrcTool.Cli.Tests.Batch;

/// <summary>
/// Reads netlist files whose content names a net: the board has the SoM socket with SIM_CLK (71) wired to a SIM
/// socket on a net of that name, so DRC003 reports the net, and a hostile name travels into every report.
/// Content "BROKEN" throws a read error at 3:7, as a truncated file would.
/// </summary>
internal sealed class HostileNetReader : IDesignReader
{
    public DesignFormat Format => DesignFormat.KiCadNetlist;

    public Design Read(string path, byte[] content)
    {
        var text = Encoding.UTF8.GetString(content);
        if (text.Contains("BROKEN", StringComparison.Ordinal))
        {
            throw new DesignReadException(path, 3, 7, "unbalanced parentheses");
        }

        var start = text.IndexOf("NET:", StringComparison.Ordinal);
        // "SWAPPED": the symbol names pads 40/42 D2/D3 the wrong way round (DRC002, a warning while they are unwired).
        var rename = text.Contains("SWAPPED", StringComparison.Ordinal)
            ? new Dictionary<string, string> { ["40"] = "D2", ["42"] = "D3" }
            : null;
        var builder = new DesignBuilder(path).Socket(rename: rename).Grounded().Part("R4", "10k").Net("/RST", "J1.34", "R4.1");
        if (start >= 0)
        {
            var end = text.IndexOf('\n', start);
            var net = text[(start + 4)..(end < 0 ? text.Length : end)];
            builder.Part("U9", "SIM-SOCKET", 6).Net(net, "J1.71", "U9.3");
        }

        return builder.Build();
    }

    public static string Board(string? net) => net is null ? "(export (version \"E\") CLEAN)" : $"(export (version \"E\")\nNET:{net}\n)";
}
