using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DrcTool.Reporting.Html;
using DrcTool.Reporting.Model;
using DrcTool.Reporting.Tests.Csv;
using DrcTool.Reporting.Tests.Support;

namespace DrcTool.Reporting.Tests.Html;

/// <summary>
/// The HTML report of the hand-written mixed run (alpha fails on D7 at contact 36 and warns on RST at 34, beta is
/// unreadable, gamma passes with a waived finding): what each board shows, the picture's contacts, and its links.
/// </summary>
public sealed class HtmlReportWriterTests
{
    private const string Hostile = "</svg><script>alert(1)</script><img src=x onerror=alert(2)>\"'&";

    internal static string Html(ReportRun run) => Encoding.UTF8.GetString(CsvWriterTests.Bytes(new HtmlReportWriter(), run));

    /// <summary>Each board section's text, by board id (b1 is the failing alpha, b2 unreadable beta, b3 passing gamma).</summary>
    private static string Section(string html, string id) =>
        Regex.Match(html, $"<section class=\"board [a-z]+\" id=\"{id}\">.*?</section>", RegexOptions.Singleline).Value;

    private static XElement Picture(string section) =>
        XElement.Parse(Regex.Match(section, "<svg .*?</svg>", RegexOptions.Singleline).Value);

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XElement Contact(XElement svg, int contact) =>
        svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("data-contact") == contact.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void The_overview_gives_the_verdict_and_lists_failing_boards_first_with_the_rules_that_fail_them()
    {
        var html = Html(SampleRuns.Mixed());

        html.ShouldContain("<div class=\"verdict fail\">FAIL: 1 passed, 1 failed, 1 unreadable</div>");
        var rows = Regex.Matches(html, "<tr class=\"(pass|fail|unreadable)\">.*?</tr>", RegexOptions.Singleline).Select(m => m.Value).ToList();
        rows.Count.ShouldBe(3);
        rows[0].ShouldContain("href=\"#b1\"");
        rows[0].ShouldContain("<b>alpha.sch</b>");
        rows[0].ShouldContain("<code>DRC010</code></a> No 5 V on a SoM signal pin");
        rows[0].ShouldNotContain("DRC020", customMessage: "a note does not fail a board at the error level");
        rows[1].ShouldContain("unbalanced parentheses");
        rows[2].ShouldContain("<b>gamma.brd</b>");
        html.ShouldContain("<b>1</b> error</li>");
        html.ShouldContain("<b>1</b> waived finding</li>");
        html.ShouldContain("DRC030</code> on <code>/SIM_VCC</code>: test point only", customMessage: "unmatched waivers are listed");
    }

    [Fact]
    public void The_B_SoM_picture_draws_every_contact_once_coloured_by_its_status_and_labelled_with_pin_and_net()
    {
        var svg = Picture(Section(Html(SampleRuns.Mixed("/LED_STATUS")), "b1"));

        var contacts = svg.Descendants(Svg + "g").Select(g => (string?)g.Attribute("data-contact")).OfType<string>().Select(int.Parse).ToList();
        contacts.Order().ShouldBe(Enumerable.Range(1, 23).Concat(Enumerable.Range(32, 46)));
        ((string?)Contact(svg, 36).Attribute("data-status")).ShouldBe("error");
        ((string?)Contact(svg, 34).Attribute("data-status")).ShouldBe("warning");
        ((string?)Contact(svg, 10).Attribute("data-status")).ShouldBe("ok");
        ((string?)Contact(svg, 1).Attribute("data-status")).ShouldBe("unconnected");
        ((string?)Contact(svg, 76).Attribute("data-status")).ShouldBe("absent", "the sample pin map has no hold-down pads");
        Contact(svg, 36).Elements(Svg + "text").Select(t => t.Value).ShouldBe(["36", "D7", "/LED_STATUS"]);
        ((string?)Contact(svg, 36).Attribute("id")).ShouldBe("b1-c36");
        Contact(svg, 36).Element(Svg + "rect")!.Attribute("fill")!.Value.ShouldBe(StatusStyle.Error.Fill);
    }

