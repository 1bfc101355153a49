using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace DrcTool.Core.Knowledge.Parts;

// The YAML shape of rules/part-classes.yaml, read from YamlDotNet's node tree.
internal sealed class PartCatalogFile
{
    public List<PartClassEntry> Classes { get; } = [];
    public List<RegulatorEntry> Regulators { get; } = [];

    /// <summary>Class name → pin function → its pads, in the order they are tried.</summary>
    public List<(string Class, string Function, List<string> Pads, string Where)> Pads { get; } = [];

    /// <summary>Reads the file; an unknown key or a value of the wrong shape fails naming the file, line and column.</summary>
    public static PartCatalogFile Read(string yaml, string origin)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var file = new PartCatalogFile();
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" or "~" or "null" })
        {
            return file;
        }

        var reader = new Reader(origin);
        foreach (var (key, value) in reader.Mapping(stream.Documents[0].RootNode, "the file", "classes", "regulators", "pads"))
        {
            if (IsNull(value))
            {
                continue;
            }

            if (key == "pads")
            {
                ReadPads(reader, value, file);
                continue;
            }

            foreach (var item in reader.Sequence(value, key))
            {
                if (key == "classes")
                {
                    file.Classes.Add(ReadClass(reader, item));
                }
                else
                {
                    file.Regulators.Add(ReadRegulator(reader, item));
                }
            }
        }

        return file;
    }

    private static PartClassEntry ReadClass(Reader reader, YamlNode node)
    {
        var entry = new PartClassEntry();
        foreach (var (key, value) in reader.Mapping(node, "a class entry", "class", "patterns"))
        {
            if (key == "class")
            {
                entry.Class = reader.Scalar(value);
            }
            else if (!IsNull(value))
            {
                foreach (var item in reader.Sequence(value, "patterns"))
                {
                    entry.Patterns.Add(ReadPattern(reader, item));
                }
            }
        }

        return entry;
    }

    private static void ReadPads(Reader reader, YamlNode node, PartCatalogFile file)
    {
        foreach (var (className, functions) in reader.AnyMapping(node, "pads"))
        {
            foreach (var (function, pads) in reader.AnyMapping(functions, $"pads of {className}"))
            {
                var list = reader.Sequence(pads, $"pads of {className} {function}").Select(p => reader.Scalar(p) ?? throw reader.Error(p, "a pad must not be empty")).ToList();
                file.Pads.Add((className, function, list, $"{pads.Start.Line}:{pads.Start.Column}"));
            }
        }
    }

    private static PatternEntry ReadPattern(Reader reader, YamlNode node)
    {
        var entry = new PatternEntry();
        foreach (var (key, value) in reader.Mapping(node, "a pattern", "ref", "value", "footprint", "library", "symbol", "any"))
        {
            var text = reader.Scalar(value);
            switch (key)
            {
                case "ref": entry.Ref = text; break;
                case "value": entry.Value = text; break;
                case "footprint": entry.Footprint = text; break;
                case "library": entry.Library = text; break;
                case "symbol": entry.Symbol = text; break;
                default: entry.Any = text; break;
            }
        }

        return entry;
    }

    private static RegulatorEntry ReadRegulator(Reader reader, YamlNode node)
    {
        var entry = new RegulatorEntry();
        foreach (var (key, value) in reader.Mapping(node, "a regulator entry", "match", "output", "vref"))
        {
            switch (key)
            {
                case "match": entry.Match = reader.Scalar(value); break;
                case "output": entry.Output = reader.Number(value, key); break;
                default: entry.Vref = reader.Number(value, key); break;
            }
        }

        return entry;
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: not (YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted) } scalar
        && scalar.Value is null or "" or "~" or "null";

    private sealed class Reader(string origin)
    {
        public FormatException Error(YamlNode node, string reason) =>
            new($"{origin}:{node.Start.Line}:{node.Start.Column}: {reason}");

        public IEnumerable<(string Key, YamlNode Value)> Mapping(YamlNode node, string what, params string[] known)
        {
            if (node is not YamlMappingNode mapping)
            {
                throw Error(node, $"{what} must be a mapping (key: value lines)");
            }

            foreach (var (keyNode, value) in mapping.Children)
            {
                var key = Scalar(keyNode) ?? "";
                if (!known.Contains(key, StringComparer.Ordinal))
                {
                    throw Error(keyNode, $"unknown key '{key}' in {what}; known keys: {string.Join(", ", known)}");
                }

                yield return (key, value);
            }
        }

        /// <summary>A mapping whose keys are data (class names, pin functions), not a fixed set.</summary>
        public IEnumerable<(string Key, YamlNode Value)> AnyMapping(YamlNode node, string what)
        {
            if (node is not YamlMappingNode mapping)
            {
                throw Error(node, $"{what} must be a mapping (key: value lines)");
            }

            foreach (var (keyNode, value) in mapping.Children)
            {
                yield return (Scalar(keyNode) ?? throw Error(keyNode, $"a key of {what} must not be empty"), value);
            }
        }

        public IEnumerable<YamlNode> Sequence(YamlNode node, string what) =>
            node as YamlSequenceNode ?? throw Error(node, $"{what} must be a list (lines starting with '- ')");

        public string? Scalar(YamlNode node)
        {
            if (node is not YamlScalarNode scalar)
            {
                throw Error(node, "must be a single value");
            }

            return IsNull(scalar) ? null : scalar.Value;
        }

        public double? Number(YamlNode node, string what)
        {
            var text = Scalar(node);
            if (text is null)
            {
                return null;
            }

            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw Error(node, $"{what} must be a number, not '{text}'");
        }
    }
}

internal sealed class PartClassEntry
{
    public string? Class { get; set; }
    public List<PatternEntry> Patterns { get; } = [];
}

internal sealed class PatternEntry
{
    public string? Ref { get; set; }
    public string? Value { get; set; }
    public string? Footprint { get; set; }
    public string? Library { get; set; }
    public string? Symbol { get; set; }
    public string? Any { get; set; }

    public PartPattern ToPattern() => new(Ref, Value, Footprint, Library, Symbol, Any);
}

internal sealed class RegulatorEntry
{
    public string? Match { get; set; }
    public double? Output { get; set; }
    public double? Vref { get; set; }
}
