using System.Text;
using DrcTool.Core.Import;
using DrcTool.Core.Model;
using DrcTool.Core.Tests.Import.KiCad;

namespace DrcTool.Core.Tests.Hostile;

/// <summary>
/// The hostile inputs issue 6 names one by one: 100k-deep nesting, 10 MB tokens, and Eagle DTD tricks
/// (external entities, billion laughs). Each runs through <see cref="HostileInput"/>: on its own 1 MB-stack thread,
/// with a time limit, and judged as the harness judges.
/// </summary>
public sealed class HostileNamedTests
{
    private const int Depth = Mutator.DeepNesting;
    private const int TokenLength = Mutator.HugeToken;

    private static HostileInput.Outcome Run(string path, string text) => Run(path, Encoding.UTF8.GetBytes(text));

    private static HostileInput.Outcome Run(string path, byte[] bytes)
    {
        var outcome = HostileInput.Run(path, bytes);
        outcome.Failure.ShouldBeNull();
        return outcome;
    }

    private static string Nest(int depth, string inner = "x") => new string('(', depth) + inner + new string(')', depth);

    private static string XmlNest(int depth) =>
        new StringBuilder(depth * 8).Insert(0, "<a>", depth).Append("deep").Insert(depth * 3 + 4, "</a>", depth).ToString();

    // ---- 100k levels of nesting -------------------------------------------------------------------------

    [Fact]
    public void Deep_nesting_inside_a_board_footprint_is_read_around()
    {
        var board = KiCadBoardSamples.KiCad8.Replace("(attr smd dnp)", $"(attr smd dnp) (graphic {Nest(Depth)})");
        var design = Run("deep.kicad_pcb", board).Design.ShouldNotBeNull();
        design.Components.Select(c => c.Reference).ShouldBe(["U1", "R7", "C3"]);
        design.FindComponent("R7")!.Fitted.ShouldBeFalse();
        design.NetOf("R7", "2")!.Name.ShouldBe("Net-(U1-EN)");
    }

    [Fact]
    public void Deep_nesting_left_open_in_a_board_is_an_error_at_the_end_naming_where_it_opened()
    {
        var board = KiCadBoardSamples.KiCad8.Replace("(attr smd dnp)", "(attr smd dnp) " + new string('(', Depth));
        var error = Run("open.kicad_pcb", board).Error.ShouldBeOfType<DesignReadException>();
        // The rest of the file closes all but two of what it opens, so 100k stay open: the board, the footprint and
        // all but two of the inserted lists.
        error.Reason.ShouldContain($"{Depth} list(s) still open");
        error.Reason.ShouldContain("the outermost at line 1 column 1");
        var openedAt = board.Split('\n').Select((line, index) => (line, index)).First(x => x.line.Contains("(attr smd dnp)")).index + 1;
        error.Reason.ShouldContain($"innermost opened at line {openedAt}");
    }

    [Fact]
    public void Deep_nesting_in_a_netlist_is_read_around()
    {
        var netlist = KiCadNetlistSamples.VersionE.Replace("(tstamps \"9a0c4a8e-0000-4000-8000-000000000002\")", $"(extra {Nest(Depth)})");
        var design = Run("deep.net", netlist).Design.ShouldNotBeNull();
        design.FindComponent("R1")!.Value.ShouldBe("10k");
        design.FindNet("/RST")!.Nodes.Count.ShouldBe(3);
    }

    [Fact]
    public void Deep_nesting_as_the_whole_file_is_refused_with_a_location()
    {
        foreach (var head in new[] { "kicad_pcb", "export", "kicad_sch" })
        {
            // The format is recognised from the head; the reader then finds no design inside 100k anonymous lists.
            var outcome = Run($"deep-{head}.txt", $"({head} {Nest(Depth)})");
            if (outcome.Error is DesignReadException error) error.Line.ShouldBeGreaterThan(0);
        }
    }

