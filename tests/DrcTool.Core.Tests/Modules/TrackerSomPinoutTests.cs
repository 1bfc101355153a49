using System.Xml.Linq;
using DrcTool.TestSupport;

namespace DrcTool.Core.Tests.Modules;

/// <summary>
/// The Tracker SoM has no reference CSV: its pinout is written from the AN025 Eagle library (and Particle-Devices.lbr,
/// which agrees) and the seeds. These tests hold it to the libraries pad by pad, and to the seeds' two facts.
/// </summary>
public sealed class TrackerSomPinoutTests
{
    public static TheoryData<string, string> Libraries() => new()
    {
        { "an025-tracker-som-first-board/TrackerBase2.lbr", "TRACKER-SOM" },
        { "an025-tracker-som-first-board/TrackerBase2.lbr", "TRACKER-SOM-SKIP-NC" },
        { "particle-eagle-libraries/Particle-Devices.lbr", "TRACKER-SOM" },
    };

    [SharedTheory]
    [MemberData(nameof(Libraries))]
    public void Every_library_pad_has_its_pin_name(string library, string deviceSet)
    {
        var pinout = ModuleCatalog.Default.Get("Tracker SoM").Pinout;
        var xml = XDocument.Load(RepoPaths.SharedFile(["boards", .. library.Split('/')]));
        var connects = xml.Descendants("deviceset").Single(d => (string?)d.Attribute("name") == deviceSet)
            .Descendants("connect").Select(c => (Pin: (string)c.Attribute("pin")!, Pad: (string)c.Attribute("pad")!)).ToList();
        connects.Count.ShouldBeGreaterThan(70);
        foreach (var (pinName, pad) in connects)
        {
            var name = pinName.Split('@')[0];
            var ours = pinout[int.Parse(pad, System.Globalization.CultureInfo.InvariantCulture)].ShouldNotBeNull($"pad {pad}");
            ours.IsNamed(name).ShouldBeTrue($"pad {pad}: the library says {name}, the pinout {ours.Name}");
        }
    }

    [Fact]
    public void A_and_D_names_are_one_pin()
    {
        var pinout = ModuleCatalog.Default.Get("Tracker SoM").Pinout;
        for (var n = 0; n < 8; n++)
        {
            pinout.Find($"D{n}").ShouldBe(pinout.Find($"A{n}"));
            pinout.Find($"A{n}").ShouldNotBeNull().Can(PinFunction.Adc).ShouldBeTrue();
        }
    }

    [Fact]
    public void Wire_and_Wire3_are_on_the_pins_the_seeds_name()
    {
        var pinout = ModuleCatalog.Default.Get("Tracker SoM").Pinout;
        pinout.Find("D0")!.Function(PinFunction.I2c, "Wire")!.Role.ShouldBe("SDA");
        pinout.Find("D1")!.Function(PinFunction.I2c, "Wire")!.Role.ShouldBe("SCL");
        pinout.Find("TX")!.Function(PinFunction.I2c, "Wire3").ShouldNotBeNull();
        pinout.Find("RX")!.Function(PinFunction.I2c, "Wire3").ShouldNotBeNull();
        pinout.Find("CAN_P")!.Can(PinFunction.Can).ShouldBeTrue();
    }
}
