using DrcTool.Core.Analysis;
using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Checks;
using DrcTool.Core.Config;
using DrcTool.Core.Knowledge;
using DrcTool.Core.Tests.Analysis;

namespace DrcTool.Core.Tests.Config;

public class DrcConfigLoaderTests
{
    private const string Full = """
        # every section of drctool.yaml
        som:
          reference: J7
          variant: b524
        prefer: schematic
        rails:
          - net: +5V_EXT
            volts: 5
            reason: bench supply
          - net: "3V3*"
            cuttable: true
            reason: Q1 cuts 3V3 in sleep
        open: [SJ1, JP2]
        parts:
          - class: regulator
            value: '^MYLDO'
            output: 3.3
          - class: pmic
            patterns:
              - any: 'BQ25895'
              - symbol: 'CHARGER'
        regulators:
          - match: '^ACME(?<v>\d\d)'
        sockets:
          - footprint: 'MY_M2_SOCKET'
          - value: 'B-SOM-HOLDER'
            ref: '^J'
        severity:
          DRC012: warning
          DRC020: off
        fail-on: warning
        waivers:
          - rule: DRC015
            net: /RESET
            reason: reset pulled up on the daughter board
          - rule: DRC030
            part: R3.2
            reason: measured fine
          - rule: DRC031
            target: "net:SIM_*"
            reason: SIM test pads
        """;

    [Fact]
    public void Reads_every_section()
    {
        var config = DrcConfigLoader.Parse(Full, "drctool.yaml");

        config.SourceFile.ShouldBe("drctool.yaml");
        config.SomReference.ShouldBe("J7");
        config.Variant.ShouldBe(SomVariant.B524);
        config.Prefer.ShouldBe("schematic");
        config.Rails.Select(r => (r.Net, r.Volts, r.Cuttable)).ShouldBe([("+5V_EXT", (double?)5, (bool?)null), ("3V3*", null, true)]);
        config.Rails[0].Location.Line.ShouldBe(7);
        config.OpenParts.ShouldBe(["SJ1", "JP2"]);
        config.PartPatterns.Select(p => (p.Class, p.Patterns.Count, p.OutputVolts)).ShouldBe([(PartClass.Regulator, 1, (double?)3.3), (PartClass.Pmic, 2, null)]);
        config.Regulators.ShouldHaveSingleItem().HasVoltageCode.ShouldBeTrue();
        config.SocketPatterns.Select(p => p.Text).ShouldBe(["footprint 'MY_M2_SOCKET'", "ref '^J', value 'B-SOM-HOLDER'"]);
        config.SeverityOverrides["DRC012"].ShouldBe(Severity.Warning);
        config.SeverityOverrides["DRC020"].ShouldBeNull();
        config.IsRuleEnabled("DRC020").ShouldBeFalse();
        config.SeverityFor("DRC099", Severity.Note).ShouldBe(Severity.Note);
        config.FailOn.ShouldBe(Severity.Warning);
        config.Waivers.Select(w => $"{w.Rule} {w.Target.Kind} {w.Target.Name} {w.Target.Pin}").ShouldBe(
            ["DRC015 Net /RESET ", "DRC030 Part R3 2", "DRC031 Net SIM_* "]);
        config.Waivers[0].Location.ShouldBe(new DrcTool.Core.Model.SourceLocation("drctool.yaml", 33, 5));
    }

    [Fact]
    public void Rule_parameters_come_from_rules_and_the_config_overrides_them()
    {
        RuleParameters.Default["i2c-pull-up.min-ohms"].ShouldBe(1500);
        RuleParameters.Default["pmic.k-ilim-amp-ohms"].ShouldBe(530);
        RuleParameters.Default["vcc.b5xx-max-volts"].ShouldBe(4.3);
        Should.Throw<KeyNotFoundException>(() => RuleParameters.Default["i2c-pull-up.typo"]).Message.ShouldContain("i2c-pull-up.typo");

        var config = DrcConfigLoader.Parse("parameters:\n  i2c-pull-up:\n    max-ohms: 4700\n", "drctool.yaml");

        config.Parameters["i2c-pull-up.max-ohms"].ShouldBe(4700);
        config.Parameters.SourceOf("i2c-pull-up.max-ohms").ShouldBe("drctool.yaml:3:15");
        config.Parameters.I2cPullUp.MaxOhms.ShouldBe(4700);
        config.Parameters["i2c-pull-up.min-ohms"].ShouldBe(1500);
        DrcConfig.Default.Parameters.ShouldBeSameAs(RuleParameters.Default);
    }

    [Fact]
    public void An_empty_file_is_the_default_config()
    {
        var config = DrcConfigLoader.Parse("# nothing yet\n", "drctool.yaml");

        config.ShouldBe(DrcConfig.Default with { SourceFile = "drctool.yaml" });
    }

