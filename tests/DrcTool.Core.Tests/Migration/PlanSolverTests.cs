using DrcTool.Core.Migration;
using static DrcTool.Core.Tests.Migration.Pins;

namespace DrcTool.Core.Tests.Migration;

/// <summary>
/// One behaviour per test, each checked by hand against the migration guides (MIG-E, MIG-BORON) and the facts file.
/// </summary>
public sealed class PlanSolverTests
{
    [Fact]
    public void Analog_pin_keeps_its_guide_pin_when_that_pin_has_an_adc()
    {
        var plan = Solve(false, Pin("A0", "A0", PinUse.Analog)).ShouldBeValid(false);

        plan.Of("A0").Status.ShouldBe(PlacementStatus.Kept);
        plan.Of("A0").Contact!.Contact.ShouldBe(23);
    }

    [Fact]
    public void Pwm_on_boron_d2_moves_because_the_som_d2_has_no_pwm()
    {
        // MIG-BORON PWM table: D2 PWM on the Boron, none on the B-SoM.
        var plan = Solve(false, Pin("D2", "D2", PinUse.Pwm)).ShouldBeValid(false);

        var d2 = plan.Of("D2");
        d2.Status.ShouldBe(PlacementStatus.Moved);
        d2.Contact!.Pwm.ShouldNotBeNull();
        d2.Reason.ShouldContain("D2 (42) has no PWM");
    }

    [Fact]
    public void Electron_spi_on_a3_a4_a5_moves_to_a_som_spi_bus_with_roles_matched()
    {
        // MIG-E SPI table: Electron SPI is A3 SCK, A4 MISO, A5 MOSI; the B-SoM's A3-A5 have no SPI.
        var spi = new SourceBus(BusKind.Spi, "SPI");
        var plan = Solve(false, OnBus("A3", "A3", spi, "SCK"), OnBus("A4", "A4", spi, "MISO"), OnBus("A5", "A5", spi, "MOSI"))
            .ShouldBeValid(false);

        var bus = plan.Of("A3").Bus!;
        plan.Placements.ShouldAllBe(p => p.Bus == bus && p.Status == PlacementStatus.Moved);
        plan.Of("A3").Contact!.Name.ShouldBe(bus.Roles["SCK"]);
        plan.Of("A4").Contact!.Name.ShouldBe(bus.Roles["MISO"]);
        plan.Of("A5").Contact!.Name.ShouldBe(bus.Roles["MOSI"]);
    }

    [Fact]
    public void I2c_devices_share_wire_with_the_pmic_when_their_addresses_differ()
    {
        var wire = new SourceBus(BusKind.I2c, "Wire") { Addresses = [0x48] };
        var plan = Solve(true, OnBus("D0", "D0", wire, "SDA"), OnBus("D1", "D1", wire, "SCL")).ShouldBeValid(true);

        plan.Placements.ShouldAllBe(p => p.Status == PlacementStatus.Kept && p.Bus!.Name == "Wire");
    }

    [Fact]
    public void An_i2c_device_at_the_fuel_gauge_address_moves_to_wire1()
    {
        // A MAX17043 of the board's own at 0x36 would collide with the B-SoM's fuel gauge on D0/D1.
        var wire = new SourceBus(BusKind.I2c, "Wire") { Addresses = [0x36] };
        var plan = Solve(true, OnBus("D0", "D0", wire, "SDA"), OnBus("D1", "D1", wire, "SCL")).ShouldBeValid(true);

        plan.Of("D0").Contact!.Name.ShouldBe("D2");
        plan.Of("D1").Contact!.Name.ShouldBe("D3");
        plan.Of("D0").Reason.ShouldContain("0x36 (MAX17043 fuel gauge)");
    }

    [Fact]
    public void D0_and_d1_take_no_gpio_when_the_pmic_is_fitted()
    {
        var plan = Solve(true, Pin("D0", "D0", PinUse.Digital)).ShouldBeValid(true);

        plan.Of("D0").Status.ShouldBe(PlacementStatus.Moved);
        plan.Of("D0").Reason.ShouldContain("belongs to Wire (the PMIC and fuel gauge)");
    }

    [Fact]
    public void A6_is_the_pmic_interrupt_so_an_analog_use_there_moves()
    {
        var plan = Solve(true, Pin("DAC", "A6", PinUse.Analog)).ShouldBeValid(true);

        plan.Of("DAC").Status.ShouldBe(PlacementStatus.Moved);
        plan.Of("DAC").Contact!.HasAdc.ShouldBeTrue();
        plan.Of("DAC").Reason.ShouldContain("PMIC and fuel-gauge interrupt");
    }

    [Fact]
    public void Without_a_pmic_a6_keeps_its_analog_use()
    {
        Solve(false, Pin("DAC", "A6", PinUse.Analog)).ShouldBeValid(false).Of("DAC").Status.ShouldBe(PlacementStatus.Kept);
    }

    [Fact]
    public void A_ninth_interrupt_is_lost_with_the_limit_named()
    {
        var names = new[] { "A0", "A1", "A2", "A3", "A4", "A5", "D4", "D5", "D6" };
        var plan = Solve(false, names.Select(n => Pin(n, n, PinUse.Digital, PinUse.Interrupt)).ToArray()).ShouldBeValid(false);

        plan.LostCount.ShouldBe(1);
        var lost = plan.Placements.Single(p => p.Status == PlacementStatus.Lost);
        lost.Reason.ShouldContain("8 interrupts are in use already");
        lost.Reason.ShouldContain("polling");
        plan.Optimal.ShouldBeTrue();
    }

