using DrcTool.TestSupport;
using DrcTool.Core.Binding;

namespace DrcTool.Core.Tests.Binding;

public class PinNameMatcherTests
{
    private static PinNameVerdict Judge(int contact, string? name) =>
        PinNameMatcher.Default.Judge(SomPinout.Default[contact]!, name).Verdict;

    // The pin names of the rickk2 SPARK_M.2EKEY symbol (AN001, SomUSB2), except the D2/D3 pair, read from the .sch files.
    [Theory]
    [InlineData(10, "3V3-10")]
    [InlineData(12, "3V3-12")]
    [InlineData(39, "AGND-39")]
    [InlineData(48, "CS")]
    [InlineData(1, "GND-1")]
    [InlineData(56, "GND-56")]
    [InlineData(62, "GPIO0")]
    [InlineData(64, "GPIO1")]
    [InlineData(65, "LED-B")]
    [InlineData(61, "LED-R")]
    [InlineData(14, "RES-14")]
    [InlineData(34, "RESET")]
    [InlineData(20, "SCL/D1")]
    [InlineData(22, "SDA/D0")]
    [InlineData(44, "SOM0")]
    [InlineData(74, "SOM2")]
    [InlineData(17, "SOM3")]
    [InlineData(75, "SOM9")]
    [InlineData(11, "USB-D+")]
    [InlineData(13, "USB-D-")]
    [InlineData(2, "VCC-2")]
    [InlineData(16, "VUSB")]
    [InlineData(16, "VBUS")]
    [InlineData(3, "GND@3")]
    [InlineData(10, "3V3@10")]
    [InlineData(34, "~{RESET}")]
    [InlineData(34, "RST")]
    [InlineData(47, "A7/D20")]
    [InlineData(32, "MODE/D20")]
    [InlineData(13, "USB D-")]
    [InlineData(49, "GND")]
    [InlineData(76, "GND")]
    public void Legitimate_names_agree(int contact, string name) => Judge(contact, name).ShouldBe(PinNameVerdict.Agrees);

    // Pin names of Particle-Devices.lbr B_SERIES_M.2EKEY_ (../shared/boards/particle-eagle-libraries), read from the file.
    [Theory]
    [InlineData(34, "!RESET")]
    [InlineData(10, "3V3@10")]
    [InlineData(23, "ADC0")]
    [InlineData(47, "ADC7")]
    [InlineData(39, "AGND@39")]
    [InlineData(40, "CTS")]
    [InlineData(42, "RTS")]
    [InlineData(76, "GND@76")]
    [InlineData(75, "NC@75")]
    [InlineData(66, "PWM0")]
    [InlineData(72, "PWM3")]
    [InlineData(65, "RGB_BLUE")]
    [InlineData(61, "RGB_RED")]
    [InlineData(20, "SCL")]
    [InlineData(22, "SDA")]
    [InlineData(46, "UB_USB_N")]
    [InlineData(44, "UB_USB_P")]
    [InlineData(74, "UB_VBUS")]
    [InlineData(13, "USB_N")]
    [InlineData(11, "USB_P")]
    [InlineData(16, "VBUS")]
    [InlineData(8, "VCC@8")]
    public void Particle_Devices_library_names_agree(int contact, string name) => Judge(contact, name).ShouldBe(PinNameVerdict.Agrees);

    [Fact]
    public void A_typo_in_a_library_name_is_unknown_not_a_contradiction() => Judge(58, "MC@58").ShouldBe(PinNameVerdict.Unknown);

    [Theory]
    [InlineData(76, "P$76")]
    [InlineData(40, "40")]
    [InlineData(40, "")]
    [InlineData(40, null)]
    [InlineData(40, "PIN40")]
    public void Generic_names_make_no_claim(int contact, string? name) => Judge(contact, name).ShouldBe(PinNameVerdict.NoClaim);

    [Fact]
    public void D2_on_pad_40_and_D3_on_pad_42_contradict_the_datasheet()
    {
        var j = PinNameMatcher.Default.Judge(SomPinout.Default[40]!, "D2");
        j.Verdict.ShouldBe(PinNameVerdict.Contradicts);
        j.NamedPins.Select(p => p.Contact).ShouldBe([42]);
        Judge(42, "D3").ShouldBe(PinNameVerdict.Contradicts);
    }

    [Theory]
    [InlineData(10, "VCC")]
    [InlineData(22, "SCL")]
    [InlineData(20, "SDA/D0")]
    [InlineData(67, "D7")]
    public void Names_of_other_contacts_contradict(int contact, string name) => Judge(contact, name).ShouldBe(PinNameVerdict.Contradicts);

    [Fact]
    public void Unknown_names_are_not_reported_as_contradictions() => Judge(36, "FOO_BAR").ShouldBe(PinNameVerdict.Unknown);
}
