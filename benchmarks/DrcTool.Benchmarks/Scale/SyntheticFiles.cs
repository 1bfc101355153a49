using System.Text;
using DrcTool.Benchmarks.Generation;

namespace DrcTool.Benchmarks.Scale;

public enum SyntheticFormat
{
    KiCadBoard,
    KiCadNetlist,
    EagleSchematic,
    EagleBoard,
}

/// <summary>
/// The synthetic boards on disk: written once per (format, part count) into a cache folder
/// ($DRCTOOL_BENCH_DATA, else the system temp folder) and reused by every benchmark process.
/// </summary>
public static class SyntheticFiles
{
    public static IReadOnlyList<int> PartCounts { get; } = [1_000, 10_000, 100_000];

    public static IReadOnlyList<SyntheticFormat> Formats { get; } = Enum.GetValues<SyntheticFormat>();

    public static string Folder =>
        Environment.GetEnvironmentVariable("DRCTOOL_BENCH_DATA") is { Length: > 0 } folder
            ? folder
            : System.IO.Path.Combine(System.IO.Path.GetTempPath(), "drctool-synthetic-boards");

    public static string Extension(SyntheticFormat format) => format switch
    {
        SyntheticFormat.KiCadBoard => ".kicad_pcb",
        SyntheticFormat.KiCadNetlist => ".net",
        SyntheticFormat.EagleSchematic => ".sch",
        SyntheticFormat.EagleBoard => ".brd",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>The file for <paramref name="format"/> and <paramref name="parts"/>, written first if it is not there yet.</summary>
    public static string Path(SyntheticFormat format, int parts) => Write(Folder, format, parts, overwrite: false);

    public static string Write(string folder, SyntheticFormat format, int parts, bool overwrite)
    {
        Directory.CreateDirectory(folder);
        var path = System.IO.Path.Combine(folder, $"synthetic-{parts}{Extension(format)}");
        if (!overwrite && File.Exists(path)) return path;

        // Write beside, then move: a benchmark process started in parallel never reads half a file.
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        var design = SyntheticDesign.Create(parts);
        using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(false), 1 << 16))
        {
            switch (format)
            {
                case SyntheticFormat.KiCadBoard:
                    KiCadBoardWriter.Write(design, writer);
                    break;
                case SyntheticFormat.KiCadNetlist:
                    KiCadNetlistWriter.Write(design, writer);
                    break;
                case SyntheticFormat.EagleSchematic:
                    EagleWriter.WriteSchematic(design, writer);
                    break;
                case SyntheticFormat.EagleBoard:
                    EagleWriter.WriteBoard(design, writer);
                    break;
            }
        }

        File.Move(temporary, path, overwrite: true);
        return path;
    }
}

/// <summary>A scale benchmark's input: one format at one part count.</summary>
public sealed class ScaleCase(SyntheticFormat format, int parts)
{
    public SyntheticFormat Format { get; } = format;
    public int Parts { get; } = parts;
    public string Path => SyntheticFiles.Path(Format, Parts);
    public long Size => new FileInfo(Path).Length;

    public override string ToString() => $"{Parts / 1000}k{SyntheticFiles.Extension(Format)}";
}
