using DrcTool.Core.Model;

namespace DrcTool.Core.Import;

/// <summary>The import stage's front door: reads a file, finds its format from its content, and hands it to that format's reader.</summary>
public sealed class DesignLoader
{
    /// <summary>Files larger than this are refused before reading (a board of 100k parts is well under it).</summary>
    public const long MaxFileBytes = 512L * 1024 * 1024;

    private readonly IReadOnlyDictionary<DesignFormat, IDesignReader> _readers;

    public DesignLoader(IEnumerable<IDesignReader> readers)
    {
        _readers = readers.ToDictionary(r => r.Format);
    }

    /// <summary>A loader with every reader DrcTool has.</summary>
    public static DesignLoader Default { get; } = new(DesignReaders.All());

    public Design Load(string path)
    {
        byte[] content;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new DesignReadException(path, 0, 0, "file not found");
            }

            if (info.Length > MaxFileBytes)
            {
                throw new DesignReadException(path, 0, 0, $"file is {info.Length} bytes, over the {MaxFileBytes}-byte limit");
            }

            content = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DesignReadException(path, 0, 0, $"cannot read the file: {ex.Message}", ex);
        }

        return Load(path, content);
    }

    public Design Load(string path, byte[] content)
    {
        var format = FormatSniffer.Detect(content)
                     ?? throw new DesignReadException(path, 1, 1, $"not a design file: {FormatSniffer.Describe(content)}");
        if (!_readers.TryGetValue(format, out var reader))
        {
            throw new DesignReadException(path, 1, 1, $"{format} files are not supported yet");
        }

        try
        {
            return reader.Read(path, content);
        }
        catch (DesignReadException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A reader bug must still name the file rather than crash the batch.
            throw new DesignReadException(path, 0, 0, $"cannot read {format} content: {ex.Message}", ex);
        }
    }
}
