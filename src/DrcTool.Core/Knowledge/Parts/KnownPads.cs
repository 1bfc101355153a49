namespace DrcTool.Core.Knowledge.Parts;

/// <summary>
/// The pads of each pin function, per part class, for ICs whose board files carry only pad numbers
/// (rules/part-classes.yaml <c>pads</c>): e.g. a bq24195's INT is pad 7 in its VQFN-24.
/// </summary>
public sealed class KnownPads(IReadOnlyDictionary<PartClass, Dictionary<string, IReadOnlyList<string>>> byClass)
{
    public static KnownPads Empty { get; } = new(new Dictionary<PartClass, Dictionary<string, IReadOnlyList<string>>>());

    /// <summary>The pads <paramref name="function"/> (in its normal form, any case) may be on, first package first; empty when unknown.</summary>
    public IReadOnlyList<string> Of(PartClass partClass, string function) =>
        byClass.TryGetValue(partClass, out var functions) && functions.TryGetValue(function, out var pads) ? pads : [];

    /// <summary>Every function with pads, per class: what the file declares.</summary>
    public IEnumerable<(PartClass Class, string Function)> Functions =>
        byClass.SelectMany(c => c.Value.Keys.Select(f => (c.Key, f)));
}
