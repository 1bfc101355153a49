namespace DrcTool.Core.Tests.SampleBoards;

/// <summary>
/// Finds parts and nets of a board by what they do (the socket, the net on a contact, the resistor between two nets),
/// so the violating boards are described against the reference board's circuit, not its reference designators.
/// </summary>
internal static class BoardRoles
{
    public static SamplePart Socket(this SampleBoard board) =>
        board.Parts.Where(p => p.Pins.Count >= 60).OrderByDescending(p => p.Pins.Count).First();

    public static string Net(this SampleBoard board, int contact) =>
        board.NetOf(board.Socket().Reference, contact.ToString(System.Globalization.CultureInfo.InvariantCulture))
        ?? throw new InvalidOperationException($"contact {contact} is not connected on {board.Title}");

    public static string? NetOrNull(this SampleBoard board, int contact) =>
        board.NetOf(board.Socket().Reference, contact.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static bool IsResistor(this SamplePart part) => part.Symbol is "R" or "R_Small" or "R_US";

    public static IEnumerable<SamplePart> PartsOn(this SampleBoard board, string net) =>
        board.NodesOf(net).Select(n => n.Ref).Distinct().Select(board.Part);

    /// <summary>The two-pad part with one pad on each net.</summary>
    public static SamplePart Between(this SampleBoard board, string netA, string netB, Func<SamplePart, bool>? kind = null) =>
        board.Parts.First(p => p.Pins.Count == 2 && (kind?.Invoke(p) ?? true)
                               && p.Pins.Any(pin => board.NetOf(p.Reference, pin.Number) == netA)
                               && p.Pins.Any(pin => board.NetOf(p.Reference, pin.Number) == netB));

    /// <summary>The net on a part's other pad (two-pad parts).</summary>
    public static string OtherNet(this SampleBoard board, SamplePart part, string net) =>
        part.Pins.Select(p => board.NetOf(part.Reference, p.Number)).First(n => n is not null && n != net)!;

    public static string Ground(this SampleBoard board) => board.Net(1);

    public static string NextReference(this SampleBoard board, string prefix)
    {
        var n = 1;
        while (board.HasPart($"{prefix}{n}")) n++;
        return $"{prefix}{n}";
    }

    /// <summary>Adds a two-pad part between two nets.</summary>
    public static SampleBoard AddBetween(this SampleBoard board, SamplePart part, string net1, string net2) =>
        board.AddPart(part).Connect(part.Reference, part.Pins[0].Number, net1).Connect(part.Reference, part.Pins[1].Number, net2);
}
