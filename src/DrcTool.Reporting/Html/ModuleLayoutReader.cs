using System.Globalization;
using DrcTool.Core.Config;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DrcTool.Reporting.Html;

/// <summary>
/// Reads a module layout (docs/reports.md, "Module pictures"): a title, a default pad size, rows of contacts laid out
/// from a start point by a step, and labelled marks. Read from YamlDotNet's node tree (no reflection, Native AOT safe);
/// anything wrong fails with the file, line and column.
/// </summary>
public static class ModuleLayoutReader
{
    public static ModuleLayout Parse(string yaml, string file)
    {
        var root = Load(yaml, file);
        string? title = null;
        (double W, double H)? pad = null;
        YamlSequenceNode? rows = null;
        YamlSequenceNode? marks = null;
        foreach (var (key, value) in Entries(root, file, "the layout", "title", "pad", "rows", "marks"))
        {
            switch (key)
            {
                case "title": title = Scalar(value, file, "title"); break;
                case "pad": pad = Pair(value, file, "pad"); break;
                case "rows": rows = Sequence(value, file, "rows"); break;
                default: marks = Sequence(value, file, "marks"); break;
            }
        }

        if (rows is null)
        {
            throw Error(root, file, "a layout needs 'rows' (the contacts to draw)");
        }

        var pads = new List<LayoutPad>();
        var seen = new HashSet<int>();
        foreach (var row in rows.Children)
        {
            pads.AddRange(Row(row, file, pad, seen));
        }

        var markList = marks?.Children.Select(m => Mark(m, file)).ToList() ?? [];
        return new ModuleLayout(title ?? string.Empty, pads, markList, file);
    }

    /// <summary>A row: contacts (numbers, '-' for an empty position) from <c>at</c>, each <c>step</c> further.</summary>
    private static List<LayoutPad> Row(YamlNode node, string file, (double W, double H)? defaultPad, HashSet<int> seen)
    {
        var row = node as YamlMappingNode ?? throw Error(node, file, "a row must be a mapping (side, at, step, contacts)");
        LabelSide? side = null;
        (double X, double Y)? at = null;
        (double X, double Y) step = (0, 0);
        var pad = defaultPad;
        YamlNode? contacts = null;
        foreach (var (key, value) in Entries(row, file, "a row", "side", "at", "step", "pad", "contacts"))
        {
            switch (key)
            {
                case "side": side = Side(value, file); break;
                case "at": at = Pair(value, file, "at"); break;
                case "step": step = Pair(value, file, "step"); break;
                case "pad": pad = Pair(value, file, "pad"); break;
                default: contacts = value; break;
            }
        }

        if (side is null || at is null || contacts is null)
        {
            throw Error(row, file, "a row needs 'side', 'at' and 'contacts'");
        }

        if (pad is not { } size || size.W <= 0 || size.H <= 0)
        {
            throw Error(row, file, "a row needs a pad size: 'pad: [width, height]' on the row or the layout, both above 0");
        }

        var words = Scalar(contacts, file, "contacts").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var pads = new List<LayoutPad>();
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] == "-")
            {
                continue;
            }

            if (!int.TryParse(words[i], NumberStyles.None, CultureInfo.InvariantCulture, out var contact) || contact <= 0)
            {
                throw Error(contacts, file, $"'{words[i]}' in contacts is neither a contact number nor '-' (an empty position)");
            }

            if (!seen.Add(contact))
            {
                throw Error(contacts, file, $"contact {contact} is drawn twice");
            }

            pads.Add(new LayoutPad(contact, at.Value.X + (i * step.X), at.Value.Y + (i * step.Y), size.W, size.H, side.Value));
        }

        return pads;
    }

    private static LayoutMark Mark(YamlNode node, string file)
    {
        var mark = node as YamlMappingNode ?? throw Error(node, file, "a mark must be a mapping (label, at, size)");
        string? label = null;
        (double X, double Y)? at = null;
        (double W, double H)? size = null;
        foreach (var (key, value) in Entries(mark, file, "a mark", "label", "at", "size"))
        {
            switch (key)
            {
                case "label": label = Scalar(value, file, "label"); break;
                case "at": at = Pair(value, file, "at"); break;
                default: size = Pair(value, file, "size"); break;
            }
        }

        return label is null || at is null || size is null
            ? throw Error(mark, file, "a mark needs 'label', 'at' and 'size'")
            : new LayoutMark(label, at.Value.X, at.Value.Y, size.Value.W, size.Value.H);
    }

    private static LabelSide Side(YamlNode node, string file) =>
        Scalar(node, file, "side") switch
        {
            "left" => LabelSide.Left,
            "right" => LabelSide.Right,
            "top" => LabelSide.Top,
            "bottom" => LabelSide.Bottom,
            var other => throw Error(node, file, $"side must be left, right, top or bottom, not '{other}'"),
        };

    private static (double, double) Pair(YamlNode node, string file, string what)
    {
        if (node is not YamlSequenceNode { Children.Count: 2 } pair)
        {
            throw Error(node, file, $"{what} must be two numbers, e.g. [1.5, 2]");
        }

        return (Number(pair.Children[0], file, what), Number(pair.Children[1], file, what));
    }

    private static double Number(YamlNode node, string file, string what)
    {
        var text = Scalar(node, file, what);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw Error(node, file, $"{what} must be numbers, not '{text}'");
    }

    private static string Scalar(YamlNode node, string file, string what) =>
        node is YamlScalarNode { Value: { } value } ? value : throw Error(node, file, $"{what} must be a single value");

    private static YamlSequenceNode Sequence(YamlNode node, string file, string what) =>
        node as YamlSequenceNode ?? throw Error(node, file, $"{what} must be a list (lines starting with '- ')");

    private static IEnumerable<(string Key, YamlNode Value)> Entries(YamlMappingNode mapping, string file, string what, params string[] known)
    {
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = Scalar(keyNode, file, $"a key in {what}");
            if (!known.Contains(key, StringComparer.Ordinal))
            {
                throw Error(keyNode, file, $"unknown key '{key}' in {what}; known keys: {string.Join(", ", known)}");
            }

            yield return (key, value);
        }
    }

    private static YamlMappingNode Load(string yaml, string file)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            throw new ConfigException(file, (int)ex.Start.Line, (int)ex.Start.Column, ex.Message, ex);
        }

        return stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode root
            ? root
            : throw new ConfigException(file, 1, 1, "a layout is one YAML mapping (title, pad, rows, marks)");
    }

    private static ConfigException Error(YamlNode node, string file, string reason) =>
        new(file, (int)node.Start.Line, (int)node.Start.Column, reason);
}
