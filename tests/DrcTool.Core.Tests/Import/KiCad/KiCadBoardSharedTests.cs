using System.Text.RegularExpressions;
using DrcTool.Core.Import;
using DrcTool.Core.Model;
using DrcTool.TestSupport;

namespace DrcTool.Core.Tests.Import.KiCad;

/// <summary>
/// Every real board in ../shared loads, and its footprint, pad and net counts equal counts taken here by a plain
/// text scan of the file that shares no code with the reader.
/// </summary>
public sealed partial class KiCadBoardSharedTests
{
    public static TheoryData<string> Boards()
    {
        var data = new TheoryData<string>();
        if (!RepoPaths.SharedAvailable)
        {
            data.Add("(../shared absent)");
            return data;
        }

        var files = Directory.GetFiles(RepoPaths.SharedFile("kicad-demos"), "*.kicad_pcb", SearchOption.AllDirectories)
            .Concat(Directory.GetDirectories(RepoPaths.SharedFile("boards"))
                .Select(board => Path.Combine(board, "kicad6"))
                .Where(Directory.Exists)
                .SelectMany(dir => Directory.GetFiles(dir, "*.kicad_pcb")));
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepoPaths.Shared, file));
        }

        return data;
    }

    [SharedTheory]
    [MemberData(nameof(Boards))]
    public void Board_loads_and_counts_match_a_text_scan(string relativePath)
    {
        var path = Path.Combine(RepoPaths.Shared, relativePath);
        var design = DesignLoader.Default.Load(path);
        var expected = TextScan.Of(File.ReadAllText(path));

        design.Format.ShouldBe(DesignFormat.KiCadBoard);
        design.Components.Count.ShouldBe(expected.Footprints);
        design.Components.Sum(c => c.Pins.Count).ShouldBe(expected.NumberedPads);
        design.Nets.Count.ShouldBe(expected.NetNames.Count);
        design.Nets.Select(n => n.Name).Order(StringComparer.Ordinal).ShouldBe(expected.NetNames.Order(StringComparer.Ordinal));
        design.Nets.Sum(n => n.Nodes.Count).ShouldBe(expected.PadsOnNets);
        design.Components.Select(c => c.Reference).Distinct().Count().ShouldBe(design.Components.Count);
        foreach (var net in design.Nets)
        {
            net.Location.Line.ShouldBeGreaterThan(0, net.Name);
        }
    }

    [SharedFact]
    public void StickHub_pads_are_on_the_nets_the_file_gives_them()
    {
        // Checked by hand against kicad-demos/stickhub/StickHub.kicad_pcb: footprint D4 ("TVS", Diode_SMD:1006_C)
        // has pad 1 on GND and pad 2 on /U2D+, with pin functions A1 and A2.
        var design = DesignLoader.Default.Load(RepoPaths.SharedFile("kicad-demos", "stickhub", "StickHub.kicad_pcb"));
        var d4 = design.FindComponent("D4").ShouldNotBeNull();
        d4.Value.ShouldBe("TVS");
        d4.Footprint.ShouldBe("Diode_SMD:1006_C");
        d4.Location.Line.ShouldBe(130);
        d4.Properties["MPN"].ShouldBe("AR0521P1");
        d4.Pins.Select(p => (p.Number, p.Name)).ShouldBe([("1", "A1"), ("2", "A2")]);
        design.NetOf("D4", "1")!.Name.ShouldBe("GND");
        design.NetOf("D4", "2")!.Name.ShouldBe("/U2D+");
        // The USB-A plug drawn in copper is excluded from the BOM, so KiCad's own flags say it is not a fitted part.
        design.Components.Count(c => !c.Fitted).ShouldBe(1);
    }

    [SharedFact]
    public void The_converted_Eagle_board_keeps_the_SoM_socket_references()
    {
        var design = DesignLoader.Default.Load(RepoPaths.SharedFile("boards", "an001-basic-som-design", "kicad6", "SomTest1.kicad_pcb"));
        var r11 = design.FindComponent("R11").ShouldNotBeNull();
        r11.Footprint.ShouldBe("0603-RES");
        r11.Library.ShouldBe("");
        design.FindNet("/RESET").ShouldNotBeNull().Nodes.Count.ShouldBeGreaterThan(1);
    }

    /// <summary>Counts by regular expressions over the text: one footprint per "(footprint " head, pads split by footprint.</summary>
    private sealed record TextScan(int Footprints, int NumberedPads, HashSet<string> NetNames, int PadsOnNets)
    {
        public static TextScan Of(string text)
        {
            var starts = FootprintHead().Matches(text).Select(m => m.Index).ToList();
            var numberedPads = 0;
            var padsOnNets = 0;
            var netNames = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < starts.Count; i++)
            {
                var end = i + 1 < starts.Count ? starts[i + 1] : text.Length;
                var footprint = text[starts[i]..end];
                var pads = PadHead().Matches(footprint);
                var numbers = new HashSet<string>(StringComparer.Ordinal);
                var withNet = new HashSet<string>(StringComparer.Ordinal);
                for (var p = 0; p < pads.Count; p++)
                {
                    var number = pads[p].Groups[1].Value;
                    if (number.Length == 0) continue;
                    numbers.Add(number);
                    var padEnd = p + 1 < pads.Count ? pads[p + 1].Index : footprint.Length;
                    var net = PadNet().Match(footprint, pads[p].Index, padEnd - pads[p].Index);
                    if (net.Success && net.Groups[1].Value != "0" && net.Groups[2].Value.Length > 0)
                    {
                        netNames.Add(net.Groups[2].Value);
                        withNet.Add(number + "\0" + net.Groups[2].Value);
                    }
                }

                numberedPads += numbers.Count;
                padsOnNets += withNet.Count;
            }

            return new TextScan(starts.Count, numberedPads, netNames, padsOnNets);
        }
    }

    [GeneratedRegex(@"^\s*\(footprint\s", RegexOptions.Multiline)]
    private static partial Regex FootprintHead();

    [GeneratedRegex("\\(pad \"([^\"]*)\"")]
    private static partial Regex PadHead();

    [GeneratedRegex("\\(net (\\d+) \"([^\"]*)\"\\)")]
    private static partial Regex PadNet();
}
