using System.Text;
using DrcTool.Core.Import;
using DrcTool.Core.Model;
using DrcTool.TestSupport;

namespace DrcTool.Cli.Tests.Batch;

/// <summary>
/// Gives, for small marker files, the project's clean reference board (sample-boards/reference-board) with one change:
/// <list type="bullet">
/// <item>"NET:name" wires SIM_CLK (71) to a SIM socket U9 on a net of that name, so DRC003 reports the net and a
/// hostile name travels into every report;</item>
/// <item>"SWAPPED" names the socket's pads 40/42 D2/D3 the wrong way round (DRC002, a warning while they are unwired);</item>
/// <item>"BROKEN" throws a read error at 3:7, as a truncated file would.</item>
/// </list>
/// Locations are moved to the marker file, so findings point at the file the batch was given.
/// </summary>
internal sealed class HostileNetReader : MarkerReader
{
    protected override Design Read(string path, string text, Design reference)
    {
        SourceLocation Moved(SourceLocation l) => l with { File = path };
        var swapped = text.Contains("SWAPPED", StringComparison.Ordinal);
        var components = reference.Components.Select(c => new Component(c.Reference, c.Value, c.Footprint, c.Library, c.Symbol,
            c.Properties, c.Fitted, swapped && c.Reference == "J1" ? Swap(c.Pins) : c.Pins, Moved(c.Location))).ToList();
        var nets = reference.Nets.Select(n => new Net(n.Name, n.Nodes, Moved(n.Location))).ToList();

        var start = text.IndexOf("NET:", StringComparison.Ordinal);
        if (start >= 0)
        {
            var end = text.IndexOf('\n', start);
            var name = text[(start + 4)..(end < 0 ? text.Length : end)];
            nets.RemoveAll(n => n.Nodes.Contains(new NetNode("J1", "71")));
            components.Add(new Component("U9", "SIM-SOCKET", "SIM", "", "SIM", new Dictionary<string, string>(), true,
                [new ComponentPin("3", "CLK")], new SourceLocation(path, 900, 3)));
            nets.Add(new Net(name, [new NetNode("J1", "71"), new NetNode("U9", "3")], new SourceLocation(path, 901, 5)));
        }

        return new Design(path, DesignFormat.KiCadNetlist, components, nets);
    }

    private static IReadOnlyList<ComponentPin> Swap(IReadOnlyList<ComponentPin> pins) =>
        pins.Select(p => p.Number switch
        {
            "40" => p with { Name = "D2" },
            "42" => p with { Name = "D3" },
            _ => p,
        }).ToList();

    public static string Board(string? net) => net is null ? "(export (version \"E\") CLEAN)" : $"(export (version \"E\")\nNET:{net}\n)";
}
