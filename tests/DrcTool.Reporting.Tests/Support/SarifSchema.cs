using System.Text.Json;
using DrcTool.TestSupport;
using NJsonSchema;

namespace DrcTool.Reporting.Tests.Support;

/// <summary>
/// The SARIF 2.1.0 schema from ../shared/reference/schemas (draft-04), validated by NJsonSchema. Tests that use it
/// are <see cref="SharedFactAttribute"/>s, so they skip, saying why, where ../shared is absent.
/// </summary>
public static class SarifSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFileAsync(RepoPaths.SharedFile("reference", "schemas", "sarif-schema-2.1.0.json")).GetAwaiter().GetResult());

    /// <summary>Every violation, as "path: kind"; empty when the document is valid.</summary>
    public static IReadOnlyList<string> Validate(JsonElement sarif) =>
        Schema.Value.Validate(sarif.GetRawText()).Select(e => $"{e.Path}: {e.Kind}").ToList();
}