    [Fact]
    public void Deep_nesting_in_a_kicad_schematic_does_not_overflow_the_stack()
    {
        var schematic = ProjectSamples.KiCadSchematic.Replace("(paper \"A4\")", $"(paper \"A4\") (junk {Nest(Depth)})");
        Run("deep.kicad_sch", schematic);
    }

    [Fact]
    public void Deep_element_nesting_in_Eagle_xml_does_not_overflow_the_stack()
    {
        Run("deep.sch", ProjectSamples.EagleSchematic.Replace("<plain>", "<plain>" + XmlNest(Depth)));
        Run("deep.brd", ProjectSamples.EagleBoard.Replace("<plain>", "<plain>" + XmlNest(Depth)));
    }

    // ---- 10 MB tokens -----------------------------------------------------------------------------------

    [Fact]
    public void A_10MB_value_string_in_a_board_is_read_whole()
    {
        var huge = new string('V', TokenLength);
        var board = KiCadBoardSamples.KiCad8.Replace("\"100k\"", $"\"{huge}\"");
        var outcome = Run("huge-value.kicad_pcb", board);
        outcome.Design.ShouldNotBeNull().FindComponent("R7")!.Value.Length.ShouldBe(TokenLength);
    }

    [Fact]
    public void A_10MB_bare_net_name_in_a_netlist_is_read_whole()
    {
        var huge = new string('N', TokenLength);
        var netlist = KiCadNetlistSamples.VersionD.Replace("(name /SDA)", $"(name {huge})");
        var design = Run("huge-net.net", netlist).Design.ShouldNotBeNull();
        design.NetOf("U1", "8")!.Name.Length.ShouldBe(TokenLength);
    }

    [Fact]
    public void A_10MB_string_that_never_closes_is_an_error_at_its_opening_quote_that_does_not_echo_it()
    {
        // The file ends inside the string: no later quote can close it.
        var cut = KiCadBoardSamples.KiCad6.IndexOf("(fp_text value \"10k\"", StringComparison.Ordinal);
        var board = KiCadBoardSamples.KiCad6[..cut] + "(fp_text value \"" + new string('Q', TokenLength);
        var error = Run("huge-open.kicad_pcb", board).Error.ShouldBeOfType<DesignReadException>();
        error.Reason.ShouldContain("string is never closed");
        var line = board.Split('\n').Select((text, index) => (text, index)).First(x => x.text.Contains("(fp_text value \"QQQ")).index + 1;
        error.Line.ShouldBe(line);
        error.Message.Length.ShouldBeLessThan(HostileInput.MaxMessageLength);
    }

    [Fact]
    public void A_10MB_token_with_a_control_byte_at_its_end_is_located_exactly()
    {
        var board = "(kicad_pcb (version 20240108)\n  (net 1 " + new string('T', TokenLength) + "\u0001))";
        var error = Run("huge-control.kicad_pcb", board).Error.ShouldBeOfType<DesignReadException>();
        (error.Line, error.Column).ShouldBe((2, 10 + TokenLength));
    }

    [Fact]
    public void A_10MB_attribute_in_Eagle_xml_is_read_or_refused_with_a_location()
    {
        var huge = new string('E', TokenLength);
        Run("huge.sch", ProjectSamples.EagleSchematic.Replace("value=\"10k\"", $"value=\"{huge}\""));
        Run("huge.brd", ProjectSamples.EagleBoard.Replace("value=\"10k\"", $"value=\"{huge}\""));
    }

    // ---- Eagle DTD tricks -------------------------------------------------------------------------------

