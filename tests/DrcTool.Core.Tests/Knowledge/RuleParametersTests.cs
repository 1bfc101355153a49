using DrcTool.Core.Checks;
using DrcTool.Core.Config;
using DrcTool.Core.Knowledge;
using DrcTool.TestSupport;

namespace DrcTool.Core.Tests.Knowledge;

/// <summary>rules/rule-parameters.yaml and the typed parameters agree key for key; titles show the values in effect.</summary>
public class RuleParametersTests
{
    private static string FileText => File.ReadAllText(Path.Combine(RepoPaths.Root, "rules", "rule-parameters.yaml"));

    [Fact]
    public void Every_key_in_the_file_is_read_and_every_key_read_is_in_the_file()
    {
        var inFile = ParameterTable.Parse(FileText, "rules/rule-parameters.yaml").Keys.ToList();
        var read = new RuleParameters(ParameterTable.Parse(FileText, "rules/rule-parameters.yaml")).KeysRead;

        inFile.Except(read).ShouldBeEmpty("keys in rules/rule-parameters.yaml that nothing reads");
        read.Except(inFile).ShouldBeEmpty("keys the code reads that rules/rule-parameters.yaml lacks");
    }

    [Fact]
    public void A_key_missing_from_the_file_stops_the_parameters_naming_it()
    {
        var lines = FileText.Split('\n').Where(l => !l.TrimStart().StartsWith("typical-ohms: 10000", StringComparison.Ordinal));
        var table = ParameterTable.Parse(string.Join('\n', lines), "edited.yaml");

        Should.Throw<KeyNotFoundException>(() => new RuleParameters(table)).Message.ShouldContain("reset-pull-up.typical-ohms");
    }

    [Fact]
    public void The_embedded_copy_is_the_file()
    {
        var file = ParameterTable.Parse(FileText, "file");
        foreach (var key in file.Keys) RuleParameters.Default[key].ShouldBe(file[key], key);
        RuleParameters.Default.Table.Keys.Count().ShouldBe(file.Keys.Count());
    }

    [Fact]
    public void Titles_show_the_shipped_values_and_a_configs_overrides()
    {
        RuleCatalog.Default.FindDescriptor("DRC010")!.Title.ShouldBe("No rail above 3.6 V on a SoM signal pin");
        RuleCatalog.Default.FindDescriptor("DRC028")!.Title.ShouldBe("I2C buses with a device have 1.5-10 kΩ pull-ups to 3V3");
        RuleCatalog.Default.FindDescriptor("DRC019")!.Title.ShouldBe("3V3 (10/12) is fed from a 3.0-3.6 V source");

        var config = DrcConfigLoader.Parse("parameters:\n  signal: { max-volts: 5.5 }\n  i2c-pull-up: { min-ohms: 2200 }\n", "drctool.yaml");
        var catalog = RuleCatalog.Default.WithParameters(config.Parameters);

        catalog.FindDescriptor("DRC010")!.Title.ShouldBe("No rail above 5.5 V on a SoM signal pin");
        catalog.FindDescriptor("DRC028")!.Title.ShouldBe("I2C buses with a device have 2.2-10 kΩ pull-ups to 3V3");
        catalog.FindDescriptor("DRC010")!.ParameterKeys(catalog.Parameters).ShouldContain("signal.max-volts");
        catalog.Parameters.SourceOf("signal.max-volts").ShouldBe("drctool.yaml:2:24");
    }

    [Fact]
    public void Messages_state_amps_in_milliamps_from_the_values_in_effect()
    {
        RuleCatalog.Default.FindDescriptor("DRC031")!.MessageFormat.ShouldContain("the PMIC keeps its 100 mA input limit");
        RuleDescriptor.FillParameters("{pmic.b4xx-min-input-amps:ma} mA", RuleParameters.Default).ShouldBe("900 mA");

        var config = DrcConfigLoader.Parse("parameters:\n  pmic: { default-input-amps: 0.5, b4xx-min-input-amps: 1.2 }\n", "drctool.yaml");
        var catalog = RuleCatalog.Default.WithParameters(config.Parameters);

        catalog.FindDescriptor("DRC031")!.MessageFormat.ShouldContain("the PMIC keeps its 500 mA input limit");
        RuleDescriptor.FillParameters("{pmic.b4xx-min-input-amps:ma} mA", catalog.Parameters).ShouldBe("1200 mA");
    }
}
