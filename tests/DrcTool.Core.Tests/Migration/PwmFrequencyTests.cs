using System.Globalization;
using DrcTool.Core.Analysis;
using DrcTool.Core.Analysis.Uses;
using DrcTool.Core.Checks;
using DrcTool.Core.Config;
using DrcTool.Core.Migration;
using DrcTool.Core.Model;
using DrcTool.TestSupport;

namespace DrcTool.Core.Tests.Migration;

/// <summary>
/// The PWM frequency a pwm use needs (rules/pin-uses.yaml `pwmHz`, numbers in rules/rule-parameters.yaml pwm.*-hz,
/// docs/pin-uses.md): inferred from what the pin drives, overridable from drctool.yaml, and seen by the solver's
/// one-frequency-per-group constraint.
/// </summary>
public sealed class PwmFrequencyTests
{
    /// <summary>A B-SoM board: a servo header on A0, a TB6612's PWMA on D4 and AIN1 on D5, a piezo on D6, a dimmed LED on A1, a plain LED on A6.</summary>
    private static Design BSomBoard() => new DesignBuilder()
        .Socket().Grounded()
        .Part("J2", "Conn_01x03", "PinHeader_1x03", [("1", "Pin_1"), ("2", "Pin_2"), ("3", "Pin_3")])
        .Part("U3", "TB6612FNG", "SSOP-24", [("15", "PWMA"), ("16", "AIN1"), ("17", "AIN2")])
        .Part("BZ1", "PKM17EPP-4001", "Buzzer_Murata", [("1", "1"), ("2", "2")])
        .Part("R1", "1k").Part("D1", "LED_Red", "LED_0603", [("1", "K"), ("2", "A")])
        .Part("R2", "1k").Part("D2", "LED_Green", "LED_0603", [("1", "K"), ("2", "A")])
        .Net("SERVO", "J1.23", "J2.1")
        .Net("MOT_PWM", "J1.66", "U3.15")
        .Net("MOT_DIR", "J1.68", "U3.16")
        .Net("BEEP", "J1.70", "BZ1.1")
        .Net("LED_DIM", "J1.33", "R1.1").Net("N1", "R1.2", "D1.2")
        .Net("STATUS", "J1.45", "R2.1").Net("N2", "R2.2", "D2.2")
        .Build();

    private static IReadOnlyDictionary<string, PinUses> Uses(Design design, RuleParameters? parameters = null)
    {
        var binding = DesignChecker.Default.Bind(design, CheckOptions.Default).Binding.ShouldNotBeNull();
        var uses = new PinUseInference(PinUseRules.Default, parameters).Infer(binding, ElectricalPicture.Build(design, binding));
        return binding.Contacts.Where(c => c.Net is not null).GroupBy(c => c.Pin.Name).ToDictionary(g => g.Key, g => uses[g.First().Contact]);
    }

    [Fact]
    public void Each_load_gets_the_frequency_it_needs()
    {
        var uses = Uses(BSomBoard());

        uses["A0"].PwmHz.ShouldBe(50, uses["A0"].PwmHzBecause);      // servo: net SERVO
        uses["D4"].PwmHz.ShouldBe(20000);                             // TB6612 PWMA
        uses["D6"].PwmHz.ShouldBe(4000);                              // piezo sounder: tone
        uses["A1"].PwmHz.ShouldBe(500);                               // LED behind R1 on a DIM net: Device OS' default
        uses["A0"].PwmHzBecause.ShouldBe("net SERVO's name: 50 Hz (pwm.servo-hz)");
        uses["D4"].PwmHzBecause.ShouldNotBeNull().ShouldContain("U3 (TB6612FNG) is pwm by its value");
    }

    [Fact]
    public void A_motor_drivers_direction_input_and_an_undimmed_led_need_no_frequency()
    {
        var uses = Uses(BSomBoard());

        uses["D5"].Uses.ShouldBe([PinUse.Digital]);  // TB6612 AIN1 sets the direction
        uses["D5"].PwmHz.ShouldBeNull();
        uses["A6"].Uses.ShouldBe([PinUse.Led]);      // LED behind R2, no PWM evidence: on/off
        uses["A6"].PwmHz.ShouldBeNull();
    }

    [Fact]
    public void A_config_changes_the_frequency_a_servo_needs()
    {
        var config = DrcConfigLoader.Parse("parameters:\n  pwm:\n    servo-hz: 330\n", "drctool.yaml");

        Uses(BSomBoard(), config.Parameters)["A0"].PwmHz.ShouldBe(330);
    }

