using System.Globalization;

namespace DrcTool.Cli;

/// <summary>
/// When a run says it happened: only when asked for, so the same input gives the same bytes. <c>--timestamp</c> takes
/// the clock; <c>SOURCE_DATE_EPOCH</c> (seconds since 1970, the reproducible-builds convention) gives a fixed time.
/// </summary>
internal static class RunTimestamp
{
    public const string EpochVariable = "SOURCE_DATE_EPOCH";

    public static DateTimeOffset? From(bool requested, Func<string, string?> environment, TimeProvider? clock = null)
    {
        if (environment(EpochVariable) is { Length: > 0 } text
            && long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && seconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        if (!requested)
        {
            return null;
        }

        // Whole seconds: reports show seconds, and JSON readers should not meet fractions they cannot parse.
        var now = (clock ?? TimeProvider.System).GetUtcNow();
        return DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds());
    }
}
