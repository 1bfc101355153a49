using System.Text;
using DrcTool.Core.Import;
using DrcTool.Core.Import.SExpressions;

namespace DrcTool.Core.Tests.Import.SExpressions;

public sealed class SExprTokenizerTests
{
    private static SExprDocument Parse(string text) => SExprDocument.Parse("t.kicad_pcb", Encoding.UTF8.GetBytes(text));

    private static DesignReadException ParseError(string text) =>
        Should.Throw<DesignReadException>(() => Parse(text));

    [Fact]
    public void Reads_lists_atoms_and_strings_in_order()
    {
        var root = Parse("(pad \"1\" smd (at 1.5 -2) (net 3 \"GND\"))").Root;
        var pad = root.First;
        pad.HeadIs("pad"u8).ShouldBeTrue();
        pad.Count.ShouldBe(5);
        pad.AtomAt(1).ShouldBe("1");
        pad[1].Kind.ShouldBe(SExprNodeKind.String);
        pad[2].Kind.ShouldBe(SExprNodeKind.Symbol);
        pad.Child("at"u8).NumberAt(2).ShouldBe(-2.0);
        pad.ChildValue("net"u8).ShouldBe("3");
        pad.Child("net"u8).AtomAt(2).ShouldBe("GND");
        pad.Child("missing"u8).IsValid.ShouldBeFalse();
        pad.ChildValue("missing"u8).ShouldBeNull();
    }

    [Theory]
    [InlineData("\"a\\\"b\"", "a\"b")]
    [InlineData("\"back\\\\slash\"", "back\\slash")]
    [InlineData("\"line\\nbreak\\ttab\\rcr\"", "line\nbreak\ttab\rcr")]
    [InlineData("\"(not a list)\"", "(not a list)")]
    [InlineData("\"\"", "")]
    [InlineData("\"Ω µ 3V3\"", "Ω µ 3V3")]
    [InlineData("\"\\q unknown escape\"", "q unknown escape")]
    public void Decodes_string_escapes(string atom, string expected)
    {
        var node = Parse($"(x {atom})").Root.First[1];
        node.Kind.ShouldBe(SExprNodeKind.String);
        node.Text.ShouldBe(expected);
    }

    [Fact]
    public void An_escaped_quote_does_not_end_the_string()
    {
        var list = Parse("(name \"say \\\"hi\\\" (twice)\" after)").Root.First;
        list.Count.ShouldBe(3);
        list.AtomAt(1).ShouldBe("say \"hi\" (twice)");
        list.AtomAt(2).ShouldBe("after");
    }

    [Fact]
    public void Keeps_one_based_line_and_column_of_every_node()
    {
        const string text = "(kicad_pcb\n  (net 1 \"A\")\n\t(footprint \"x\"\n    (pad \"1\"))\n)";
        var board = Parse(text).Root.First;
        board.Line.ShouldBe(1);
        board.Column.ShouldBe(1);
        var net = board.Child("net"u8);
        (net.Line, net.Column).ShouldBe((2, 3));
        (net[2].Line, net[2].Column).ShouldBe((2, 10));
        var footprint = board.Child("footprint"u8);
        (footprint.Line, footprint.Column).ShouldBe((3, 2));
        var pad = footprint.Child("pad"u8);
        (pad.Line, pad.Column).ShouldBe((4, 5));
        pad.Location.ToString().ShouldBe("t.kicad_pcb:4:5");
    }

    [Fact]
    public void Counts_lines_inside_multi_line_strings()
    {
        var list = Parse("(a \"one\ntwo\nthree\")\n(b)").Root;
        var b = list.First.Next;
        b.HeadIs("b"u8).ShouldBeTrue();
        (b.Line, b.Column).ShouldBe((4, 1));
    }

