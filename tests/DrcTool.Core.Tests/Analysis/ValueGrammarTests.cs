using DrcTool.Core.Analysis.Values;

namespace DrcTool.Core.Tests.Analysis;

public class ValueGrammarTests
{
    [Theory]
    [InlineData("4K7", 4700, ValueUnit.None)]
    [InlineData("4k7", 4700, ValueUnit.None)]
    [InlineData("10k", 10_000, ValueUnit.None)]
    [InlineData("10K", 10_000, ValueUnit.None)]
    [InlineData("1M", 1_000_000, ValueUnit.None)]
    [InlineData("1meg", 1_000_000, ValueUnit.None)]
    [InlineData("0R", 0, ValueUnit.Ohm)]
    [InlineData("R0", 0, ValueUnit.Ohm)]
    [InlineData("R47", 0.47, ValueUnit.Ohm)]
    [InlineData("332R", 332, ValueUnit.Ohm)]
    [InlineData("33R", 33, ValueUnit.Ohm)]
    [InlineData("49R9 1%", 49.9, ValueUnit.Ohm)]
    [InlineData("332", 332, ValueUnit.None)]
    [InlineData("100nF", 100e-9, ValueUnit.Farad)]
    [InlineData("100n", 100e-9, ValueUnit.None)]
    [InlineData("100NF", 100e-9, ValueUnit.Farad)]
    [InlineData("0.01uF", 0.01e-6, ValueUnit.Farad)]
    [InlineData("4u7", 4.7e-6, ValueUnit.None)]
    [InlineData("2.2uH", 2.2e-6, ValueUnit.Henry)]
    [InlineData("10k 1%", 10_000, ValueUnit.None)]
    [InlineData("12.4k 1%", 12_400, ValueUnit.None)]
    [InlineData("1k0", 1000, ValueUnit.None)]
    [InlineData("4K75", 4750, ValueUnit.None)]
    [InlineData("4.7K", 4700, ValueUnit.None)]
    [InlineData("4.7k", 4700, ValueUnit.None)]
    [InlineData("10 kΩ", 10_000, ValueUnit.Ohm)]
    [InlineData("10kΩ", 10_000, ValueUnit.Ohm)]
    [InlineData("10 ohm", 10, ValueUnit.Ohm)]
    [InlineData("2M2", 2_200_000, ValueUnit.None)]
    [InlineData("18pF", 18e-12, ValueUnit.Farad)]
    [InlineData("10uF/10V", 10e-6, ValueUnit.Farad)]
    [InlineData("1n/2KV", 1e-9, ValueUnit.None)]
    [InlineData("6.2V/500mW", 6.2, ValueUnit.Volt)]
    [InlineData("25MHz", 25e6, ValueUnit.Hertz)]
    [InlineData("3V3", 3.3, ValueUnit.Volt)]
    [InlineData(" 150 ", 150, ValueUnit.None)]
    [InlineData("0.1uF 16V X7R", 0.1e-6, ValueUnit.Farad)]
    [InlineData("10µF", 10e-6, ValueUnit.Farad)]
    public void Reads_values(string text, double magnitude, ValueUnit unit)
    {
        var value = ValueGrammar.TryParse(text);

        value.ShouldNotBeNull();
        value.Magnitude.ShouldBe(magnitude, Math.Abs(magnitude) * 1e-9 + 1e-15);
        value.Unit.ShouldBe(unit);
    }

    [Theory]
    [InlineData("RED")]
    [InlineData("BQ24195")]
    [InlineData("MAX17043")]
    [InlineData("XCL223")]
    [InlineData("R-US_")]
    [InlineData("RGB")]
    [InlineData("U.FL")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("k10")]
    [InlineData("2N7002")]
    [InlineData("MF-SW-TACT-6MM")]
    public void Rejects_text_that_is_not_a_value(string? text)
    {
        ValueGrammar.TryParse(text).ShouldBeNull();
    }

    [Fact]
    public void Keeps_the_tolerance()
    {
        ValueGrammar.TryParse("10k 1%")!.TolerancePercent.ShouldBe(1);
        ValueGrammar.TryParse("10k")!.TolerancePercent.ShouldBeNull();
    }

    [Fact]
    public void Resistance_is_given_for_ohms_or_no_unit_only()
    {
        ValueGrammar.TryParse("4K7")!.Ohms.ShouldBe(4700);
        ValueGrammar.TryParse("332R")!.Ohms.ShouldBe(332);
        ValueGrammar.TryParse("100nF")!.Ohms.ShouldBeNull();
    }
}
