namespace DrcTool.Core.Import.KiCad;

/// <summary>
/// Gives every part a reference no other part has, so two footprints that share one (two "REF**" logos,
/// an un-annotated "U?" pair, a copy-pasted "R1") stay two parts whose pads never merge into one net node.
/// </summary>
/// <remarks>
/// The first part keeps its reference; a later one becomes "R1#2", "R1#3"…; an empty reference becomes "?".
/// The suffix cannot clash with a real KiCad reference, which never contains '#' after its first character.
/// </remarks>
internal sealed class UniqueReferences
{
    public const string EmptyReference = "?";

    private readonly HashSet<string> _taken;

    /// <param name="capacity">Parts expected, so a big board's set is allocated once.</param>
    public UniqueReferences(int capacity = 0)
    {
        _taken = new HashSet<string>(capacity, StringComparer.Ordinal);
    }

    public string Claim(string reference)
    {
        var candidate = string.IsNullOrWhiteSpace(reference) ? EmptyReference : reference;
        if (_taken.Add(candidate)) return candidate;
        for (var n = 2; ; n++)
        {
            var renamed = $"{candidate}#{n}";
            if (_taken.Add(renamed)) return renamed;
        }
    }
}