    [Fact]
    public void Skips_a_byte_order_mark()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.ASCII.GetBytes("(kicad_pcb)")).ToArray();
        var first = SExprDocument.Parse("bom.kicad_pcb", bytes).Root.First;
        first.HeadIs("kicad_pcb"u8).ShouldBeTrue();
    }

    [Fact]
    public void A_stray_closing_parenthesis_is_named_by_line_and_column()
    {
        var error = ParseError("(a (b))\n  (c))");
        error.Line.ShouldBe(2);
        error.Column.ShouldBe(6);
        error.File.ShouldBe("t.kicad_pcb");
        error.Message.ShouldStartWith("t.kicad_pcb:2:6:");
        error.Message.ShouldContain("')'");
    }

    [Fact]
    public void An_unclosed_list_names_the_end_of_file_and_where_the_lists_opened()
    {
        var error = ParseError("(kicad_pcb\n  (footprint \"x\"\n    (pad \"1\")\n");
        error.Line.ShouldBe(4);
        error.Column.ShouldBe(1);
        error.Reason.ShouldContain("2 list(s) still open");
        error.Reason.ShouldContain("innermost opened at line 2 column 3");
        error.Reason.ShouldContain("outermost at line 1 column 1");
    }

    [Fact]
    public void An_unterminated_string_names_where_it_starts()
    {
        var error = ParseError("(a\n  (b \"never closed)\n)\n");
        (error.Line, error.Column).ShouldBe((2, 6));
        error.Reason.ShouldContain("string is never closed");
    }

    [Fact]
    public void A_string_ending_in_a_lone_backslash_is_unterminated()
    {
        var error = ParseError("(a \"tail\\");
        (error.Line, error.Column).ShouldBe((1, 4));
    }

    [Fact]
    public void A_control_byte_outside_a_string_is_an_error_at_its_position()
    {
        var error = ParseError("(a\n b \u0001)");
        (error.Line, error.Column).ShouldBe((2, 4));
        error.Reason.ShouldContain("0x01");
    }

    [Fact]
    public void Nesting_100k_levels_deep_parses_without_recursion()
    {
        const int depth = 100_000;
        var text = new StringBuilder(depth * 2 + 4);
        text.Append('(', depth).Append("leaf").Append(')', depth);
        var document = SExprDocument.Parse("deep.kicad_pcb", Encoding.ASCII.GetBytes(text.ToString()));

        // Walk down iteratively: each level holds exactly one child, the innermost holds the atom.
        var node = document.Root.First;
        var levels = 1;
        while (node.First.IsList)
        {
            node = node.First;
            levels++;
        }

        levels.ShouldBe(depth);
        node.AtomAt(0).ShouldBe("leaf");
        node.Column.ShouldBe(depth);
    }

    [Fact]
    public void Nesting_100k_levels_deep_but_unbalanced_is_a_located_error()
    {
        var text = new string('(', 100_000) + new string(')', 99_999);
        var error = ParseError(text);
        error.Line.ShouldBe(1);
        error.Column.ShouldBe(200_000);
        error.Reason.ShouldContain("1 list(s) still open");
    }

    [Theory]
    [InlineData(20_000)]      // small chunks
    [InlineData(1_500_000)]   // over 8 MB: large chunks
    public void Many_nodes_across_table_chunks_keep_their_order_and_positions(int lists)
    {
        var text = new StringBuilder("(root\n");
        for (var i = 0; i < lists; i++) text.Append(" (n ").Append(i).Append(")\n");
        text.Append(')');
        var root = SExprDocument.Parse("many.kicad_pcb", Encoding.ASCII.GetBytes(text.ToString())).Root.First;

        var expected = 0;
        var wrong = 0;
        foreach (var child in root.Children)
        {
            if (!child.IsList) continue;
            // Plain comparisons: an assertion per node would dominate the run time.
            if (!int.TryParse(child[1].RawBytes, out var number) || number != expected) wrong++;
            if (expected % 99_991 == 0) (child.Line, child.Column).ShouldBe((expected + 2, 2));
            expected++;
        }

        wrong.ShouldBe(0);
        expected.ShouldBe(lists);
        root.Count.ShouldBe(lists + 1);
    }

    [Fact]
    public void Text_is_decoded_as_utf8_and_invalid_bytes_do_not_throw()
    {
        var bytes = Encoding.ASCII.GetBytes("(v \"ab\")");
        bytes[4] = 0xFF;
        var text = SExprDocument.Parse("bad.net", bytes).Root.First.AtomAt(1);
        text.ShouldBe("\uFFFDb");
    }
}
