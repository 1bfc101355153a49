using DrcTool.TestSupport;

namespace DrcTool.Cli.Tests.Migration;

/// <summary>
/// The plans for the real source boards in ../shared, checked by hand against the migration guides pin by pin
/// (MIG-BORON and MIG-E "Full module pin comparison": each pin keeps its name on the B-SoM contact listed there;
/// VIN, VBAT, LI+, EN, VDDA have none) and asserted here: every wired pin in `pins`, no contact twice, 3V3 and VCC named.
/// </summary>
public sealed class RealBoardPlanTests
{
    private static readonly string Boron = RepoPaths.SharedFile("boards", "chipmc-boron-carrier", "Carrier Board.sch");
    private static readonly string Electron = RepoPaths.SharedFile("boards", "switch-demo-electron-eseries", "SwitchDemoElectron.sch");
    private static readonly string ESeries = RepoPaths.SharedFile("boards", "switch-demo-electron-eseries", "SwitchDemoESeries.sch");

    private static Dictionary<string, (int? Contact, string Status)> Plan(CliRun run)
    {
        run.ExitCode.ShouldBe(0, run.Error);
        var json = run.Json;
        json.GetProperty("kind").GetString().ShouldBe("migration");
        var pins = json.GetProperty("pins").EnumerateArray().ToList();
        var contacts = pins.Where(p => p.GetProperty("contact").ValueKind == System.Text.Json.JsonValueKind.Number).Select(p => p.GetProperty("contact").GetInt32()).ToList();
        contacts.ShouldBeUnique();
        var changes = json.GetProperty("boardChanges").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
        changes.ShouldContain("supply-3v3");
        changes.ShouldContain("supply-vcc");
        return pins.Where(p => p.GetProperty("sourcePin").GetString() != "GND").ToDictionary(
            p => p.GetProperty("sourcePin").GetString()!,
            p => (p.GetProperty("contact").ValueKind == System.Text.Json.JsonValueKind.Number ? p.GetProperty("contact").GetInt32() : (int?)null, p.GetProperty("status").GetString()!));
    }

    [SharedFact]
    public void Chipmc_boron_carrier_keeps_every_pin_on_its_guide_contact()
    {
        var plan = Plan(CliRun.Of("migrate", Boron, "--format", "json"));

        // MIG-BORON: RST 34, 3V3 10 (now an input), A0-A5 23/33/35/37/41/43, SCK 54, MOSI 52, MISO 50, RX 38, TX 36,
        // D0 22, D1 20, D2 42, D3 40, D4 66, D5 68, D6 70, D8 48, VUSB 16 (detect only); EN and LI+ have none.
        var expected = new Dictionary<string, (int?, string)>
        {
            ["RST"] = (34, "kept"), ["3V3"] = (10, "kept"), ["A0"] = (23, "kept"), ["A1"] = (33, "kept"), ["A2"] = (35, "kept"),
            ["A3"] = (37, "kept"), ["A4"] = (41, "kept"), ["A5"] = (43, "kept"), ["SCK"] = (54, "kept"), ["MOSI"] = (52, "kept"),
            ["MISO"] = (50, "kept"), ["RX"] = (38, "kept"), ["TX"] = (36, "kept"), ["D0"] = (22, "kept"), ["D1"] = (20, "kept"),
            ["D2"] = (42, "kept"), ["D3"] = (40, "kept"), ["D4"] = (66, "kept"), ["D5"] = (68, "kept"), ["D6"] = (70, "kept"),
            ["D8"] = (48, "kept"), ["VUSB"] = (16, "kept"), ["EN"] = (null, "not-needed"), ["LI+"] = (null, "not-needed"),
        };
        plan.ShouldBe(expected, ignoreOrder: true);
    }

