using System.Text;
using DrcTool.Core.Import;
using DrcTool.Core.Model;
using DrcTool.TestSupport;

namespace DrcTool.Cli.Tests;

/// <summary>
/// A stand-in netlist reader whose file's text names the design it returns (the reference board, or a variant of it);
/// "BROKEN" is a read error at 3:7, as a truncated file would give.
/// </summary>
internal abstract class MarkerReader : IDesignReader
{
    private static readonly Lazy<Design> Reference = new(() =>
        DesignLoader.Default.Load(Path.Combine(RepoPaths.SampleBoards, "reference-board", "reference-board.net")));

    public DesignFormat Format => DesignFormat.KiCadNetlist;

    public Design Read(string path, byte[] content)
    {
        var text = Encoding.UTF8.GetString(content);
        if (text.Contains("BROKEN", StringComparison.Ordinal))
        {
            throw new DesignReadException(path, 3, 7, "unbalanced parentheses");
        }

        return Read(path, text, Reference.Value);
    }

    /// <summary>The design the marker text names; <paramref name="reference"/> is the project's reference board.</summary>
    protected abstract Design Read(string path, string text, Design reference);
}
