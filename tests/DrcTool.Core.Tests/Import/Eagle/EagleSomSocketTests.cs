using DrcTool.Core.Import;
using DrcTool.Core.Model;
using DrcTool.TestSupport;
using Xunit.Abstractions;

namespace DrcTool.Core.Tests.Import.Eagle;

/// <summary>
/// The two B-SoM designs in ../shared: the M.2 socket's pads must sit on the same nets whether read from the
/// Eagle schematic, the Eagle board, or KiCad's own conversion of that board.
/// </summary>
public sealed class EagleSomSocketTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> SomDesigns() => new()
    {
        { "an001-basic-som-design/SomTest1", "an001-basic-som-design/kicad6/SomTest1.kicad_pcb" },
        { "som-first-board-somusb2/SomUSB2", "som-first-board-somusb2/kicad6/SomUSB2.kicad_pcb" },
    };

    // Found by reading the files: both designs place the socket as J1, device set SPARK_M.2EKEY, package
    // SPARK_M.2EKEY-LESS-CREAM, with pads 1-23 and 32-75 and two hold-down pads 76 and 77.
    private static Component Socket(Design design) => design.Components.Single(c => c.Footprint == "SPARK_M.2EKEY-LESS-CREAM");

    [SharedTheory]
    [MemberData(nameof(SomDesigns))]
    public void The_socket_is_J1_with_the_m2_key_e_pads(string design, string kicad)
    {
        _ = kicad;
        foreach (var extension in new[] { ".sch", ".brd" })
        {
            var socket = Socket(EagleTestFiles.Load(design + extension));
            socket.Reference.ShouldBe("J1");
            var expected = Enumerable.Range(1, 23).Concat(Enumerable.Range(32, 46)).Select(n => n.ToString()).ToList();
            socket.Pins.Select(p => p.Number).ShouldBe(expected);
        }
    }

    [SharedTheory]
    [MemberData(nameof(SomDesigns))]
    public void Schematic_board_and_kicad_conversion_agree_on_the_socket_nets(string design, string kicad)
    {
        var schematic = EagleTestFiles.Load(design + ".sch");
        var board = EagleTestFiles.Load(design + ".brd");
        var kicadNets = KiCadPadNetsByRegex.Read(RepoPaths.SharedFile(["boards", .. kicad.Split('/')]));

        var kicadBoard = DesignLoader.Default.Load(RepoPaths.SharedFile(["boards", .. kicad.Split('/')]));

        var fromSchematic = SocketNets(schematic.Nets.Select(n => n.Nodes));
        var fromBoard = SocketNets(board.Nets.Select(n => n.Nodes));
        var fromKiCadRegex = SocketNets(kicadNets.Values);
        var fromKiCadReader = SocketNets(kicadBoard.Nets.Select(n => n.Nodes));

        output.WriteLine(EagleTestFiles.Difference(fromSchematic, "sch", fromBoard, "brd"));
        output.WriteLine(EagleTestFiles.Difference(fromSchematic, "sch", fromKiCadRegex, "kicad_pcb (regex)"));
        output.WriteLine(EagleTestFiles.Difference(fromSchematic, "sch", fromKiCadReader, "kicad_pcb (KiCadBoardReader)"));
        fromSchematic.Count.ShouldBeGreaterThan(10);
        fromSchematic.ShouldBe(fromBoard);
        fromSchematic.ShouldBe(fromKiCadRegex);
        fromSchematic.ShouldBe(fromKiCadReader);
    }

    /// <summary>Every net that touches the socket, as its whole set of pads (all parts, not only J1's).</summary>
    private static SortedSet<string> SocketNets(IEnumerable<IEnumerable<NetNode>> nets) =>
        EagleTestFiles.Partition(nets.Where(n => n.Any(node => node.Reference == "J1")), _ => true);

    [SharedFact]
    public void An001_reset_has_a_10k_pull_up_to_the_som_3v3()
    {
        // Read by hand in SomTest1.sch: net /RESET holds J1 pin RESET (pad 34), R1 pin 1 and S2 pin 3;
        // R1 is RES-10K-0603 value 10K, and its pin 2 is on net 3V3 with J1 pins 3V3-10 and 3V3-12 (pads 10, 12).
        foreach (var extension in new[] { ".sch", ".brd" })
        {
            var design = EagleTestFiles.Load("an001-basic-som-design/SomTest1" + extension);
            var reset = design.NetOf("J1", "34")!;
            var resistor = reset.Nodes.Where(n => n.Reference.StartsWith('R')).ShouldHaveSingleItem();
            design.FindComponent(resistor.Reference)!.Value.ShouldBe("10K");
            var otherPad = resistor.Pin == "1" ? "2" : "1";
            var rail = design.NetOf(resistor.Reference, otherPad)!;
            rail.ShouldBeSameAs(design.NetOf("J1", "10"));
            rail.ShouldBeSameAs(design.NetOf("J1", "12"));
            rail.Name.ShouldBe("3V3");
        }
    }

    [SharedFact]
    public void An001_d0_and_d1_reach_the_bq24195_and_the_max17043()
    {
        // Read by hand: J1 pins SDA/D0 (pad 22) and SCL/D1 (pad 20) are on nets SDA and SCL with U2 (BQ24195,
        // SDA pad 6, SCL pad 5), U1 (MAX17043, SDA pad A1, SCL pad A2) and the 4.7K pull-ups R7/R8.
        var design = EagleTestFiles.Load("an001-basic-som-design/SomTest1.sch");
        design.FindComponent("U2")!.Value.ShouldBe("BQ24195");
        design.FindComponent("U1")!.Value.ShouldBe("MAX17043");
        design.NetOf("J1", "22")!.Nodes.Select(n => n.ToString()).ShouldBe(["J1.22", "R7.1", "U1.A1", "U2.6"], ignoreOrder: true);
        design.NetOf("J1", "20")!.Nodes.Select(n => n.ToString()).ShouldBe(["J1.20", "R8.1", "U1.A2", "U2.5"], ignoreOrder: true);
        var socket = design.FindComponent("J1")!;
        socket.FindPin("22")!.Name.ShouldBe("SDA/D0");
        socket.FindPin("20")!.Name.ShouldBe("SCL/D1");
        socket.FindPin("34")!.Name.ShouldBe("RESET");
    }
}