    [Fact]
    public void Can_is_lost_and_an_spi_can_controller_named()
    {
        var can = new SourceBus(BusKind.Can, "CAN1");
        var plan = Solve(false, OnBus("C4", null, can, "TX")).ShouldBeValid(false);

        plan.Of("C4").Status.ShouldBe(PlacementStatus.Lost);
        plan.Of("C4").Reason.ShouldContain("no CAN bus");
        plan.Of("C4").Reason.ShouldContain("MCP2515");
    }

    [Fact]
    public void Dac_output_is_lost()
    {
        var plan = Solve(false, Pin("DAC", "A6", PinUse.Dac)).ShouldBeValid(false);

        plan.Of("DAC").Status.ShouldBe(PlacementStatus.Lost);
        plan.Of("DAC").Reason.ShouldContain("no DAC");
    }

    [Fact]
    public void A_buzzer_frequency_never_lands_in_the_rgb_group()
    {
        // D7 shares PWM0 with the RGB LED at a fixed 500 Hz (MIG-E "PWM - Gen 3").
        var plan = Solve(false, new SourcePin("D7", "BUZZER", [PinUse.Pwm]) { GuidePin = "D7", PwmHz = 2000 }).ShouldBeValid(false);

        plan.Of("D7").Status.ShouldBe(PlacementStatus.Moved);
        plan.Of("D7").Contact!.Pwm!.Name.ShouldNotBe("PWM0");
        plan.Of("D7").Reason.ShouldContain("fixed at 500 Hz");
    }

    [Fact]
    public void Two_frequencies_split_over_two_pwm_groups()
    {
        var plan = Solve(false,
                new SourcePin("D4", "LED", [PinUse.Pwm]) { GuidePin = "D4", PwmHz = 1000 },
                new SourcePin("D5", "BUZZER", [PinUse.Pwm]) { GuidePin = "D5", PwmHz = 4000 })
            .ShouldBeValid(false);

        plan.Of("D4").Contact!.Pwm!.Name.ShouldNotBe(plan.Of("D5").Contact!.Pwm!.Name);
        plan.Placements.Count(p => p.Status == PlacementStatus.Moved).ShouldBe(1);
        plan.Placements.Single(p => p.Status == PlacementStatus.Moved).Reason.ShouldContain("already runs at");
    }

    [Fact]
    public void Uart_flow_control_and_wire1_cannot_share_d2_d3()
    {
        var serial = new SourceBus(BusKind.Uart, "Serial1");
        var wire = new SourceBus(BusKind.I2c, "Wire") { Addresses = [0x6B] };
        var plan = Solve(true,
                OnBus("TX", "TX", serial, "TX"), OnBus("RX", "RX", serial, "RX"),
                OnBus("D2", "D2", serial, "RTS"), OnBus("D3", "D3", serial, "CTS"),
                OnBus("SDA", "D0", wire, "SDA"), OnBus("SCL", "D1", wire, "SCL"))
            .ShouldBeValid(true);

        // The board's own 0x6B device cannot join the PMIC's Wire, and Wire1 would take D2/D3 from RTS/CTS.
        plan.LostCount.ShouldBe(2);
        plan.Optimal.ShouldBeTrue();
        plan.Of("SDA").Reason.ShouldContain("0x6B");
    }

    [Fact]
    public void W5500_chip_select_goes_to_d8_as_device_os_fixes_it()
    {
        // The Ethernet FeatherWing puts nCS on D5; on the B-SoM Device OS expects D8 (ETH).
        var spi = new SourceBus(BusKind.Spi, "SPI") { CarriesEthernet = true };
        var plan = Solve(false,
                OnBus("SCK", "SCK", spi, "SCK"), OnBus("MOSI", "MOSI", spi, "MOSI"), OnBus("MISO", "MISO", spi, "MISO"),
                new SourcePin("D5", "ETH_CS", [PinUse.Digital]) { GuidePin = "D5", EthernetRole = "nCS" })
            .ShouldBeValid(false);

        plan.Of("D5").Contact!.Name.ShouldBe("D8");
        plan.Of("D5").Reason.ShouldContain("Device OS fixes the W5500 nCS on D8");
    }

    [Fact]
    public void Electron_b_port_gpio_moves_to_a_free_som_pin()
    {
        var plan = Solve(true, Pin("B0", null, PinUse.Digital)).ShouldBeValid(true);

        plan.Of("B0").Status.ShouldBe(PlacementStatus.Moved);
        plan.Of("B0").Reason.ShouldStartWith("the B-SoM has no B0");
    }

    [Fact]
    public void More_analog_inputs_than_adc_pins_lose_the_rest_and_name_an_external_adc()
    {
        var names = new[] { "A0", "A1", "A2", "A3", "A4", "A5", "DAC", "WKP", "B2", "B3" };
        var plan = Solve(false, names.Select(n => Pin(n, null, PinUse.Analog)).ToArray()).ShouldBeValid(false);

        plan.LostCount.ShouldBe(2);
        plan.Placements.Where(p => p.Status == PlacementStatus.Lost).ShouldAllBe(p => p.Reason.Contains("I2C or SPI ADC"));
    }
}