    [Fact]
    public void A_frequency_must_name_a_pwm_parameter()
    {
        var ex = Should.Throw<ConfigException>(() => PinUseRules.Parse("netNames:\n  - uses: [pwm]\n    patterns: ['X']\n    pwmHz: signal.max-volts\n", "pin-uses.yaml"));

        ex.Line.ShouldBe(4);
        ex.Message.ShouldContain("pwm.*-hz");
    }

    /// <summary>A Boron carrier: a servo on A0 and a motor driver's PWM on A1, both PWM2 on the B-SoM where the guides send them.</summary>
    private static Design BoronBoard()
    {
        var boron = ModuleCatalog.Default.Get("boron").Pinout.Pins
            .Select(p => (p.Contact.ToString(CultureInfo.InvariantCulture), p.Name));
        return new DesignBuilder()
            .Part("U1", "BORON", "PARTICLE-DEVICES_BORON", boron)
            .Part("J2", "Conn_01x03", "PinHeader_1x03", [("1", "Pin_1"), ("2", "Pin_2"), ("3", "Pin_3")])
            .Part("U3", "DRV8871", "SOIC-8", [("2", "IN2"), ("3", "IN1")])
            .Part("C1", "100n")
            .Net("SERVO", "U1.5", "J2.1")
            .Net("MOTOR", "U1.6", "U3.3")
            .Net("GND", "U1.4", "J2.3", "C1.2")
            .Build();
    }

    [Fact]
    public void The_solver_keeps_a_servo_and_a_motor_out_of_one_pwm_group()
    {
        var board = MigrationSourceReader.Default.Read(BoronBoard(), null, DrcConfig.Default, out var problem).ShouldNotBeNull(problem);
        board.Pins.Single(p => p.Name == "A0").PwmHz.ShouldBe(50);
        board.Pins.Single(p => p.Name == "A1").PwmHz.ShouldBe(20000);

        var plan = MigrationPlanner.Default.Plan(board, SomVariant.B404X, new SolveOptions { PmicFitted = true });

        // The guides put both on PWM2 (A0 23, A1 33): one frequency per group, so one moves to PWM1 (D4-D6);
        // PWM0 (D7) runs at the RGB LED's 500 Hz and takes neither.
        var servo = plan.Pins.Single(p => p.Pin.Name == "A0");
        var motor = plan.Pins.Single(p => p.Pin.Name == "A1");
        plan.PlacesEverything.ShouldBeTrue();
        servo.Contact!.Pwm.ShouldNotBeNull().Name.ShouldNotBe(motor.Contact!.Pwm.ShouldNotBeNull().Name);
        new[] { servo.Contact.Pwm.Name, motor.Contact.Pwm.Name }.ShouldBe(["PWM1", "PWM2"], ignoreOrder: true);
        new[] { servo.Status, motor.Status }.ShouldBe([PlacementStatus.Kept, PlacementStatus.Moved], ignoreOrder: true);
        servo.Reason.ShouldContain($"PWM group {servo.Contact.Pwm.Name} at 50 Hz");
        motor.Reason.ShouldContain($"PWM group {motor.Contact.Pwm.Name} at 20000 Hz");
        PlanValidator.Violations(TargetModuleReader.Default, plan.Pins.Where(p => p.Pin.NeedsSignalContact).ToList(), new SolveOptions { PmicFitted = true }).ShouldBeEmpty();
        plan.Firmware.Single(f => f.Id == "pwm-groups").Message.ShouldContain("PWM0 = D7 with the RGB LED at 500 Hz, 8 bits");
    }

    [Fact]
    public void Without_the_frequencies_both_would_stay_on_pwm2()
    {
        // The same board with the needs removed: the constraint has nothing to see, and both keep their guide pins.
        var board = MigrationSourceReader.Default.Read(BoronBoard(), null, DrcConfig.Default, out _).ShouldNotBeNull();
        var blind = board with { Pins = board.Pins.Select(p => p with { PwmHz = null }).ToList() };

        var plan = MigrationPlanner.Default.Plan(blind, SomVariant.B404X, new SolveOptions { PmicFitted = true });

        plan.Pins.Where(p => p.Pin.Name is "A0" or "A1").ShouldAllBe(p => p.Status == PlacementStatus.Kept);
    }
}
