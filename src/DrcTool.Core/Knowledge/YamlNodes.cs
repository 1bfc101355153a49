using System.Globalization;
using DrcTool.Core.Model;
using YamlDotNet.RepresentationModel;

namespace DrcTool.Core.Knowledge;

/// <summary>Typed reads from YAML nodes that fail with the file, line and column of the node that is wrong.</summary>
internal sealed class YamlNodes
{
    public YamlNodes(string file)
    {
        File = file;
    }

    public string File { get; }

    public ConfigException Error(YamlNode node, string reason) =>
        new(File, (int)node.Start.Line, (int)node.Start.Column, reason);

    public SourceLocation Location(YamlNode node) => new(File, (int)node.Start.Line, (int)node.Start.Column);

    public YamlMappingNode Mapping(YamlNode node, string what) =>
        node as YamlMappingNode ?? throw Error(node, $"{what} must be a mapping (key: value lines)");

    public YamlSequenceNode Sequence(YamlNode node, string what) =>
        node as YamlSequenceNode ?? throw Error(node, $"{what} must be a list (lines starting with '- ')");

    public string Scalar(YamlNode node, string what)
    {
        if (node is not YamlScalarNode scalar || scalar.Value is null)
        {
            throw Error(node, $"{what} must be a single value");
        }

        return scalar.Value;
    }

    public double Number(YamlNode node, string what)
    {
        var text = Scalar(node, what).Trim();
        if (text.EndsWith('V') || text.EndsWith('v'))
        {
            text = text[..^1];
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw Error(node, $"{what} must be a number, not '{Scalar(node, what)}'");
    }

    public bool Boolean(YamlNode node, string what) =>
        Scalar(node, what).Trim().ToLowerInvariant() switch
        {
            "true" or "yes" or "on" => true,
            "false" or "no" or "off" => false,
            var other => throw Error(node, $"{what} must be true or false, not '{other}'"),
        };

    public IReadOnlyList<string> Strings(YamlNode node, string what) =>
        node is YamlScalarNode
            ? [Scalar(node, what)]
            : Sequence(node, what).Children.Select(c => Scalar(c, what)).ToList();

    /// <summary>The entries of a mapping; fails on a key not in <paramref name="known"/> (typos must not pass silently).</summary>
    public IEnumerable<(string Key, YamlNode KeyNode, YamlNode Value)> Entries(YamlMappingNode mapping, string what, params string[] known)
    {
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = Scalar(keyNode, $"a key in {what}");
            if (known.Length > 0 && !known.Contains(key, StringComparer.Ordinal))
            {
                throw Error(keyNode, $"unknown key '{key}' in {what}; known keys: {string.Join(", ", known)}");
            }

            yield return (key, keyNode, value);
        }
    }
}