/// <summary>KiCad's own conversion of each Eagle board is an independent reading of the whole connectivity.</summary>
public sealed class EagleKiCadConversionTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Conversions() => new()
    {
        { "an001-basic-som-design/SomTest1.brd", "an001-basic-som-design/kicad6/SomTest1.kicad_pcb" },
        { "som-first-board-somusb2/SomUSB2.brd", "som-first-board-somusb2/kicad6/SomUSB2.kicad_pcb" },
        { "an025-tracker-som-first-board/TrackerBase2.brd", "an025-tracker-som-first-board/kicad6/TrackerBase2.kicad_pcb" },
        { "an025-tracker-som-first-board/TrackerBaseExp2.brd", "an025-tracker-som-first-board/kicad6/TrackerBaseExp2.kicad_pcb" },
        { "chipmc-boron-carrier/Carrier Board.brd", "chipmc-boron-carrier/kicad6/Carrier_Board.kicad_pcb" },
        { "ethernet-featherwing/ethernet-wing-v1.00.brd", "ethernet-featherwing/kicad6/ethernet-wing-v1.00.kicad_pcb" },
    };

    [SharedTheory]
    [MemberData(nameof(Conversions))]
    public void Board_connectivity_equals_kicads_conversion(string eagle, string kicad)
    {
        var board = EagleTestFiles.Load(eagle);
        var kicadNets = KiCadPadNetsByRegex.Read(RepoPaths.SharedFile(["boards", .. kicad.Split('/')]));
        var fromEagle = EagleTestFiles.Partition(board, _ => true);
        var fromKiCad = EagleTestFiles.Partition(kicadNets.Values, _ => true);
        var difference = EagleTestFiles.Difference(fromEagle, "brd", fromKiCad, "kicad_pcb");
        output.WriteLine(difference);
        fromEagle.SetEquals(fromKiCad).ShouldBeTrue(difference);
    }
}
