using static DrcTool.Core.Tests.SampleBoards.SampleParts;

namespace DrcTool.Core.Tests.SampleBoards;

/// <summary>Circuits the reference board does not carry, wired the way Particle's documents ask (AN001's values).</summary>
internal static class Subsystems
{
    /// <summary>W5500 U30 on SPI (50/52/54) with nCS D8 (48), nINT D22 (62), nRESET A7 (47), as Device OS expects.</summary>
    public static SampleBoard WithEthernet(SampleBoard board)
    {
        var socket = board.Socket().Reference;
        board.AddPart(W5500("U30"));
        foreach (var (pad, contact, net) in new[]
                 {
                     ("34", 50, "/ETH_MISO"), ("35", 52, "/ETH_MOSI"), ("33", 54, "/ETH_SCK"),
                     ("32", 48, "/ETH_CS"), ("36", 62, "/ETH_INT"), ("37", 47, "/ETH_RST"),
                 })
        {
            board.Connect(socket, contact.ToString(System.Globalization.CultureInfo.InvariantCulture), net).Connect("U30", pad, net);
        }

        board.Connect("U30", "28", board.Net(10)).Connect("U30", "29", board.Ground());
        board.AddBetween(Resistor("R30", "10k"), "/ETH_INT", board.Net(10)).AddBetween(Resistor("R31", "10k"), "/ETH_RST", board.Net(10));
        return board;
    }
}
