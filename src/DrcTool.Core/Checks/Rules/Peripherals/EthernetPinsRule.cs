using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Checks.Rules.Support;

namespace DrcTool.Core.Checks.Rules.Peripherals;

/// <summary>DRC033: a W5500 is on the pins Device OS's Ethernet detection expects.</summary>
public sealed class EthernetPinsRule : DesignRule
{
    internal static readonly ExpectedPin[] Pins =
    [
        new("MISO", Contacts.Miso), new("MOSI", Contacts.Mosi), new("SCLK", Contacts.Sck, "SCK"),
        new("SCSn", Contacts.D8, "SCS", "CS"), new("INTn", Contacts.D22, "INT"), new("RSTn", Contacts.A7, "RST", "RESET"),
    ];

    public static readonly RuleDescriptor Rule = new(
        RuleIds.EthernetPins, "W5500 on the pins Device OS expects",
        ExpectedPins.MessageFormat, "Peripherals", Severity.Error)
    {
        Reads = ["series-termination"],
    };

    public override RuleDescriptor Descriptor => Rule;

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        return scope.PartsOfClass(PartClass.Ethernet).SelectMany(eth => ExpectedPins.Check(scope, Descriptor, eth, PartClass.Ethernet, Pins,
            "Device OS expects the W5500 on SPI (50/52/54) with nCS D8 (48), nINT D22 (62), nRESET A7 (47); other pins need Device OS 5.9.0+ remapping."));
    }
}
