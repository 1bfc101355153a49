using System.Text;
using System.Xml;
using System.Xml.Linq;
using DrcTool.Core.Import;
using DrcTool.Core.Import.Eagle;

namespace DrcTool.Core.Tests.Import.Eagle;

/// <summary>
/// Hostile and broken Eagle files: each gives a Design or a DesignReadException naming file, line and column,
/// and no entity is ever expanded or resolved.
/// </summary>
public sealed class EagleHostileInputTests
{
    private const string Head = """<?xml version="1.0" encoding="utf-8"?>""";

    private static string MinimalSchematic(string doctype, string partValue) => $"""
        {Head}
        {doctype}
        <eagle version="9.6.2"><drawing><schematic>
        <libraries><library name="l"><packages><package name="P"><smd name="1"/></package></packages>
        <symbols><symbol name="S"><pin name="A"/></symbol></symbols>
        <devicesets><deviceset name="D"><gates><gate name="G" symbol="S"/></gates>
        <devices><device name="" package="P"><connects><connect gate="G" pin="A" pad="1"/></connects></device></devices></deviceset></devicesets>
        </library></libraries>
        <parts><part name="R1" library="l" deviceset="D" device="" value="{partValue}"/></parts>
        <sheets><sheet><nets><net name="N"><segment><pinref part="R1" gate="G" pin="A"/></segment></net></nets></sheet></sheets>
        </schematic></drawing></eagle>
        """;

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Billion_laughs_is_refused_without_expanding_an_entity()
    {
        var entities = new StringBuilder("""<!DOCTYPE eagle [ <!ENTITY lol "lol">""");
        for (var i = 1; i <= 9; i++)
        {
            entities.Append($"""<!ENTITY lol{i} "{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10)).Replace("&lol0;", "&lol;")}">""");
        }

        entities.Append(" ]>");
        var content = Bytes(MinimalSchematic(entities.ToString(), "&lol9;"));
        var error = Should.Throw<DesignReadException>(() => DesignLoader.Default.Load("laughs.sch", content));
        error.File.ShouldBe("laughs.sch");
        error.Line.ShouldBe(9); // the <parts> line, whose value holds &lol9;
        error.Column.ShouldBeGreaterThan(0);
        error.Message.ShouldNotContain("lollol");
    }

    [Fact]
    public void External_entity_is_never_resolved()
    {
        var doctype = """<!DOCTYPE eagle [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>""";
        var content = Bytes(MinimalSchematic(doctype, "&xxe;"));
        var error = Should.Throw<DesignReadException>(() => DesignLoader.Default.Load("xxe.sch", content));
        error.Line.ShouldBe(9);
        error.Message.ShouldNotContain("root:");
    }

    [Fact]
    public void External_dtd_and_parameter_entities_are_ignored_and_the_file_is_read()
    {
        // Eagle's own DOCTYPE names eagle.dtd; a hostile one points at a URL. Neither is fetched.
        var doctype = """<!DOCTYPE eagle SYSTEM "http://127.0.0.1:9/evil.dtd" [ <!ENTITY % p SYSTEM "file:///etc/passwd"> %p; ]>""";
        var design = DesignLoader.Default.Load("dtd.sch", Bytes(MinimalSchematic(doctype, "10k")));
        design.FindComponent("R1")!.Value.ShouldBe("10k");
        design.NetOf("R1", "1")!.Name.ShouldBe("N");
    }

    [Fact]
    public void Malformed_xml_gives_the_xml_errors_line_and_column()
    {
        var text = MinimalSchematic("""<!DOCTYPE eagle SYSTEM "eagle.dtd">""", "10k").Replace("""<pinref part="R1" gate="G" pin="A"/>""", """<pinref part="R1" gate="G" pin="A">""");
        var expected = Should.Throw<XmlException>(() => XDocument.Parse(text));
        var error = Should.Throw<DesignReadException>(() => DesignLoader.Default.Load("bad.sch", Bytes(text)));
        (error.Line, error.Column).ShouldBe((expected.LineNumber, expected.LinePosition));
        error.Reason.ShouldStartWith("malformed XML");
    }

