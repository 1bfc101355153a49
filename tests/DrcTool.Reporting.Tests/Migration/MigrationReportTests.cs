using System.Text.Json;
using DrcTool.Core.Migration;
using DrcTool.Reporting.Migration;

namespace DrcTool.Reporting.Tests.Migration;

/// <summary>The plan's formats: JSON field names exactly as issue 11 item 6 names them, text, Markdown, workbook.</summary>
public sealed class MigrationReportTests
{
    private static MigrationPlan Plan()
    {
        var spi = new[]
        {
            new SourceBoardPin("A3", "analog", ["gpio", "adc", "spi:SPI:SCK"], "SCK|ADC", [PinUse.Spi]) { GuideContact = 37 },
            new SourceBoardPin("A4", "analog", ["gpio", "adc", "spi:SPI:MISO"], "MISO", [PinUse.Spi]) { GuideContact = 41 },
            new SourceBoardPin("A5", "analog", ["gpio", "adc", "spi:SPI:MOSI"], "MOSI", [PinUse.Spi]) { GuideContact = 43 },
            new SourceBoardPin("A0", "analog", ["gpio", "adc"], "SENSE", [PinUse.Analog]) { GuideContact = 23, MaxVolts = 5.0 },
            new SourceBoardPin("C4", "gpio", ["gpio", "can:CAN1:TX"], "CAN_TX", [PinUse.Can]),
            new SourceBoardPin("3V3", "power", [], "+3V3", [PinUse.Power]),
            new SourceBoardPin("VIN", "power", [], "VIN", [PinUse.Power]),
            new SourceBoardPin("GND", "ground", [], "GND", [PinUse.Ground]),
        };
        return MigrationPlanner.Default.Plan(new SourceBoard("Electron", "E1", spi) { Gen2 = true, StatusLedOnModule = true }, SomVariant.B404X, new SolveOptions());
    }

    [Fact]
    public void Json_has_the_issues_field_names_and_every_pin()
    {
        using var document = JsonDocument.Parse(MigrationJson.ToText(Plan(), "board.sch"));
        var root = document.RootElement;

        root.GetProperty("kind").GetString().ShouldBe("migration");
        root.GetProperty("source").GetProperty("module").GetString().ShouldBe("Electron");
        root.GetProperty("source").GetProperty("ref").GetString().ShouldBe("E1");
        root.GetProperty("target").GetProperty("module").GetString().ShouldBe("B-Series SoM");
        root.GetProperty("target").GetProperty("variant").GetString().ShouldBe("B404X");
        var pins = root.GetProperty("pins").EnumerateArray().ToList();
        pins.Count.ShouldBe(8);
        foreach (var pin in pins)
        {
            pin.EnumerateObject().Select(p => p.Name).ShouldBe(["sourcePin", "net", "uses", "contact", "targetPin", "status", "reason"]);
        }

        var a3 = pins.Single(p => p.GetProperty("sourcePin").GetString() == "A3");
        a3.GetProperty("contact").GetInt32().ShouldBe(54);
        a3.GetProperty("targetPin").GetString().ShouldBe("SCK");
        a3.GetProperty("status").GetString().ShouldBe("moved");
        a3.GetProperty("uses").EnumerateArray().Select(u => u.GetString()).ShouldBe(["spi"]);
        var can = pins.Single(p => p.GetProperty("sourcePin").GetString() == "C4");
        can.GetProperty("contact").ValueKind.ShouldBe(JsonValueKind.Null);
        can.GetProperty("status").GetString().ShouldBe("lost");
        pins.Single(p => p.GetProperty("sourcePin").GetString() == "VIN").GetProperty("status").GetString().ShouldBe("not-needed");
        root.GetProperty("boardChanges").EnumerateArray().First().EnumerateObject().Select(p => p.Name).ShouldBe(["id", "message"]);
        root.GetProperty("firmware").GetArrayLength().ShouldBeGreaterThan(0);
        root.GetProperty("fiveVolt").EnumerateArray().Select(e => e.GetString()).ShouldBe(["A0"]);
        root.GetProperty("placesEverything").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public void Json_gives_pwmHz_only_where_a_pwm_use_needs_a_frequency()
    {
        var pins = new[]
        {
            new SourceBoardPin("A0", "analog", ["gpio", "adc", "pwm:PWM2"], "SERVO", [PinUse.Pwm]) { GuideContact = 23, PwmHz = 50 },
            new SourceBoardPin("A1", "analog", ["gpio", "adc", "pwm:PWM2"], "SENSE", [PinUse.Analog]) { GuideContact = 33 },
        };
        var plan = MigrationPlanner.Default.Plan(new SourceBoard("Boron", "U1", pins), SomVariant.B404X, new SolveOptions());

        using var document = JsonDocument.Parse(MigrationJson.ToText(plan, "board.sch"));
        var rows = document.RootElement.GetProperty("pins").EnumerateArray().ToDictionary(p => p.GetProperty("sourcePin").GetString()!);

        rows["A0"].EnumerateObject().Select(p => p.Name).ShouldBe(["sourcePin", "net", "uses", "pwmHz", "contact", "targetPin", "status", "reason"]);
        rows["A0"].GetProperty("pwmHz").GetInt32().ShouldBe(50);
        rows["A0"].GetProperty("reason").GetString().ShouldBe("the guides' B-SoM pin for A0; PWM group PWM2 at 50 Hz");
        rows["A1"].TryGetProperty("pwmHz", out _).ShouldBeFalse();
    }

    [Fact]
    public void Json_is_byte_identical_across_runs()
    {
        MigrationJson.ToText(Plan(), "board.sch").ShouldBe(MigrationJson.ToText(Plan(), "board.sch"));
    }

    [Fact]
    public void Text_table_lists_every_pin_with_its_status_and_the_notes()
    {
        var output = new StringWriter();
        MigrationText.Write(output, Plan(), "board.sch");
        var text = output.ToString();

        text.ShouldContain("Source pin");
        text.ShouldContain("SCK (54)");
        text.ShouldContain("[supply-3v3]");
        text.ShouldContain("5 V tolerance lost: A0");
        text.ShouldContain("1 of 8 source pins cannot be placed");
    }

    [Fact]
    public void Markdown_escapes_net_names_that_would_break_the_table()
    {
        var output = new StringWriter();
        MigrationMarkdown.Write(output, Plan(), "board.sch");

        output.ToString().ShouldContain("| A3 | SCK\\|ADC |");
    }

    [Fact]
    public void Workbook_is_deterministic_and_opens_as_a_zip()
    {
        byte[] Write()
        {
            using var stream = new MemoryStream();
            MigrationWorkbook.Write(Plan(), "board.sch", stream);
            return stream.ToArray();
        }

        var first = Write();
        first.ShouldBe(Write());
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(first));
        zip.Entries.Select(e => e.FullName).ShouldContain(n => n.StartsWith("xl/worksheets/", StringComparison.Ordinal));
    }
}
