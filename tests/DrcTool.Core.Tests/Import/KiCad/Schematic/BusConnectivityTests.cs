using DrcTool.Core.Import.KiCad.Schematic;

namespace DrcTool.Core.Tests.Import.KiCad.Schematic;

/// <summary>Buses in the project's own KiCad 9 schematic (Data/k9_buses.kicad_sch and bus_child.kicad_sch).</summary>
public sealed class BusConnectivityTests
{
    private static readonly Lazy<DrcTool.Core.Model.Design> Buses = new(() => SchematicTestFiles.Read("k9_buses.kicad_sch"));

    [Fact]
    public void Vector_bus_members_cross_a_sheet_pin_by_position()
    {
        Buses.Value.NetOf("R1.1").ShouldBe("/D0: R1.1 R11.1");
        Buses.Value.NetOf("R2.1").ShouldBe("/D1: R2.1 R12.1");
    }

    [Fact]
    public void Group_bus_members_cross_a_sheet_pin_by_name_through_a_bus_alias()
    {
        Buses.Value.NetOf("R3.1").ShouldBe("/SDA: R3.1 R13.1");
        Buses.Value.NetOf("R4.1").ShouldBe("/SCL: R4.1 R14.1");
    }

    [Fact]
    public void A_named_group_meets_an_unnamed_one_by_member_name_with_an_alias_defined_on_another_sheet()
    {
        Buses.Value.NetOf("R5.1").ShouldBe("/sys.SDA: R5.1 R21.1");
        Buses.Value.NetOf("R6.1").ShouldBe("/sys.SCL: R6.1 R22.1");
    }

    [Theory]
    [InlineData("D[0..3]", "D0 D1 D2 D3")]
    // KiCad's NET_SETTINGS::ParseBusVector swaps a falling range: members always run upwards.
    [InlineData("A[3..1]", "A1 A2 A3")]
    [InlineData("D[3..3]", "D[3..3]")]
    [InlineData("V_{BAT}", "V_{BAT}")]
    [InlineData("~{RESET}", "~{RESET}")]
    [InlineData("~{WR}[0..1]", "~{WR}0 ~{WR}1")]
    [InlineData("B{~{CS} V_{IO} D}", "B.D")]
    [InlineData("{SDA SCL}", "SDA SCL")]
    [InlineData("I2C{SDA SCL}", "I2C.SDA I2C.SCL")]
    [InlineData("{CLK D[0..1]}", "CLK D0 D1")]
    [InlineData("{PAIR}", "P N")]
    [InlineData("RESET", "RESET")]
    public void Bus_names_expand_to_their_members(string bus, string members)
    {
        var aliases = new Dictionary<string, IReadOnlyList<string>> { ["PAIR"] = ["P", "N"] };
        string.Join(' ', BusNames.Members(bus, aliases)).ShouldBe(members);
    }

    [Fact]
    public void A_huge_vector_range_is_cut_at_the_member_limit()
    {
        BusNames.Members("D[0..2000000000]", new Dictionary<string, IReadOnlyList<string>>()).Count.ShouldBe(BusNames.MaxMembers);
    }
}
