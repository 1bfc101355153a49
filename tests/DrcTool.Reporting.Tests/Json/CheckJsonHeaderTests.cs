using System.Text.Json;
using DrcTool.Core.Checks;
using DrcTool.Core.Model;
using DrcTool.Reporting.Json;
using DrcTool.Reporting.Text;
using DrcTool.TestSupport;

namespace DrcTool.Reporting.Tests.Json;

/// <summary>The check document's header: tool and version, the severities it lists, and a timestamp only when asked for.</summary>
public class CheckJsonHeaderTests
{
    private static JsonElement Check(CheckJsonHeader? header)
    {
        var design = new DesignBuilder("boards/a.net").Socket().Part("U9", "SIM", 6).Net("SIM", "U9.2", "J1.67").Build();
        var text = JsonOutput.ToText(w => CheckReportJson.Write(w, [DesignOutcome.Checked("boards/a.net", DesignChecker.Check(design, CheckOptions.Default))], RuleCatalog.Default, header));
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    [Fact]
    public void The_tool_version_and_the_severities_come_first_and_no_timestamp_unless_asked()
    {
        var json = Check(new CheckJsonHeader("2.3.4"));
        json.EnumerateObject().Select(p => p.Name).Take(6).ShouldBe(["schemaVersion", "kind", "tool", "severities", "timestamp", "summary"]);
        json.GetProperty("tool").GetProperty("name").GetString().ShouldBe("DrcTool");
        json.GetProperty("tool").GetProperty("version").GetString().ShouldBe("2.3.4");
        json.GetProperty("severities").EnumerateArray().Select(e => e.GetString()).ShouldBe(["error", "warning", "note"]);
        json.GetProperty("timestamp").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public void A_timestamp_on_request_is_utc_to_the_second()
    {
        var at = new DateTimeOffset(2026, 12, 7, 7, 30, 15, TimeSpan.FromHours(1));
        Check(new CheckJsonHeader("1.0.0", Timestamp: at)).GetProperty("timestamp").GetString().ShouldBe("2026-12-07T06:30:15Z");
    }

    [Fact]
    public void A_minimum_severity_leaves_lower_findings_out_of_the_list_but_not_out_of_the_counts()
    {
        var all = Check(null);
        var notes = Findings(all).Count(f => f.GetProperty("severity").GetString() == "note");
        notes.ShouldBeGreaterThan(0, "the board must have notes for the filter to be seen");

        var errors = Check(new CheckJsonHeader("1.0.0", Severity.Error));
        errors.GetProperty("severities").EnumerateArray().Select(e => e.GetString()).ShouldBe(["error"]);
        Findings(errors).ShouldAllBe(f => f.GetProperty("severity").GetString() == "error");
        Findings(errors).Count().ShouldBe(Findings(all).Count(f => f.GetProperty("severity").GetString() == "error"));
        errors.GetProperty("summary").GetProperty("notes").GetInt32().ShouldBe(all.GetProperty("summary").GetProperty("notes").GetInt32());
    }

    [Fact]
    public void Design_formats_have_one_spelling_in_every_report()
    {
        FormatNames.Of(DesignFormat.KiCadNetlist).ShouldBe("kicad-net");
        FormatNames.Of(DesignFormat.EagleSchematic).ShouldBe("eagle-sch");
        foreach (var format in Enum.GetValues<DesignFormat>())
        {
            JsonOutput.FormatText(format).ShouldBe(FormatNames.Of(format));
        }
    }

    private static IEnumerable<JsonElement> Findings(JsonElement json) =>
        json.GetProperty("designs").EnumerateArray().SelectMany(d => d.GetProperty("findings").EnumerateArray());
}
