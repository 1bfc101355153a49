using DrcTool.TestSupport;

namespace DrcTool.Core.Tests.Modules;

public class SomPinoutTests
{
    [Fact]
    public void Has_the_67_contacts_and_the_two_hold_down_tabs()
    {
        var pins = SomPinout.Default.Pins;
        pins.Where(p => p.Kind != SomPinKind.HoldDown).Select(p => p.Contact)
            .ShouldBe(Enumerable.Range(1, 23).Concat(Enumerable.Range(32, 44)));
        pins.Where(p => p.Kind == SomPinKind.HoldDown).Select(p => p.Contact).ShouldBe([76, 77]);
    }

    [Theory]
    [InlineData(22, "D0", SomPinKind.Gpio)]
    [InlineData(20, "D1", SomPinKind.Gpio)]
    [InlineData(40, "D3", SomPinKind.Gpio)]
    [InlineData(42, "D2", SomPinKind.Gpio)]
    [InlineData(34, "RST", SomPinKind.Reset)]
    [InlineData(32, "MODE", SomPinKind.Mode)]
    [InlineData(10, "3V3", SomPinKind.Power)]
    [InlineData(16, "VUSB", SomPinKind.Usb)]
    [InlineData(45, "A6", SomPinKind.Analog)]
    [InlineData(67, "SIM_VCC", SomPinKind.Sim)]
    [InlineData(73, "SIM_DATA", SomPinKind.Sim)]
    [InlineData(17, "NFC1", SomPinKind.Nfc)]
    [InlineData(61, "RGBR", SomPinKind.Rgb)]
    [InlineData(56, "GND", SomPinKind.Ground)]
    [InlineData(39, "AGND", SomPinKind.Ground)]
    [InlineData(14, "NC", SomPinKind.Reserved)]
    public void Names_contacts_as_the_datasheet_does(int contact, string name, SomPinKind kind)
    {
        var pin = SomPinout.Default[contact].ShouldNotBeNull();
        pin.Name.ShouldBe(name);
        pin.Kind.ShouldBe(kind);
    }

    [Fact]
    public void Counts_of_each_supply_contact_match_the_datasheet()
    {
        var pins = SomPinout.Default.Pins;
        pins.Where(p => p.Name == "GND").Select(p => p.Contact).ShouldBe([1, 3, 5, 7, 9, 15, 21, 56]);
        pins.Where(p => p.Name == "VCC").Select(p => p.Contact).ShouldBe([2, 4, 6, 8]);
        pins.Where(p => p.Name == "3V3").Select(p => p.Contact).ShouldBe([10, 12]);
        pins.Where(p => p.Kind == SomPinKind.Reserved).Select(p => p.Contact).ShouldBe([14, 18, 51, 53, 55, 57, 58, 59, 60, 75]);
    }

    [Fact]
    public void Contact_75_is_NC_on_B4xx_and_the_ring_indicator_on_B5xx()
    {
        SomPinout.Default.PinsFor(SomVariant.B404X).Single(p => p.Contact == 75).Kind.ShouldBe(SomPinKind.Reserved);
        var b5 = SomPinout.Default.PinsFor(SomVariant.B524).Single(p => p.Contact == 75);
        b5.Name.ShouldBe("RI");
        b5.Kind.ShouldBe(SomPinKind.Modem);
    }

    [Fact]
    public void A_malformed_row_is_reported_with_its_line()
    {
        var ex = Should.Throw<FormatException>(() => SomPinout.Parse("contact,name,kind,aliases\n1,GND,ground,\nx,D0,gpio,SDA\n", "my.csv"));
        ex.Message.ShouldStartWith("my.csv:3:");
    }
}
