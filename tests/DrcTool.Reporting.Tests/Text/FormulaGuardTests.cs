using DrcTool.Reporting.Text;

namespace DrcTool.Reporting.Tests.Text;

public class FormulaGuardTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")")]
    [InlineData("@SUM(A1)")]
    [InlineData("+cmd|' /C calc'!A0")]
    [InlineData("-cmd|' /C calc'!A0")]
    [InlineData("+SUM(A1:A2)")]
    [InlineData("-2+3")]
    [InlineData("\t=1")]
    [InlineData("\rfoo")]
    [InlineData("  =1+1")]
    [InlineData("＝1+1")]
    public void Formula_like_text_is_neutralised(string text)
    {
        FormulaGuard.IsDangerous(text).ShouldBeTrue();
        FormulaGuard.Neutralise(text).ShouldBe("'" + text);
    }

    [Theory]
    [InlineData("+3V3")]
    [InlineData("-5V")]
    [InlineData("+5V")]
    [InlineData("+VBAT")]
    [InlineData("-12")]
    [InlineData("+1.8V")]
    [InlineData("VCC_1V8")]
    [InlineData("/RESET")]
    [InlineData("R4 10k")]
    [InlineData("")]
    [InlineData("-")]
    public void Rail_names_and_plain_text_stay_readable(string text)
    {
        FormulaGuard.IsDangerous(text).ShouldBeFalse();
        FormulaGuard.Neutralise(text).ShouldBe(text);
    }
}