    [Fact]
    public void The_picture_has_odd_and_even_contacts_in_two_rows_with_the_key_gap_between_23_and_32()
    {
        var svg = Picture(Section(Html(SampleRuns.Mixed()), "b1"));
        double X(int c) => double.Parse(Contact(svg, c).Element(Svg + "rect")!.Attribute("x")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        double Y(int c) => double.Parse(Contact(svg, c).Element(Svg + "rect")!.Attribute("y")!.Value, System.Globalization.CultureInfo.InvariantCulture);

        foreach (var odd in new[] { 1, 23, 33, 75 })
        {
            X(odd).ShouldBe(X(1));
        }

        foreach (var even in new[] { 2, 22, 32, 74 })
        {
            X(even).ShouldBe(X(2));
        }

        X(2).ShouldBeGreaterThan(X(1));
        var pitch = Y(3) - Y(1);
        (Y(2) - Y(1)).ShouldBe(pitch / 2, "the rows are half a pitch apart");
        (Y(33) - Y(23)).ShouldBe(5 * pitch, "contacts 25, 27, 29 and 31 are the key's");
        (Y(32) - Y(22)).ShouldBe(5 * pitch, "contacts 24, 26, 28 and 30 are the key's");
        svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "mark").Value.ShouldContain("key E");
    }

    [Fact]
    public void The_legend_names_every_status_with_its_count()
    {
        var svg = Picture(Section(Html(SampleRuns.Mixed()), "b1"));

        var legend = svg.Descendants(Svg + "g").Where(g => ((string?)g.Attribute("class"))?.StartsWith("legend-item", StringComparison.Ordinal) == true)
            .Select(g => g.Value).ToList();
        legend.ShouldBe(["error 1", "warning 1", "note 0", "ok 1", "unconnected 64", "not in the design 2"]);
    }

