using DrcTool.Core.Checks;
using DrcTool.Core.Import;

namespace DrcTool.Core.Run;

/// <summary>What became of one input file in a check run: its check result, or why it could not be read.</summary>
public sealed class DesignOutcome
{
    private DesignOutcome(string file, CheckResult? result, DesignReadException? readError)
    {
        File = file;
        Result = result;
        ReadError = readError;
    }

    public static DesignOutcome Checked(string file, CheckResult result) => new(file, result, null);

    public static DesignOutcome Unreadable(DesignReadException error) => new(error.File, null, error);

    /// <summary>The file as the user named it.</summary>
    public string File { get; }
    public CheckResult? Result { get; }
    public DesignReadException? ReadError { get; }
    public bool IsReadable => Result is not null;
}
