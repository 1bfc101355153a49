using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DrcTool.Reporting.Tests.Support;

/// <summary>
/// A compact JSON Schema validator for the keywords the SARIF 2.1.0 schema uses (draft-04: type, properties, required,
/// additionalProperties, items, enum, minimum, maximum, minItems, uniqueItems, pattern, format, anyOf, oneOf, allOf,
/// $ref to #/definitions). No JSON-schema package restores here. A keyword it does not know fails loudly rather than
/// being skipped, so a schema that needs more than this cannot pass by accident.
/// </summary>
public sealed class JsonSchemaValidator
{
    private static readonly HashSet<string> Annotations = ["$schema", "id", "$id", "title", "description", "default", "definitions"];
    private readonly JsonElement _root;

    public JsonSchemaValidator(JsonElement root)
    {
        _root = root;
    }

    public static JsonSchemaValidator Load(string path) => new(JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone());

    /// <summary>Every violation, as "json-path: problem"; empty when the instance is valid.</summary>
    public IReadOnlyList<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Check(_root, instance, "$", errors);
        return errors;
    }

    private void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.ValueKind == JsonValueKind.True) return;
        if (schema.ValueKind == JsonValueKind.False)
        {
            errors.Add($"{path}: no value is allowed here");
            return;
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            var k = keyword.Value;
            switch (keyword.Name)
            {
                case "$ref":
                    Check(Resolve(k.GetString()!), value, path, errors);
                    break;
                case "type":
                    if (!TypeMatches(k, value)) errors.Add($"{path}: expected type {k}, got {value.ValueKind}");
                    break;
                case "properties":
                    if (value.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var property in k.EnumerateObject())
                        {
                            if (value.TryGetProperty(property.Name, out var child))
                            {
                                Check(property.Value, child, $"{path}.{property.Name}", errors);
                            }
                        }
                    }

                    break;
                case "required":
                    if (value.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var name in k.EnumerateArray())
                        {
                            if (!value.TryGetProperty(name.GetString()!, out _)) errors.Add($"{path}: missing required property '{name.GetString()}'");
                        }
                    }

                    break;
                case "additionalProperties":
                    if (value.ValueKind == JsonValueKind.Object)
                    {
                        var declared = schema.TryGetProperty("properties", out var props)
                            ? props.EnumerateObject().Select(p => p.Name).ToHashSet()
                            : [];
                        foreach (var property in value.EnumerateObject().Where(p => !declared.Contains(p.Name)))
                        {
                            Check(k, property.Value, $"{path}.{property.Name}", errors);
                        }
                    }

                    break;
                case "items":
                    if (value.ValueKind == JsonValueKind.Array)
                    {
                        var i = 0;
                        foreach (var item in value.EnumerateArray())
                        {
                            Check(k, item, $"{path}[{i++}]", errors);
                        }
                    }

                    break;
                case "enum":
                    if (!k.EnumerateArray().Any(e => JsonEquals(e, value))) errors.Add($"{path}: {value} is not one of {k}");
                    break;
                case "const":
                    if (!JsonEquals(k, value)) errors.Add($"{path}: {value} is not {k}");
                    break;
                case "minimum":
                    if (value.ValueKind == JsonValueKind.Number && value.GetDouble() < k.GetDouble()) errors.Add($"{path}: {value} < minimum {k}");
                    break;
                case "maximum":
                    if (value.ValueKind == JsonValueKind.Number && value.GetDouble() > k.GetDouble()) errors.Add($"{path}: {value} > maximum {k}");
                    break;
                case "minItems":
                    if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() < k.GetInt32()) errors.Add($"{path}: fewer than {k} items");
                    break;
                case "uniqueItems":
                    if (k.GetBoolean() && value.ValueKind == JsonValueKind.Array)
                    {
                        var items = value.EnumerateArray().ToList();
                        for (var a = 0; a < items.Count; a++)
                        {
                            for (var b = a + 1; b < items.Count; b++)
                            {
                                if (JsonEquals(items[a], items[b])) errors.Add($"{path}: items {a} and {b} are equal");
                            }
                        }
                    }

                    break;
                case "pattern":
                    if (value.ValueKind == JsonValueKind.String && !Regex.IsMatch(value.GetString()!, k.GetString()!))
                    {
                        errors.Add($"{path}: '{value.GetString()}' does not match /{k.GetString()}/");
                    }

                    break;
                case "format":
                    if (value.ValueKind == JsonValueKind.String && !FormatMatches(k.GetString()!, value.GetString()!))
                    {
                        errors.Add($"{path}: '{value.GetString()}' is not a valid {k.GetString()}");
                    }

                    break;
                case "anyOf":
                    if (!k.EnumerateArray().Any(s => Passes(s, value))) errors.Add($"{path}: matches none of anyOf");
                    break;
                case "oneOf":
                    var matches = k.EnumerateArray().Count(s => Passes(s, value));
                    if (matches != 1) errors.Add($"{path}: matches {matches} of oneOf, not exactly one");
                    break;
                case "allOf":
                    foreach (var s in k.EnumerateArray()) Check(s, value, path, errors);
                    break;
                default:
                    if (!Annotations.Contains(keyword.Name))
                    {
                        throw new NotSupportedException($"schema keyword '{keyword.Name}' is not supported by this validator");
                    }

                    break;
            }
        }
    }

    private bool Passes(JsonElement schema, JsonElement value)
    {
        var errors = new List<string>();
        Check(schema, value, "$", errors);
        return errors.Count == 0;
    }

    private JsonElement Resolve(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new NotSupportedException($"only local $refs are supported, not {reference}");
        }

        var node = _root;
        foreach (var part in reference[2..].Split('/'))
        {
            node = node.GetProperty(part.Replace("~1", "/").Replace("~0", "~"));
        }

        return node;
    }

    private static bool TypeMatches(JsonElement type, JsonElement value) =>
        type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Any(t => IsType(t.GetString()!, value))
            : IsType(type.GetString()!, value);

    private static bool IsType(string type, JsonElement value) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && Math.Floor(value.GetDouble()) == value.GetDouble(),
        _ => throw new NotSupportedException($"type '{type}'"),
    };

    private static bool FormatMatches(string format, string text) => format switch
    {
        "uri" => Uri.TryCreate(text, UriKind.Absolute, out _),
        "uri-reference" => Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out _) && !text.Contains(' ') && !text.Contains('\\'),
        "date-time" => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        _ => true,
    };

    private static bool JsonEquals(JsonElement a, JsonElement b)
    {
        if (a.ValueKind != b.ValueKind)
        {
            return a.ValueKind is JsonValueKind.True or JsonValueKind.False && a.ValueKind == b.ValueKind;
        }

        return a.ValueKind switch
        {
            JsonValueKind.Object => a.EnumerateObject().Count() == b.EnumerateObject().Count()
                                    && a.EnumerateObject().All(p => b.TryGetProperty(p.Name, out var q) && JsonEquals(p.Value, q)),
            JsonValueKind.Array => a.GetArrayLength() == b.GetArrayLength()
                                   && a.EnumerateArray().Zip(b.EnumerateArray()).All(x => JsonEquals(x.First, x.Second)),
            JsonValueKind.String => a.GetString() == b.GetString(),
            JsonValueKind.Number => a.GetDouble() == b.GetDouble(),
            _ => true,
        };
    }
}