    [Fact]
    public void A_finding_links_to_its_contacts_and_a_contact_links_to_its_finding_and_every_link_has_its_target()
    {
        var html = Html(SampleRuns.Mixed());
        var alpha = Section(html, "b1");

        var finding = Regex.Match(alpha, "<li class=\"finding error\" id=\"b1-f1\">.*?</li>", RegexOptions.Singleline).Value;
        finding.ShouldContain("<a class=\"contact-link\" href=\"#b1-c36\">36 D7</a>");
        finding.ShouldContain("<a class=\"show\" href=\"#b1-f1\">");
        alpha.ShouldContain("<a href=\"#b1-f1\"><g class=\"pad error\" id=\"b1-c36\"");
        alpha.ShouldContain("<a href=\"#b1-f2\"><g class=\"pad warning\" id=\"b1-c34\"");
        html.ShouldContain("body:has(#b1-f1:target) :is(#b1-c36) > rect");
        html.ShouldContain("body:has(#b1-f3:target) :is(#b1-c17,#b1-c19) > rect", customMessage: "the NFC note marks both its contacts");

        var ids = Regex.Matches(html, " id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        ids.ShouldBeUnique();
        foreach (Match link in Regex.Matches(html, "href=\"#([^\"]+)\""))
        {
            ids.ShouldContain(link.Groups[1].Value, $"the link to #{link.Groups[1].Value} has no target");
        }
    }

    [Fact]
    public void Findings_are_grouped_by_severity_with_notes_and_waived_ones_folded()
    {
        var html = Html(SampleRuns.Mixed());
        var alpha = Section(html, "b1");

        alpha.IndexOf("<h3 class=\"error\">Errors (1)</h3>", StringComparison.Ordinal).ShouldBeLessThan(alpha.IndexOf("<h3 class=\"warning\">Warnings (1)</h3>", StringComparison.Ordinal));
        alpha.ShouldContain("<details><summary><h3 class=\"note\">Notes (1)</h3></summary>");
        alpha.ShouldContain("<dt>Where</dt><dd><code>boards/alpha/alpha.sch:42:5</code></dd>");
        alpha.ShouldContain("<dt>Fix</dt><dd class=\"fix\">Pull up to the SoM&#39;s 3V3 instead, or add a level shifter.</dd>");
        var gamma = Section(html, "b3");
        gamma.ShouldContain("<details><summary><h3 class=\"waived\">Waived (1)</h3></summary>");
        gamma.ShouldContain("RST pulled up on the SoM carrier, see ECO-12");
        Section(html, "b2").ShouldContain("<p class=\"read-error\">Could not be read: /repo/boards/beta/Beta Board.kicad_pcb:17:3: unbalanced parentheses</p>");
    }

    [Fact]
    public void Text_from_the_design_is_escaped_everywhere_and_the_pictures_stay_well_formed()
    {
        var html = Html(SampleRuns.Mixed(Hostile));

        html.ShouldNotContain("<script", Case.Insensitive);
        html.ShouldNotContain("<img", Case.Insensitive);
        html.ShouldContain("&lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&quot;&#39;&amp;");
        var svg = Picture(Section(html, "b1"));
        svg.Descendants(Svg + "text").Select(t => t.Value).ShouldContain(HtmlTextShortened(Hostile));
        Contact(svg, 36).Element(Svg + "title")!.Value.ShouldContain(Hostile);
    }

    [Fact]
    public void Control_characters_and_lone_surrogates_in_a_net_name_do_not_break_the_SVG()
    {
        var html = Html(SampleRuns.Mixed("/NET\u0001\uD800X"));

        var svg = Picture(Section(html, "b1"));
        Contact(svg, 36).Elements(Svg + "text").Last().Value.ShouldBe("/NET\uFFFD\uFFFDX");
    }

    [Fact]
    public void The_same_run_gives_the_same_bytes()
    {
        var first = CsvWriterTests.Bytes(new HtmlReportWriter(), SampleRuns.Mixed(Hostile));
        var second = CsvWriterTests.Bytes(new HtmlReportWriter(), SampleRuns.Mixed(Hostile));

        second.ShouldBe(first);
        Encoding.UTF8.GetString(first).ShouldNotContain(DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-");
    }

    [Fact]
    public void The_run_time_command_and_configuration_are_shown_only_when_the_run_records_them()
    {
        var bare = Html(SampleRuns.Mixed());
        var recorded = Html(SampleRuns.Mixed() with
        {
            Timestamp = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000),
            CommandLine = "drctool check boards/ --report <x>.html",
            ConfigFiles = ["/repo/boards/drctool.yaml"],
        });

        bare.ShouldNotContain("UTC");
        recorded.ShouldContain(" · 2023-11-14 22:13:20 UTC<br><code>drctool check boards/ --report &lt;x&gt;.html</code><br>configuration: <code>boards/drctool.yaml</code>");
    }

    [Fact]
    public void Nothing_is_loaded_from_elsewhere_and_only_rule_pages_are_linked_off_the_page()
    {
        var run = SampleRuns.Mixed("http://evil.example/x.png") with { HelpBaseUri = new Uri("https://example.org/drctool/blob/main/") };
        var html = Html(run);

        html.ShouldNotContain("@import");
        html.ShouldNotContain("<link", Case.Insensitive);
        html.ShouldNotContain("<iframe", Case.Insensitive);
        html.ShouldNotContain("<object", Case.Insensitive);
        Regex.Matches(html, @"url\(([^)]*)\)").Select(m => m.Groups[1].Value).ShouldAllBe(u => u.StartsWith('#'));
        Regex.Matches(html, @"\s(src|srcset|poster|action|data|xlink:href)\s*=", RegexOptions.IgnoreCase).ShouldBeEmpty();
        var external = Regex.Matches(html, "href=\"([^\"#][^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
        external.ShouldNotBeEmpty("the rule pages are published, so findings link to them");
        external.ShouldAllBe(h => h.StartsWith("https://example.org/drctool/blob/main/docs/rules/", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_published_docs_address_rule_pages_are_named_not_linked()
    {
        var html = Html(SampleRuns.Mixed());

        Regex.Matches(html, "href=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ShouldAllBe(h => h.StartsWith('#'));
        html.ShouldContain("<dt>Help</dt><dd><code>docs/rules/DRC010.md</code></dd>");
    }

    [Fact]
    public void A_board_without_a_module_says_so_instead_of_drawing_an_empty_picture()
    {
        var run = SampleRuns.Mixed() with
        {
            Designs = [new DesignReport { File = "/repo/r.net", Format = "KiCadNetlist", Variant = "B404X" }],
        };

        var html = Html(run);

        html.ShouldContain("No module was found on this board, so there is no picture.");
        html.ShouldNotContain("<svg");
        html.ShouldContain("<p>No findings.</p>");
        html.ShouldContain("PASS: 1 passed, 0 failed, 0 unreadable");
    }

    private static string HtmlTextShortened(string text) => text.Length <= 24 ? text : string.Concat(text.AsSpan(0, 23), "…");
}
