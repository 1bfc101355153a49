using DrcTool.Core.Checks;
using DrcTool.Core.Config;
using DrcTool.Core.Model;

namespace DrcTool.Core.Tests.Config;

public class SelectorTests
{
    [Theory]
    [InlineData("net:/RESET", SelectorKind.Net, "/RESET", null)]
    [InlineData("net: SIM_*", SelectorKind.Net, "SIM_*", null)]
    [InlineData("NET:Net-(R1-Pad2)", SelectorKind.Net, "Net-(R1-Pad2)", null)]
    [InlineData("part:R3.2", SelectorKind.Part, "R3", "2")]
    [InlineData("part:U$3", SelectorKind.Part, "U$3", null)]
    [InlineData("R3.2", SelectorKind.Part, "R3", "2")]
    [InlineData("R3", SelectorKind.Part, "R3", null)]
    [InlineData("U1.A3", SelectorKind.Part, "U1", "A3")]
    [InlineData("contact:34", SelectorKind.Contact, "34", null)]
    [InlineData("pin:RST", SelectorKind.SomPin, "RST", null)]
    [InlineData("som:D0", SelectorKind.SomPin, "D0", null)]
    public void Parses_selectors(string text, SelectorKind kind, string name, string? pin)
    {
        var selector = Selector.Parse(text);

        (selector.Kind, selector.Name, selector.Pin).ShouldBe((kind, name, pin));
        selector.Text.ShouldBe(text.Trim());
    }

    [Theory]
    [InlineData("")]
    [InlineData("net:")]
    [InlineData("contact:abc")]
    [InlineData("R3 R4")]
    [InlineData("xy:R3")]
    public void Rejects_what_is_not_a_selector(string text)
    {
        SelectorGrammar.TryParse(text, out _).ShouldBeFalse();
    }

    private static Finding Finding(string rule = "DRC015") => new()
    {
        RuleId = rule,
        Severity = Severity.Warning,
        Message = "m",
        Nets = ["/RESET"],
        Parts = ["R1", "U2.4"],
        Contacts = [34],
        SomPins = ["RST"],
    };

    [Theory]
    [InlineData("net:/RESET", true)]
    [InlineData("net:/reset", true)]
    [InlineData("net:/RES*", true)]
    [InlineData("net:SDA", false)]
    [InlineData("part:R1", true)]
    [InlineData("R1.2", true)]        // the finding names R1 without a pad
    [InlineData("U2.4", true)]
    [InlineData("U2.5", false)]
    [InlineData("U2", true)]
    [InlineData("R10", false)]
    [InlineData("contact:34", true)]
    [InlineData("contact:3?", true)]
    [InlineData("contact:22", false)]
    [InlineData("pin:RST", true)]
    public void Matches_findings_by_what_they_name(string selector, bool matches)
    {
        Selector.Parse(selector).Matches(Finding()).ShouldBe(matches);
    }

    [Fact]
    public void A_contact_or_pin_waiver_matches_findings_about_that_contact_not_every_finding_that_lists_it()
    {
        // DRC021 is about VCC (2) and lists the other supply contacts; DRC011 is about contact 10 itself.
        var rail = Finding("DRC021") with { Contacts = [2, 4, 6, 8, 10, 12], SomPins = ["VCC", "VCC", "VCC", "VCC", "3V3", "3V3"] };
        var own = Finding("DRC011") with { Contacts = [10, 34], SomPins = ["3V3", "RST"] };

        Selector.Parse("contact:10").Matches(rail).ShouldBeFalse();
        Selector.Parse("contact:10").Matches(own).ShouldBeTrue();
        Selector.Parse("contact:34").Matches(own).ShouldBeFalse();
        Selector.Parse("pin:3V3").Matches(rail).ShouldBeFalse();
        Selector.Parse("pin:3V3").Matches(own).ShouldBeTrue();
        Selector.Parse("contact:10").Matches(Finding() with { Contacts = [], SomPins = [] }).ShouldBeFalse();

        var waiver = new Waiver("DRC0*", Selector.Parse("contact:10"), "3V3 is cut on purpose", new SourceLocation("drctool.yaml", 2, 3));
        var outcome = WaiverApplier.Apply([rail, own], [waiver]);
        outcome.Findings.Select(f => f.IsSuppressed).ShouldBe([false, true]);
    }

    [Fact]
    public void Waivers_suppress_matching_findings_and_report_the_ones_that_match_nothing()
    {
        var location = new SourceLocation("drctool.yaml", 3, 5);
        Waiver[] waivers =
        [
            new("DRC015", Selector.Parse("net:/RESET"), "pulled up off-board", location),
            new("DRC0*", Selector.Parse("net:SDA"), "never matches", location with { Line = 6 }),
        ];

        var outcome = WaiverApplier.Apply([Finding(), Finding("DRC016")], waivers);

        outcome.Findings[0].WaiverReason.ShouldBe("pulled up off-board");
        outcome.Findings[0].IsSuppressed.ShouldBeTrue();
        outcome.Findings[1].IsSuppressed.ShouldBeFalse();
        outcome.Unused.ShouldHaveSingleItem().Location.Line.ShouldBe(6);
    }
}