    [Theory]
    [InlineData("som:\n  variant: B999\n", 2, 12, "unknown SoM variant 'B999'")]
    [InlineData("rails:\n  - net: 5V\n    volts: five\n", 3, 12, "rail volts must be a number")]
    [InlineData("rails:\n  - net: 5V\n", 2, 5, "says nothing")]
    [InlineData("waivers:\n  - rule: DRC015\n    net: /RESET\n", 2, 5, "needs reason")]
    [InlineData("waivers:\n  - rule: DRC015\n    reason: x\n", 2, 5, "needs a target")]
    [InlineData("waivers:\n  - rule: DRC015\n    target: 'net:'\n    reason: x\n", 3, 13, "is not a selector")]
    [InlineData("waivers:\n  - rule: 15\n    net: A\n    reason: x\n", 2, 5, "is not a rule ID")]
    [InlineData("parts:\n  - class: flux-capacitor\n    value: x\n", 2, 12, "unknown part class 'flux-capacitor'")]
    [InlineData("parts:\n  - class: resistor\n    value: '([a-'\n", 3, 12, "not a valid regular expression")]
    [InlineData("severity:\n  DRC012: fatal\n", 2, 11, "must be error, warning, note or off")]
    [InlineData("severity:\n  RESET: error\n", 2, 3, "is not a rule ID")]
    [InlineData("rials:\n  - net: 5V\n", 1, 1, "unknown key 'rials'")]
    [InlineData("open: [SJ1\n", 2, 1, "not valid YAML")]
    [InlineData("som: [J1\n  variant: x", 2, 10, "not valid YAML")]
    [InlineData("- just\n- a list\n", 1, 1, "must be a mapping")]
    [InlineData("parameters:\n  i2c-pull-up:\n    max-ohm: 4700\n", 3, 5, "unknown rule parameter 'i2c-pull-up.max-ohm'")]
    public void Bad_config_names_the_file_line_and_column(string yaml, int line, int column, string reason)
    {
        var error = Should.Throw<ConfigException>(() => DrcConfigLoader.Parse(yaml, "boards/drctool.yaml"));

        error.File.ShouldBe("boards/drctool.yaml");
        error.Reason.ShouldContain(reason);
        (error.Line, error.Column).ShouldBe((line, column));
        error.Message.ShouldStartWith($"boards/drctool.yaml:{line}:{column}: ");
    }

    [Fact]
    public void A_missing_file_is_a_clear_error()
    {
        var error = Should.Throw<ConfigException>(() => DrcConfigLoader.Load(Path.Combine(Path.GetTempPath(), "no-such-dir-drctool", "drctool.yaml")));
        error.Reason.ShouldContain("not found");
    }

    [Fact]
    public void Config_part_patterns_come_before_the_built_in_table_and_state_a_regulator_output()
    {
        var config = DrcConfigLoader.Parse("""
            parts:
              - class: regulator
                ref: '^PS\d+$'
                output: 3.3
            """, "drctool.yaml");
        var design = new TestDesign()
            .Part("PS1", "ACME-POWER-BRICK", "BRICK", "1:VIN", "2:VOUT", "3:GND")
            .Net("VIN_EXT", "PS1.1").Net("MCU_PWR", "PS1.2").Net("GND", "PS1.3")
            .Build();

        var picture = ElectricalPicture.Build(design, null, PictureSettings.From(config));

        picture.ClassOf("PS1").ShouldBe(PartClass.Regulator);
        picture.PartOf("PS1")!.Classification.Why.ShouldContain("drctool.yaml:2");
        picture.RailOf("MCU_PWR")!.Volts.ShouldBe(3.3);
        ElectricalPicture.Build(design).ClassOf("PS1").ShouldBe(PartClass.Unknown);
    }
}

public class ConfigReachesThePictureTests
{
    [DrcTool.TestSupport.SharedFact]
    public void A_drctool_yaml_opening_sj1_reaches_the_checkers_picture()
    {
        var design = DrcTool.Core.Import.DesignLoader.Default.Load(RealBoards.SomUsb2("sch"));
        var config = DrcConfigLoader.Parse("open: [SJ1]\nrails:\n  - net: 3V8\n    cuttable: true\n    reason: modem power switch\n", "drctool.yaml");

        var result = DesignChecker.Check(design, CheckOptions.Default with { Config = config });

        result.Picture.SomNode("3V3")!.Nets.Select(n => n.Name).ShouldBe(["3V3"]);
        var vcc = result.Picture.RailOf(result.Picture.SomNode("VCC")!)!;
        vcc.CanBeCut.ShouldBeTrue();
        vcc.CutReason.ShouldBe("drctool.yaml:3:5 marks 3V8 cuttable: modem power switch");
    }
}
