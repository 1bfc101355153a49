using DrcTool.Core.Model;

namespace DrcTool.Core.Import;

/// <summary>A design file that cannot be read. Always names the file, and the line and column where reading stopped.</summary>
public sealed class DesignReadException : Exception
{
    public DesignReadException(string file, int line, int column, string reason, Exception? inner = null)
        : base(Format(file, line, column, reason), inner)
    {
        File = file;
        Line = line;
        Column = column;
        Reason = reason;
    }

    public string File { get; }
    public int Line { get; }
    public int Column { get; }
    /// <summary>The reason alone, without the location prefix.</summary>
    public string Reason { get; }

    public SourceLocation Location => new(File, Line, Column);

    private static string Format(string file, int line, int column, string reason) =>
        line > 0 ? $"{file}:{line}:{column}: {reason}" : $"{file}: {reason}";
}
