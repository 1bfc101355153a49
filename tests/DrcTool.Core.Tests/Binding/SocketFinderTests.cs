using DrcTool.TestSupport;
using DrcTool.Core.Binding;

namespace DrcTool.Core.Tests.Binding;

public class SocketFinderTests
{
    [Fact]
    public void Finds_the_socket_by_its_footprint_pattern()
    {
        var design = new DesignBuilder().Part("R1", "10k").Socket("J7", footprint: "SPARK_M.2EKEY-LESS-CREAM").Build();
        var search = SocketFinder.Default.Find(design);
        search.Socket!.Reference.ShouldBe("J7");
        search.HowFound.ShouldContain("SPARK_M.2EKEY-LESS-CREAM");
        search.Candidates[0].ByShape.ShouldBeTrue();
    }

    [Fact]
    public void Finds_an_unknown_footprint_by_the_shape_of_its_pads()
    {
        var design = new DesignBuilder().Socket("X3", footprint: "MyLib:EDGE_67", holdDown: false).Build();
        var search = SocketFinder.Default.Find(design);
        search.Socket!.Reference.ShouldBe("X3");
        search.HowFound.ShouldContain("pads have the M.2 key-E shape");
    }

    [Fact]
    public void A_part_with_pads_in_the_key_notch_is_not_the_socket()
    {
        // The Tracker SoM footprint: 100 numbered pads, including 24-31.
        var design = new DesignBuilder()
            .Part("U1", "TRACKER-SOM", "M.2_E_KEY_TRACKER", Enumerable.Range(1, 100).Select(i => (i.ToString(), "")))
            .Build();
        // The B-SoM socket's patterns alone (the Tracker SoM's own patterns take such a part, when its pads fit it).
        var search = new SocketFinder(SocketRules.Default).Find(design);
        search.Found.ShouldBeFalse();
        search.Rejected.Single().ShouldStartWith("U1:");
        // Every module: 100 pads are more than the Tracker SoM's 95 too, so nothing takes it, and both say why.
        var all = SocketFinder.Default.Find(design);
        all.Found.ShouldBeFalse();
        all.Rejected.Count.ShouldBe(2);
        all.Rejected.ShouldAllBe(r => r.StartsWith("U1:"));
    }

    [Fact]
    public void An_M2_standoff_is_not_the_socket()
    {
        var design = new DesignBuilder().Part("U$1", "M2-STANDOFF", "M2-STANDOFF", [("1", "")]).Build();
        SocketFinder.Default.Find(design).Found.ShouldBeFalse();
    }

    [Fact]
    public void The_som_option_overrides_the_search_and_names_a_missing_part()
    {
        var design = new DesignBuilder().Socket("J1").Socket("J2").Build();
        SocketFinder.Default.Find(design, "J2").Socket!.Reference.ShouldBe("J2");
        SocketFinder.Default.Find(design).IsAmbiguous.ShouldBeTrue();
        var missing = SocketFinder.Default.Find(design, "J9");
        missing.Found.ShouldBeFalse();
        missing.Problem.ShouldNotBeNull().ShouldContain("J9");
    }

    [Fact]
    public void Extra_patterns_from_a_config_find_a_socket_the_shipped_ones_do_not()
    {
        var design = new DesignBuilder().Part("J5", "", "ACME_EDGE", [("1", ""), ("2", "")]).Build();
        SocketFinder.Default.Find(design).Found.ShouldBeFalse();
        var rules = SocketRules.Default.WithExtraPatterns([new SocketPattern(SocketPatternField.Footprint, "^ACME_EDGE$", "drctool.yaml")]);
        new SocketFinder(rules).Find(design).Socket!.Reference.ShouldBe("J5");
    }

    [Theory]
    [InlineData("40", 40)]
    [InlineData("P$40", 40)]
    [InlineData("GND@3", 3)]
    [InlineData("MP1", null)]
    [InlineData("", null)]
    public void Reads_contact_numbers_from_pad_names(string pad, int? expected) => SocketPads.NumberOf(pad).ShouldBe(expected);

    [Fact]
    public void The_shipped_yaml_loads_and_a_bad_pattern_names_its_line()
    {
        SocketRules.Default.Patterns.Count.ShouldBeGreaterThan(5);
        var ex = Should.Throw<FormatException>(() => SocketRules.Parse("patterns:\n  footprint:\n    - '(unclosed'\n", "x.yaml"));
        ex.Message.ShouldStartWith("x.yaml:3:");
    }
}
