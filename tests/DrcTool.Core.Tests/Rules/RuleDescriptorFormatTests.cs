using DrcTool.Core.Checks;

namespace DrcTool.Core.Tests.Rules;

/// <summary>How a descriptor fills its message formats: parameters in effect, named and positional values.</summary>
public class RuleDescriptorFormatTests
{
    private static readonly RuleDescriptor Descriptor = new("DRC999", "Title", "{pin} on net {net} reaches {net} at {signal.max-volts} V", "Signal", Severity.Error)
    {
        Messages = new Dictionary<string, string>
        {
            ["positional"] = "{1} before {0}",
            ["ohms"] = "outside {i2c-pull-up.min-ohms:ohms}-{i2c-pull-up.max-ohms:ohms}",
        },
    };

    [Fact]
    public void Named_values_fill_in_first_appearance_order_and_a_repeated_name_repeats_its_value()
    {
        Descriptor.Format("D0 (22)", "SDA").Text.ShouldBe("D0 (22) on net SDA reaches SDA at 3.6 V");
    }

    [Fact]
    public void Positional_values_fill_by_index()
    {
        Descriptor.FormatMessage("positional", "first", "second").Text.ShouldBe("second before first");
    }

    [Fact]
    public void Parameters_render_with_the_values_in_effect()
    {
        var config = RuleParameters.Default.With(new Dictionary<string, (double, string)>
        {
            ["signal.max-volts"] = (5.5, "drctool.yaml"), ["i2c-pull-up.min-ohms"] = (820, "drctool.yaml"),
        });
        var rendered = Descriptor.RenderedWith(config);
        rendered.Format("D0 (22)", "SDA").Text.ShouldBe("D0 (22) on net SDA reaches SDA at 5.5 V");
        rendered.FormatMessage("ohms").Text.ShouldBe("outside 820 Ω-10 kΩ");
        rendered.AllMessageFormats.Select(m => m.Value).ShouldContain("outside 820 Ω-10 kΩ");
    }

    [Fact]
    public void A_wrong_number_of_values_or_an_unknown_key_is_a_bug_the_rule_hears_about()
    {
        Should.Throw<ArgumentException>(() => Descriptor.Format("D0 (22)"));
        Should.Throw<ArgumentException>(() => Descriptor.Format("D0 (22)", "SDA", "extra"));
        Should.Throw<ArgumentException>(() => Descriptor.FormatMessage("no-such-key"));
    }
}
