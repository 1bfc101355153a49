using System.Text.Json;
using DrcTool.Core.Checks;
using DrcTool.Core.Import;
using DrcTool.Core.Model;
using DrcTool.Reporting.Json;
using DrcTool.TestSupport;

namespace DrcTool.Reporting.Tests.Json;

public class JsonDeterminismTests
{
    private static DesignBuilder Board(bool reversedNets = false)
    {
        var b = new DesignBuilder("boards/a.net").Socket(rename: new Dictionary<string, string> { ["40"] = "D2", ["42"] = "D3" })
            .Part("R4", "10k").Part("R10", "4k7").Part("U9", "SIM", 6).Part("C1", "100n");
        var nets = new List<(string, string[])>
        {
            ("GND", ["J1.1", "J1.3", "J1.5", "J1.7", "J1.9", "J1.15", "J1.21", "J1.39", "J1.49", "J1.76", "J1.77", "C1.2"]),
            ("+3V3", ["R4.2", "R10.2", "J1.10", "J1.12", "C1.1"]),
            ("/RST", ["R4.1", "J1.34"]),
            ("/SDA", ["J1.22", "R10.1"]),
            ("SIM", ["U9.2", "J1.67"]),
            ("=HYPERLINK(\"x\")", ["J1.40", "U9.5"]),
        };
        if (reversedNets)
        {
            nets.Reverse();
        }

        foreach (var (name, nodes) in nets)
        {
            b.Net(name, reversedNets ? nodes.Reverse().ToArray() : nodes);
        }

        return b;
    }

    private static string CheckJson(Design design) =>
        JsonOutput.ToText(w => CheckReportJson.Write(w, [DesignOutcome.Checked("boards/a.net", DesignChecker.Check(design, CheckOptions.Default))], RuleCatalog.Default));

    [Fact]
    public void Check_report_is_byte_identical_when_written_twice()
    {
        var first = CheckJson(Board().Build());
        var second = CheckJson(Board().Build());
        second.ShouldBe(first);
        first.ShouldContain("\"DRC003\"");
    }

    [Fact]
    public void Netlist_and_pin_map_do_not_depend_on_the_order_the_reader_gave_the_nets()
    {
        // (The check report carries each net's source line, which legitimately moves when the file's order does.)
        JsonOutput.ToText(w => PinMap(w, Board(reversedNets: true).Build())).ShouldBe(JsonOutput.ToText(w => PinMap(w, Board().Build())));
        JsonOutput.ToText(w => NetlistJson.Write(w, Board(reversedNets: true).Build()))
            .ShouldBe(JsonOutput.ToText(w => NetlistJson.Write(w, Board().Build())));
    }

    private static void PinMap(Utf8JsonWriter writer, Design design)
    {
        var (search, binding) = DesignChecker.Default.Bind(design, CheckOptions.Default);
        PinMapJson.Write(writer, design, search, binding, CheckOptions.DefaultVariant);
    }

    [Fact]
    public void Output_uses_LF_line_ends_and_keeps_rail_names_readable()
    {
        var text = JsonOutput.ToText(w => NetlistJson.Write(w, Board().Build()));
        text.ShouldNotContain("\r");
        text.ShouldEndWith("}\n");
        text.ShouldContain("\"name\": \"+3V3\"");
        // A formula-like net name is data: it round-trips as a plain JSON string.
        JsonDocument.Parse(text).RootElement.GetProperty("nets").EnumerateArray()
            .Select(n => n.GetProperty("name").GetString()).ShouldContain("=HYPERLINK(\"x\")");
    }

    [Fact]
    public void Nets_are_sorted_naturally_and_nodes_by_reference_then_pad()
    {
        var root = JsonDocument.Parse(JsonOutput.ToText(w => NetlistJson.Write(w, Board(reversedNets: true).Build()))).RootElement;
        root.GetProperty("nets").EnumerateArray().Select(n => n.GetProperty("name").GetString())
            .ShouldBe(["+3V3", "/RST", "/SDA", "=HYPERLINK(\"x\")", "GND", "SIM"]); // ordinal: + / = G S
        var gnd = root.GetProperty("nets").EnumerateArray().Single(n => n.GetProperty("name").GetString() == "GND");
        gnd.GetProperty("nodes").EnumerateArray().Select(n => $"{n.GetProperty("ref").GetString()}.{n.GetProperty("pin").GetString()}")
            .ShouldBe(["C1.2", "J1.1", "J1.3", "J1.5", "J1.7", "J1.9", "J1.15", "J1.21", "J1.39", "J1.49", "J1.76", "J1.77"]);
        root.GetProperty("parts").EnumerateArray().Select(p => p.GetProperty("ref").GetString()).ShouldBe(["C1", "J1", "R4", "R10", "U9"]);
    }

    [Fact]
    public void Unreadable_design_is_an_entry_with_its_error_and_no_findings()
    {
        var text = JsonOutput.ToText(w => CheckReportJson.Write(w,
            [DesignOutcome.Unreadable(new DesignReadException("b.kicad_pcb", 12, 4, "unexpected end of file"))], RuleCatalog.Default));
        var design = JsonDocument.Parse(text).RootElement.GetProperty("designs")[0];
        design.GetProperty("file").GetString().ShouldBe("b.kicad_pcb");
        design.GetProperty("format").ValueKind.ShouldBe(JsonValueKind.Null);
        design.GetProperty("error").GetProperty("message").GetString().ShouldBe("unexpected end of file");
        design.GetProperty("error").GetProperty("column").GetInt32().ShouldBe(4);
        design.TryGetProperty("findings", out _).ShouldBeFalse();
    }

    [Fact]
    public void Pin_map_entries_carry_contact_pin_net_and_parts()
    {
        var design = Board().Build();
        var (search, binding) = DesignChecker.Default.Bind(design, CheckOptions.Default);
        var root = JsonDocument.Parse(JsonOutput.ToText(w => PinMapJson.Write(w, design, search, binding, CheckOptions.DefaultVariant))).RootElement;
        root.GetProperty("schemaVersion").GetInt32().ShouldBe(1);
        var sda = root.GetProperty("contacts").EnumerateArray().Single(c => c.GetProperty("contact").GetInt32() == 22);
        sda.GetProperty("pin").GetString().ShouldBe("D0");
        sda.GetProperty("net").GetString().ShouldBe("/SDA");
        sda.GetProperty("parts").EnumerateArray().Select(p => p.GetString()).ShouldBe(["R10"]);
        sda.GetProperty("pad").GetString().ShouldBe("22");
    }
}
