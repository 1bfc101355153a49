using DrcTool.Core.Import;

namespace DrcTool.Core.Tests.Hostile;

public sealed class DesignReadExceptionTests
{
    [Fact]
    public void A_reason_quoting_a_huge_token_is_shortened_in_the_middle()
    {
        var reason = "'" + new string('A', 5_000_000) + "' is an unexpected token. Expecting whitespace.";
        var error = new DesignReadException("x.brd", 3, 4, reason);
        error.Reason.Length.ShouldBeLessThanOrEqualTo(DesignReadException.MaxReasonLength + 60);
        error.Reason.ShouldStartWith("'AAAA");
        error.Reason.ShouldEndWith("' is an unexpected token. Expecting whitespace.");
        error.Reason.ShouldContain("characters left out");
        error.Message.ShouldStartWith("x.brd:3:4: 'AAAA");
    }

    [Fact]
    public void A_short_reason_is_kept_as_written()
    {
        new DesignReadException("x.net", 1, 2, "string is never closed").Reason.ShouldBe("string is never closed");
    }
}
