namespace DrcTool.Core.Model;

/// <summary>Where something was read from: a file and a 1-based line and column.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation Unknown(string file) => new(file, 0, 0);

    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
}