    [Fact]
    public void An_external_entity_in_an_Eagle_file_never_reads_the_file_it_names()
    {
        var secret = Path.Combine(Path.GetTempPath(), $"drctool-secret-{Environment.ProcessId}.txt");
        const string marker = "SECRET-8c1f2e-DO-NOT-LEAK";
        File.WriteAllText(secret, marker);
        try
        {
            var uri = new Uri(secret).AbsoluteUri;
            foreach (var (name, drawing) in new[] { ("xxe.sch", ProjectSamples.EagleSchematic), ("xxe.brd", ProjectSamples.EagleBoard) })
            {
                var hostile = drawing
                    .Replace("<!DOCTYPE eagle SYSTEM \"eagle.dtd\">", $"<!DOCTYPE eagle [ <!ENTITY leak SYSTEM \"{uri}\"> ]>")
                    .Replace("value=\"10k\"", "value=\"&leak;\"");
                var outcome = Run(name, hostile);
                AllText(outcome).ShouldNotContain(marker);
            }
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void An_external_parameter_entity_and_an_external_dtd_are_never_fetched()
    {
        var secret = Path.Combine(Path.GetTempPath(), $"drctool-secret-dtd-{Environment.ProcessId}.dtd");
        const string marker = "SECRET-DTD-4a7b";
        File.WriteAllText(secret, $"<!ENTITY % inner \"<!ENTITY leak '{marker}'>\"> %inner;");
        try
        {
            var uri = new Uri(secret).AbsoluteUri;
            var parameter = ProjectSamples.EagleSchematic
                .Replace("<!DOCTYPE eagle SYSTEM \"eagle.dtd\">", $"<!DOCTYPE eagle [ <!ENTITY % remote SYSTEM \"{uri}\"> %remote; ]>")
                .Replace("value=\"10k\"", "value=\"&leak;\"");
            AllText(Run("param.sch", parameter)).ShouldNotContain(marker);

            var external = ProjectSamples.EagleBoard
                .Replace("<!DOCTYPE eagle SYSTEM \"eagle.dtd\">", $"<!DOCTYPE eagle SYSTEM \"{uri}\">")
                .Replace("value=\"10k\"", "value=\"&leak;\"");
            AllText(Run("external-dtd.brd", external)).ShouldNotContain(marker);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void Billion_laughs_in_an_Eagle_file_is_neither_expanded_nor_slow()
    {
        var entities = new StringBuilder("<!DOCTYPE eagle [\n  <!ENTITY lol0 \"lol\">\n");
        for (var i = 1; i <= 9; i++)
        {
            entities.Append("  <!ENTITY lol").Append(i).Append(" \"").Insert(entities.Length, $"&lol{i - 1};", 10).Append("\">\n");
        }

        entities.Append("]>");
        foreach (var (name, drawing) in new[] { ("laughs.sch", ProjectSamples.EagleSchematic), ("laughs.brd", ProjectSamples.EagleBoard) })
        {
            var hostile = drawing.Replace("<!DOCTYPE eagle SYSTEM \"eagle.dtd\">", entities.ToString()).Replace("value=\"10k\"", "value=\"&lol9;\"");
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var outcome = Run(name, hostile);
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            // Expanded, lol9 is 3 * 10^9 characters; a reader that expands nothing allocates a few kilobytes.
            allocated.ShouldBeLessThan(64L * 1024 * 1024, $"{name} allocated {allocated} bytes");
            outcome.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
            AllText(outcome).Length.ShouldBeLessThan(1_000_000);
        }
    }

    /// <summary>Every string a design or an error carries, to look for leaked file contents.</summary>
    private static string AllText(HostileInput.Outcome outcome)
    {
        var text = new StringBuilder();
        if (outcome.Error is { } error) text.Append(error.Message).Append('\n');
        if (outcome.Design is { } design) AppendDesign(text, design);
        return text.ToString();
    }

    private static void AppendDesign(StringBuilder text, Design design)
    {
        foreach (var component in design.Components)
        {
            text.Append(component.Reference).Append(' ').Append(component.Value).Append(' ').Append(component.Footprint).Append(' ')
                .Append(component.Library).Append(' ').Append(component.Symbol).Append('\n');
            foreach (var (key, value) in component.Properties) text.Append(key).Append('=').Append(value).Append('\n');
            foreach (var pin in component.Pins) text.Append(pin.Number).Append(' ').Append(pin.Name).Append('\n');
        }

        foreach (var net in design.Nets) text.Append(net.Name).Append('\n');
    }
}
