using DrcTool.TestSupport;

namespace DrcTool.Cli.Tests;

/// <summary>The README's first command: the project's reference board, read by the real KiCad netlist reader.</summary>
public class ReferenceBoardTests
{
    private static string Board => Path.Combine(RepoPaths.SampleBoards, "reference-board", "reference-board.net");

    [Fact]
    public void The_README_check_command_on_the_reference_board_exits_0()
    {
        var run = CliRun.Of("check", Board);
        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        run.Error.ShouldBeEmpty();
        run.Output.ShouldContain("0 errors");
    }

    [Fact]
    public void The_reference_board_binds_as_designed()
    {
        var run = CliRun.Of("pins", Board, "--format", "json");
        run.ExitCode.ShouldBe(0, run.Error);
        var contacts = run.Json.GetProperty("contacts").EnumerateArray()
            .ToDictionary(c => c.GetProperty("contact").GetInt32());
        contacts.Count.ShouldBe(69);
        string? Net(int contact) => contacts[contact].GetProperty("net").GetString();
        string[] Parts(int contact) => contacts[contact].GetProperty("parts").EnumerateArray().Select(p => p.GetString()!).ToArray();

        // As written in reference-board.net (see its title block): AN001's circuit around J1.
        foreach (var gnd in new[] { 1, 3, 5, 7, 9, 15, 21, 39, 49, 56, 76, 77 }) Net(gnd).ShouldBe("GND");
        foreach (var vcc in new[] { 2, 4, 6, 8 }) Net(vcc).ShouldBe("VSYS");
        Net(10).ShouldBe("+3V3");
        Net(16).ShouldBe("VBUS");
        Parts(34).ShouldBe(["R1", "SW1"]);
        Parts(22).ShouldBe(["R2", "U1", "U2"]);
        Parts(20).ShouldBe(["R3", "U1", "U2"]);
        Parts(45).ShouldBe(["R4", "U1", "U2"]);
        Parts(17).ShouldBe(["J4"]);
        foreach (var open in new[] { 14, 18, 44, 46, 51, 53, 55, 57, 58, 59, 60, 67, 69, 71, 73, 74, 75 })
        {
            contacts[open].GetProperty("net").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null, $"contact {open}");
        }
    }

    [Fact]
    public void Check_json_of_the_reference_board_is_byte_identical_run_to_run()
    {
        var first = CliRun.Of("check", Board, "--format", "json");
        var second = CliRun.Of("check", Board, "--format", "json");
        first.ExitCode.ShouldBe(0);
        second.Output.ShouldBe(first.Output);
        first.Json.GetProperty("designs")[0].GetProperty("socket").GetProperty("ref").GetString().ShouldBe("J1");
    }
}
