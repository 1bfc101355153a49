using DrcTool.Reporting.Excel;

namespace DrcTool.Reporting.Tests.Excel;

public class SheetNamesTests
{
    [Theory]
    [InlineData("Pins a/b\\c[1]:*?", "Pins a_b_c_1____")]
    [InlineData("'quoted'", "quoted")]
    [InlineData("", "Sheet")]
    [InlineData("history", "History_")]
    [InlineData("Pins SomeVeryLongBoardName_Rev_C_final.kicad_sch", "Pins SomeVeryLongBoardName_Rev_")]
    public void Names_are_made_acceptable_to_Excel(string wanted, string expected)
    {
        SheetNames.Sanitize(wanted).ShouldBe(expected);
        SheetNames.Sanitize(wanted).Length.ShouldBeLessThanOrEqualTo(31);
    }

    [Fact]
    public void Names_are_unique_ignoring_case_within_31_characters()
    {
        var names = new SheetNames();
        var a = names.Unique("Pins SomeVeryLongBoardName_Rev_C.sch");
        var b = names.Unique("Pins SomeVeryLongBoardName_Rev_C.brd");
        var c = names.Unique("PINS SOMEVERYLONGBOARDNAME_REV_C");
        new[] { a, b, c }.Distinct(StringComparer.OrdinalIgnoreCase).Count().ShouldBe(3);
        new[] { a, b, c }.ShouldAllBe(n => n.Length <= 31);
        b.ShouldEndWith("(2)");
    }
}