    [SharedFact]
    public void Chipmc_boron_carrier_uses_are_what_its_parts_need()
    {
        var run = CliRun.Of("migrate", Boron, "--format", "json");
        var uses = run.Json.GetProperty("pins").EnumerateArray().ToDictionary(
            p => p.GetProperty("sourcePin").GetString()!,
            p => p.GetProperty("uses").EnumerateArray().Select(u => u.GetString()!).ToList());

        uses["A4"].ShouldBe(["analog"]);           // TMP36 output (U1)
        uses["D0"].ShouldBe(["i2c"]);              // AB1805 RTC, FRAM, Qwiic: on Wire beside the PMIC (no 0x6B/0x36 device)
        uses["SCK"].ShouldBe(["spi"]);             // RFM95 LoRa (U2)
        uses["D2"].ShouldContain("interrupt");     // RFM95 DIO0
        uses["D8"].ShouldContain("interrupt");     // AB1805 interrupt (WAKE)
        uses["A5"].ShouldBe(["spi"]);              // SS to the SPI header J6: Boron A5 is SPI's SS, any GPIO on the B-SoM
        uses["D5"].ShouldBe(["digital"]);          // RFM95 NSS: a chip select on a pin with no SPI role is a GPIO
    }

    [SharedFact]
    public void Electron_switch_demo_keeps_its_pins()
    {
        var plan = Plan(CliRun.Of("migrate", Electron, "--format", "json"));

        // MIG-E: WKP -> A7 (47), D2 42, D3 40, D4 66, D5 68, 3V3 10. VIN (pad 1) and VBAT (pad 34) are wired to
        // nothing in the schematic (no pinref) nor the board (no contactref): they are not in the plan.
        plan.ShouldBe(new Dictionary<string, (int?, string)>
        {
            ["WKP"] = (47, "kept"), ["D2"] = (42, "kept"), ["D3"] = (40, "kept"),
            ["D4"] = (66, "kept"), ["D5"] = (68, "kept"), ["3V3"] = (10, "kept"),
        }, ignoreOrder: true);
    }

    [SharedFact]
    public void Electron_switch_demo_plans_the_same_from_schematic_and_board()
    {
        var schematic = CliRun.Of("migrate", Electron, "--format", "json").Json.GetProperty("pins").ToString();
        var board = CliRun.Of("migrate", Path.ChangeExtension(Electron, ".brd"), "--format", "json").Json.GetProperty("pins").ToString();

        schematic.ShouldBe(board);
    }

    [SharedFact]
    public void Switch_demo_leds_are_led_uses()
    {
        var uses = CliRun.Of("migrate", Electron, "--format", "json").Json.GetProperty("pins").EnumerateArray()
            .Where(p => p.GetProperty("sourcePin").GetString() != "GND").ToDictionary(
            p => p.GetProperty("sourcePin").GetString()!,
            p => p.GetProperty("uses").EnumerateArray().Select(u => u.GetString()!).ToList());

        // WKP, D2, D3 drive LED1 (an RGB LED) through R1, R3, R2, as `drctool pins` reads them.
        uses["WKP"].ShouldBe(["led"]);
        uses["D2"].ShouldBe(["led"]);
        uses["D3"].ShouldBe(["led"]);
    }

    [SharedFact]
    public void E_series_switch_demo_maps_usb_rgb_mode_and_reset_to_their_contacts()
    {
        var plan = Plan(CliRun.Of("migrate", ESeries, "--format", "json"));

        plan["USB+"].ShouldBe((11, "kept"));
        plan["USB-"].ShouldBe((13, "kept"));
        plan["VBUS"].ShouldBe((16, "kept"));
        plan["RGBR"].ShouldBe((61, "kept"));
        plan["RGBG"].ShouldBe((63, "kept"));
        plan["RGBB"].ShouldBe((65, "kept"));
        plan["MODE"].ShouldBe((32, "kept"));
        plan["RESET"].ShouldBe((34, "kept"));
        plan["WKP"].ShouldBe((47, "kept"));
        plan["3V3"].ShouldBe((10, "kept"));
        plan["LIPO"].Status.ShouldBe("not-needed");
        plan["VDDA"].Status.ShouldBe("not-needed");
    }
}
