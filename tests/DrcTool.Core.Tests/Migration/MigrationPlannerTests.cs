using DrcTool.Core.Migration;

namespace DrcTool.Core.Tests.Migration;

/// <summary>The planner around the solver: supplies, grounds, pins with no counterpart, 5 V, notes.</summary>
public sealed class MigrationPlannerTests
{
    private static SourceBoardPin Pin(string name, string kind, int? guide, params PinUse[] uses) =>
        new(name, kind, [], "N_" + name, uses) { GuideContact = guide };

    private static MigrationPlan Plan(SourceBoard board, bool pmic = true, SomVariant variant = SomVariant.B404X) =>
        MigrationPlanner.Default.Plan(board, variant, new SolveOptions { PmicFitted = pmic });

    private static SourceBoard Boron(params SourceBoardPin[] pins) => new("Boron", "U1", pins) { StatusLedOnModule = true, UsbOnModule = true };

    [Fact]
    public void Every_wired_pin_appears_once_and_no_contact_twice()
    {
        var plan = Plan(Boron(
            Pin("3V3", "power", null, PinUse.Power), Pin("GND", "ground", null, PinUse.Ground), Pin("LI+", "power", null, PinUse.Power),
            Pin("EN", "other", null, PinUse.Digital), Pin("RST", "reset", 34, PinUse.Reset), Pin("A0", "analog", 23, PinUse.Analog),
            Pin("VUSB", "power", null, PinUse.Power), Pin("MODE", "mode", 32, PinUse.Mode)));

        plan.Pins.Select(p => p.Pin.Name).ShouldBe(["3V3", "GND", "LI+", "EN", "RST", "A0", "VUSB", "MODE"]);
        plan.Pins.Where(p => p.Contact is not null).Select(p => p.Contact!.Contact).ShouldBeUnique();
        plan.Pins.Single(p => p.Pin.Name == "3V3").Contact!.Contact.ShouldBe(10);
        plan.Pins.Single(p => p.Pin.Name == "3V3").Reason.ShouldContain("input");
        plan.Pins.Single(p => p.Pin.Name == "LI+").Status.ShouldBe(PlacementStatus.NotNeeded);
        plan.Pins.Single(p => p.Pin.Name == "EN").Status.ShouldBe(PlacementStatus.NotNeeded);
        plan.Pins.Single(p => p.Pin.Name == "EN").Reason.ShouldContain("load switch");
        plan.Pins.Single(p => p.Pin.Name == "VUSB").Contact!.Contact.ShouldBe(16);
        plan.Pins.Single(p => p.Pin.Name == "RST").Contact!.Contact.ShouldBe(34);
        plan.PlacesEverything.ShouldBeTrue();
    }

    [Fact]
    public void Board_changes_name_both_supplies_with_the_parameters_numbers()
    {
        var plan = Plan(Boron(Pin("A0", "analog", 23, PinUse.Analog)));

        var ids = plan.BoardChanges.Select(c => c.Id).ToList();
        ids.ShouldContain("supply-3v3");
        ids.ShouldContain("supply-vcc");
        ids.ShouldContain("pmic-fuel-gauge");
        ids.ShouldContain("rgb-led");
        ids.ShouldContain("usb");
        plan.BoardChanges.Single(c => c.Id == "supply-3v3").Message.ShouldContain("3.0-3.6 V");
        plan.BoardChanges.Single(c => c.Id == "supply-vcc").Message.ShouldContain("3.6-4.2 V");
        plan.BoardChanges.Single(c => c.Id == "antennas").Message.ShouldContain("PARANTC41EA");
        plan.Firmware.Select(f => f.Id).ShouldContain("pmic-detection");
    }

    [Fact]
    public void B5xx_vcc_asks_for_two_amp_peaks_and_names_its_antenna()
    {
        var plan = Plan(Boron(Pin("A0", "analog", 23, PinUse.Analog)), variant: SomVariant.B524);

        plan.BoardChanges.Single(c => c.Id == "supply-vcc").Message.ShouldContain("2 A peaks");
        plan.BoardChanges.Single(c => c.Id == "antennas").Message.ShouldContain("ANTCW2EA");
    }

    [Fact]
    public void A_pin_that_sees_five_volts_is_named_and_a_level_shifter_asked_for()
    {
        var board = new SourceBoard("Electron", "E1", [Pin("D5", "gpio", 68, PinUse.Digital) with { MaxVolts = 5.0, FiveVoltTolerant = true }]) { Gen2 = true };
        var plan = Plan(board);

        plan.FiveVoltPins.Select(p => p.Pin.Name).ShouldBe(["D5"]);
        plan.Pins[0].Reason.ShouldContain("sees 5.0 V today");
        plan.BoardChanges.Select(c => c.Id).ShouldContain("level-shift");
        plan.Firmware.Select(f => f.Id).ShouldContain("gen2-usb-sleep");
    }

    [Fact]
    public void Bus_roles_come_from_the_source_modules_functions()
    {
        // The Electron's SPI1: D2 MOSI, D3 MISO, D4 SCK (MIG-E SPI table); on the B-SoM SPI1 is D2 SCK, D3 MOSI, D4 MISO.
        var board = new SourceBoard("Electron", "E1",
        [
            new SourceBoardPin("D2", "gpio", ["gpio", "spi:SPI1:MOSI", "can:CAN2:RX"], "MOSI1", [PinUse.Spi]) { GuideContact = 42 },
            new SourceBoardPin("D3", "gpio", ["gpio", "spi:SPI1:MISO"], "MISO1", [PinUse.Spi]) { GuideContact = 40 },
            new SourceBoardPin("D4", "gpio", ["gpio", "spi:SPI1:SCK"], "SCK1", [PinUse.Spi]) { GuideContact = 66 },
            new SourceBoardPin("D5", "gpio", ["gpio", "spi:SPI1:SS"], "CS1", [PinUse.Spi]) { GuideContact = 68 },
        ]);
        var plan = Plan(board);

        plan.PlacesEverything.ShouldBeTrue();
        var bus = plan.Pins[0].Bus!;
        plan.Pins.Take(3).ShouldAllBe(p => p.Bus == bus && p.Status == PlacementStatus.Moved);
        plan.Pins.Single(p => p.Pin.Name == "D2").Contact!.Name.ShouldBe(bus.Roles["MOSI"]);
        plan.Pins.Single(p => p.Pin.Name == "D4").Contact!.Name.ShouldBe(bus.Roles["SCK"]);
        plan.Pins.Single(p => p.Pin.Name == "D5").Status.ShouldBe(PlacementStatus.Kept);
    }

    [Fact]
    public void A_fuel_gauge_of_the_boards_own_is_found_by_its_value_and_collides()
    {
        var gauge = new NetPart("U5", "MAX17043", "SDA");
        var board = Boron(
            new SourceBoardPin("D0", "gpio", ["gpio", "i2c:Wire:SDA"], "SDA", [PinUse.I2c]) { GuideContact = 22, Parts = [gauge] },
            new SourceBoardPin("D1", "gpio", ["gpio", "i2c:Wire:SCL"], "SCL", [PinUse.I2c]) { GuideContact = 20, Parts = [gauge with { Pin = "SCL" }] });
        var plan = Plan(board);

        plan.Pins.Single(p => p.Pin.Name == "D0").Contact!.Name.ShouldBe("D2");
        Plan(board, pmic: false).Pins.Single(p => p.Pin.Name == "D0").Status.ShouldBe(PlacementStatus.Kept);
    }
}
