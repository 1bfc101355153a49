namespace DrcTool.Core.Knowledge;

/// <summary>
/// A drctool.yaml or a data file under rules/ that can't be used: the file, the 1-based line and column, and what
/// is wrong.
/// </summary>
public sealed class ConfigException : Exception
{
    public ConfigException(string file, int line, int column, string reason, Exception? inner = null)
        : base($"{file}:{line}:{column}: {reason}", inner)
    {
        File = file;
        Line = line;
        Column = column;
        Reason = reason;
    }

    public string File { get; }
    public int Line { get; }
    public int Column { get; }
    public string Reason { get; }
}
