using System.Text.RegularExpressions;
using DrcTool.Core.Model;

namespace DrcTool.Core.Tests.Import.Eagle;

/// <summary>
/// The pad nets of a KiCad 6 board read with regular expressions over KiCad's own line layout, as a second
/// opinion that shares no code with DrcTool's readers: a footprint starts at "  (footprint", its reference is
/// the "fp_text reference" or "Reference" property, a pad starts at "    (pad" and its net is the "(net n "name")"
/// in the lines that follow before the next item at pad level or above.
/// </summary>
internal static partial class KiCadPadNetsByRegex
{
    [GeneratedRegex("""^  \(footprint """)]
    private static partial Regex FootprintStart();

    [GeneratedRegex(@"\((?:fp_text reference|property ""Reference"") ""((?:[^""\\]|\\.)*)""")]
    private static partial Regex Reference();

    [GeneratedRegex(@"^    \(pad ""((?:[^""\\]|\\.)*)""")]
    private static partial Regex PadStart();

    [GeneratedRegex("""\(net \d+ "((?:[^"\\]|\\.)*)"\)""")]
    private static partial Regex NetOfPad();

    /// <summary>Net name → its pads, for every pad that has a net.</summary>
    public static Dictionary<string, List<NetNode>> Read(string path)
    {
        var nets = new Dictionary<string, List<NetNode>>(StringComparer.Ordinal);
        string? reference = null;
        string? pad = null;
        foreach (var line in File.ReadLines(path))
        {
            if (FootprintStart().IsMatch(line))
            {
                reference = null;
                pad = null;
                continue;
            }

            if (!line.StartsWith("      ", StringComparison.Ordinal))
            {
                // Back at pad level or above: the previous pad's lines are over.
                pad = null;
            }

            if (reference is null && Reference().Match(line) is { Success: true } refMatch)
            {
                reference = refMatch.Groups[1].Value;
            }

            if (PadStart().Match(line) is { Success: true } padMatch)
            {
                pad = padMatch.Groups[1].Value;
            }

            if (pad is not null && reference is not null && NetOfPad().Match(line) is { Success: true } netMatch)
            {
                var name = netMatch.Groups[1].Value;
                if (!nets.TryGetValue(name, out var nodes))
                {
                    nets[name] = nodes = [];
                }

                nodes.Add(new NetNode(reference, pad));
                pad = null;
            }
        }

        return nets;
    }
}
