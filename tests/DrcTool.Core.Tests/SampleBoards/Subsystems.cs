using static DrcTool.Core.Tests.SampleBoards.SampleParts;

namespace DrcTool.Core.Tests.SampleBoards;

/// <summary>Circuits the reference board does not carry, wired the way Particle's documents ask (AN001's values).</summary>
internal static class Subsystems
{
    public const string Sda = "/I2C_SDA";
    public const string Scl = "/I2C_SCL";
    public const string PmicInt = "/PMIC_INT";
    public const string Ilim = "/PMIC_ILIM";

    /// <summary>bq24195 U20 and MAX17043 U21 on Wire (D0/D1), INT/ALRT on A6 with 10 k, 4.7 k I2C pull-ups, ILIM 332 Ω.</summary>
    public static SampleBoard WithPmicAndGauge(SampleBoard board)
    {
        var socket = board.Socket().Reference;
        var v3 = board.Net(10);
        var gnd = board.Ground();
        var vusb = board.NetOrNull(16) ?? "VBUS";
        board.Connect(socket, "22", Sda).Connect(socket, "20", Scl).Connect(socket, "45", PmicInt);
        board.AddPart(Pmic("U20")).AddPart(FuelGauge("U21"));
        board.Connect("U20", "6", Sda).Connect("U20", "5", Scl).Connect("U20", "7", PmicInt)
            .Connect("U20", "1", vusb).Connect("U20", "24", vusb)
            .Connect("U20", "13", "VBAT").Connect("U20", "14", "VBAT")
            .Connect("U20", "15", "VSYS").Connect("U20", "16", "VSYS")
            .Connect("U20", "17", gnd).Connect("U20", "18", gnd).Connect("U20", "25", gnd)
            .Connect("U20", "10", Ilim);
        board.Connect("U21", "8", Sda).Connect("U21", "7", Scl).Connect("U21", "5", PmicInt)
            .Connect("U21", "3", v3).Connect("U21", "4", gnd).Connect("U21", "1", gnd).Connect("U21", "6", gnd)
            .Connect("U21", "2", "VBAT");
        board.AddBetween(Resistor("R20", "4.7k"), Sda, v3)
            .AddBetween(Resistor("R21", "4.7k"), Scl, v3)
            .AddBetween(Resistor("R22", "10k"), PmicInt, v3)
            .AddBetween(Resistor("R23", "332"), Ilim, gnd)
            .AddBetween(Capacitor("C20", "10uF"), "VSYS", gnd)
            .AddBetween(Capacitor("C21", "10uF"), "VBAT", gnd);
        var battery = Header("J20", 2) with { Value = "JST_PH_2" };
        board.AddPart(battery).Connect("J20", "1", "VBAT").Connect("J20", "2", gnd);
        return board;
    }

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
