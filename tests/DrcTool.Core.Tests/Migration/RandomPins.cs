using CsCheck;
using DrcTool.Core.Migration;

namespace DrcTool.Core.Tests.Migration;

/// <summary>
/// CsCheck generators for migration problems: random pins with random uses (GPIO, interrupts, ADC, PWM at several
/// frequencies, I2C/SPI/UART roles on two buses of each kind, CAN, DAC, W5500 pins), random guide pins (including
/// none and non-signal contacts) and with or without a PMIC.
/// </summary>
internal static class RandomPins
{
    private static readonly int?[] Frequencies = [null, 500, 1000, 2000, 50];
    private static readonly string[] SpiRoles = ["SCK", "MOSI", "MISO", "SS"];
    private static readonly string[] UartRoles = ["TX", "RX", "RTS", "CTS"];
    private static readonly string[] EthernetRoles = ["nCS", "nINT", "nRESET"];
    private static readonly int[][] AddressChoices = [[0x48], [0x36], [0x6B, 0x20], [0x20], []];

    public sealed record Problem(IReadOnlyList<SourcePin> Pins, bool Pmic)
    {
        public override string ToString() =>
            $"pmic={Pmic}: " + string.Join("; ", Pins.Select(p =>
                $"{p.Name}[{string.Join("+", p.Uses.Select(PinUseNames.Name))}{(p.Bus is null ? "" : " " + p.Bus + (p.Bus.Bus.Addresses.Count > 0 ? "@" + string.Join(",", p.Bus.Bus.Addresses.Select(a => a.ToString("X2"))) : "") + (p.Bus.Bus.CarriesEthernet ? " eth" : ""))}{(p.PwmHz is null ? "" : " " + p.PwmHz + "Hz")}{(p.EthernetRole is null ? "" : " eth " + p.EthernetRole)} guide={p.GuidePin ?? "-"}]"));
    }

    /// <summary>Problems of <paramref name="minPins"/>-<paramref name="maxPins"/> pins whose guide pins come from <paramref name="guides"/>.</summary>
    public static Gen<Problem> Problems(IReadOnlyList<string> guides, int minPins, int maxPins) =>
        Gen.Select(
            Gen.Select(Gen.Int[0, 11], Gen.Int[0, 3], Gen.Int[0, guides.Count], Gen.Int[0, 4], Gen.Int[0, 1]).Array[minPins, maxPins],
            Gen.Int[0, AddressChoices.Length - 1],
            Gen.Int[0, AddressChoices.Length - 1],
            Gen.Bool,
            Gen.Bool,
            (specs, first, second, ethernet, pmic) => Build(specs, guides, AddressChoices[first], AddressChoices[second], ethernet, pmic));

    private static Problem Build(
        (int Kind, int Variant, int Guide, int Frequency, int Bus)[] specs, IReadOnlyList<string> guides, int[] firstAddresses, int[] secondAddresses, bool ethernet, bool pmic)
    {
        var i2c = new[] { new SourceBus(BusKind.I2c, "Wire") { Addresses = firstAddresses }, new SourceBus(BusKind.I2c, "Wire1") { Addresses = secondAddresses } };
        var spi = new[] { new SourceBus(BusKind.Spi, "SPI") { CarriesEthernet = ethernet }, new SourceBus(BusKind.Spi, "SPI1") };
        var uart = new[] { new SourceBus(BusKind.Uart, "Serial1"), new SourceBus(BusKind.Uart, "Serial4") };
        var can = new SourceBus(BusKind.Can, "CAN1");
        var pins = specs.Select((s, i) =>
        {
            var name = "P" + i;
            var guide = s.Guide < guides.Count ? guides[s.Guide] : null;
            SourcePin Make(params PinUse[] uses) => new(name, "N" + i, uses) { GuidePin = guide };
            return s.Kind switch
            {
                0 => Make(PinUse.Digital),
                1 => Make(PinUse.Analog),
                2 => Make(PinUse.Pwm) with { PwmHz = Frequencies[s.Frequency] },
                3 => Make(PinUse.I2c) with { Bus = new BusRole(i2c[s.Bus], s.Variant % 2 == 0 ? "SDA" : "SCL") },
                4 => Make(PinUse.Spi) with { Bus = new BusRole(spi[s.Bus], SpiRoles[s.Variant]) },
                5 => Make(PinUse.Uart) with { Bus = new BusRole(uart[s.Bus], UartRoles[s.Variant]) },
                6 => Make(PinUse.Digital) with { EthernetRole = EthernetRoles[s.Variant % 3] },
                7 => s.Variant % 2 == 0 ? Make(PinUse.Can) with { Bus = new BusRole(can, "TX") } : Make(PinUse.Dac),
                8 => Make(PinUse.Analog, PinUse.Pwm) with { PwmHz = Frequencies[s.Frequency] },
                9 => Make(PinUse.Led, PinUse.Pwm) with { PwmHz = Frequencies[s.Frequency] },
                _ => Make(PinUse.Digital, PinUse.Interrupt),
            };
        }).ToList();
        return new Problem(pins, pmic);
    }
}