    [Fact]
    public void Truncated_file_is_refused_with_a_location()
    {
        var text = MinimalSchematic("", "10k");
        var error = Should.Throw<DesignReadException>(() => DesignLoader.Default.Load("cut.sch", Bytes(text[..(text.Length / 2)])));
        error.Line.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Nul_bytes_are_refused_with_a_location()
    {
        var content = Bytes(MinimalSchematic("", "10k"));
        content[content.Length / 2] = 0;
        Should.Throw<DesignReadException>(() => DesignLoader.Default.Load("nul.sch", content)).Line.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Valid_xml_that_is_not_eagle_gets_a_clear_reason()
    {
        var error = Should.Throw<DesignReadException>(() => new EagleSchematicReader().Read("page.sch", Bytes("<html><body/></html>")));
        error.Reason.ShouldContain("not an Eagle file");
        var library = Bytes("""<eagle version="9"><drawing><library name="x"/></drawing></eagle>""");
        Should.Throw<DesignReadException>(() => new EagleSchematicReader().Read("x.lbr", library)).Reason.ShouldContain("no <schematic>");
        Should.Throw<DesignReadException>(() => new EagleBoardReader().Read("x.lbr", library)).Reason.ShouldContain("no <board>");
    }

    [Fact]
    public void Deep_nesting_does_not_overflow_the_stack()
    {
        const int depth = 200_000;
        var text = new StringBuilder("<eagle><drawing><schematic><sheets><sheet><nets>");
        for (var i = 0; i < depth; i++) text.Append("<x>");
        for (var i = 0; i < depth; i++) text.Append("</x>");
        text.Append("</nets></sheet></sheets></schematic></drawing></eagle>");
        var design = new EagleSchematicReader().Read("deep.sch", Bytes(text.ToString()));
        design.Components.ShouldBeEmpty();

        // The same nesting never closed: an error at the end, not a crash.
        var open = "<eagle><drawing><schematic>" + string.Concat(Enumerable.Repeat("<x>", depth));
        Should.Throw<DesignReadException>(() => new EagleSchematicReader().Read("open.sch", Bytes(open))).Line.ShouldBe(1);
    }

    [Fact]
    public void A_ten_megabyte_attribute_is_read()
    {
        var huge = new string('x', 10 * 1024 * 1024);
        var design = DesignLoader.Default.Load("huge.sch", Bytes(MinimalSchematic("", huge)));
        design.FindComponent("R1")!.Value.Length.ShouldBe(huge.Length);
    }

    [Fact]
    public void A_pinref_to_a_missing_part_names_its_line()
    {
        var text = MinimalSchematic("", "10k").Replace("""<pinref part="R1" """, """<pinref part="R9" """);
        var error = Should.Throw<DesignReadException>(() => DesignLoader.Default.Load("ref.sch", Bytes(text)));
        error.Line.ShouldBe(10); // the <sheets> line
        error.Reason.ShouldContain("R9");
    }

    [Fact]
    public void A_contactref_to_a_missing_element_names_its_line()
    {
        var text = $"""
            {Head}
            <eagle version="9"><drawing><board>
            <libraries><library name="l"><packages><package name="P"><smd name="1"/></package></packages></library></libraries>
            <elements><element name="R1" library="l" package="P" value="1k"/></elements>
            <signals><signal name="S"><contactref element="R2" pad="1"/></signal></signals>
            </board></drawing></eagle>
            """;
        var error = Should.Throw<DesignReadException>(() => DesignLoader.Default.Load("ref.brd", Bytes(text)));
        (error.Line, error.Reason).ShouldBe((5, "a contactref names element R2, which is not in <elements>"));
    }
}
