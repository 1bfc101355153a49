using DrcTool.Core.Model;

namespace DrcTool.Core.Import;

/// <summary>A design file that cannot be read. Always names the file, and the line and column where reading stopped.</summary>
public sealed class DesignReadException : Exception
{
    /// <summary>A reason longer than this is shortened in the middle (see <see cref="Shorten"/>).</summary>
    public const int MaxReasonLength = 480;

    public DesignReadException(string file, int line, int column, string reason, Exception? inner = null)
        : base(Format(file, line, column, Shorten(reason)), inner)
    {
        File = file;
        Line = line;
        Column = column;
        Reason = Shorten(reason);
    }

    public string File { get; }
    public int Line { get; }
    public int Column { get; }
    /// <summary>The reason alone, without the location prefix.</summary>
    public string Reason { get; }

    public SourceLocation Location => new(File, Line, Column);

    /// <summary>
    /// Keeps a reason readable and free of the file's contents: parsers quote the offending token (XmlException quotes
    /// all of it), and a hostile file's token can be megabytes. The start and end, which say what went wrong, stay.
    /// </summary>
    public static string Shorten(string reason)
    {
        if (reason.Length <= MaxReasonLength) return reason;
        const int keep = MaxReasonLength / 2 - 20;
        return $"{reason[..keep]}... ({reason.Length - 2 * keep} characters left out) ...{reason[^keep..]}";
    }

    private static string Format(string file, int line, int column, string reason) =>
        line > 0 ? $"{file}:{line}:{column}: {reason}" : $"{file}: {reason}";
}
