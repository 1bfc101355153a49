namespace DrcTool.Cli;

/// <summary>The exit codes DEVELOPERS.md fixes.</summary>
public static class ExitCodes
{
    /// <summary>Every design read and nothing at or above the fail level.</summary>
    public const int Clean = 0;
    /// <summary>A finding at or above the fail level.</summary>
    public const int Findings = 1;
    /// <summary>Bad usage, or an input that could not be read (this wins over <see cref="Findings"/>).</summary>
    public const int UsageOrUnreadable = 2;
}
