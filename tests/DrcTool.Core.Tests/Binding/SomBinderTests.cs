using DrcTool.TestSupport;
using DrcTool.Core.Checks;

namespace DrcTool.Core.Tests.Binding;

public class SomBinderTests
{
    [Fact]
    public void Maps_each_contact_to_its_pad_and_net()
    {
        var design = new DesignBuilder().Socket().Part("R1", "10k").Grounded()
            .Net("RESET", "J1.34", "R1.1").Net("SOLO", "J1.36").Build();
        var (_, binding) = DesignChecker.Default.Bind(design, CheckOptions.Default);
        binding.ShouldNotBeNull();
        binding.Contacts.Count.ShouldBe(69);
        binding[34]!.Net!.Name.ShouldBe("RESET");
        binding[34]!.SymbolPinName.ShouldBe("RST");
        binding[56]!.Net!.Name.ShouldBe("GND");
        binding[76]!.Net!.Name.ShouldBe("GND");
        binding[36]!.Net.ShouldBeNull("a net holding only the socket pad is no connection");
        binding[67]!.IsConnected.ShouldBeFalse();
    }

    [Fact]
    public void Hold_down_tabs_named_MP1_MP2_bind_as_76_and_77()
    {
        var pins = Enumerable.Range(1, 23).Concat(Enumerable.Range(32, 44)).Select(i => (i.ToString(), "")).Append(("MP1", "")).Append(("MP2", ""));
        var design = new DesignBuilder().Part("J1", "", "TE_2199230-4", pins).Build();
        var (_, binding) = DesignChecker.Default.Bind(design, CheckOptions.Default);
        binding![76]!.Pad.ShouldBe("MP1");
        binding[77]!.Pad.ShouldBe("MP2");
    }

    [Fact]
    public void Without_hold_down_pads_the_binding_has_the_67_contacts()
    {
        var design = new DesignBuilder().Socket(holdDown: false).Build();
        DesignChecker.Default.Bind(design, CheckOptions.Default).Binding!.Contacts.Count.ShouldBe(67);
    }
}
