using DrcTool.Core.Model;

namespace DrcTool.Core.Import;

/// <summary>Reads one file format into a <see cref="Design"/>.</summary>
public interface IDesignReader
{
    DesignFormat Format { get; }

    /// <summary>Reads <paramref name="content"/>, the whole file. <paramref name="path"/> is used for locations and for sibling files.</summary>
    /// <exception cref="DesignReadException">The content is not a readable design of this format.</exception>
    Design Read(string path, byte[] content);
}
