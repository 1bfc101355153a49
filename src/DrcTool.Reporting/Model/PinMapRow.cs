namespace DrcTool.Reporting.Model;

/// <summary>One SoM contact as the design wires it.</summary>
/// <param name="Contact">M.2 contact number.</param>
/// <param name="SomPin">Datasheet name, e.g. "RST".</param>
/// <param name="Net">The net on the contact; null when unconnected.</param>
/// <param name="Rail">The rail the net is, when its voltage is known (usually the net itself), else null.</param>
/// <param name="Volts">The rail's voltage when known.</param>
/// <param name="Parts">Other parts on the net, as reference.pad, in natural order.</param>
/// <param name="Status">Worst unwaived finding on this contact, or whether it is connected at all.</param>
/// <param name="Rules">IDs of the rules with findings on this contact.</param>
/// <param name="Pad">The socket pad the contact lands on in the footprint (usually its number).</param>
/// <param name="SymbolPin">The symbol's pin name on that pad, when the design names one.</param>
/// <param name="IsGround">A ground return (the workbook folds these into one row).</param>
public sealed record PinMapRow(
    int Contact,
    string SomPin,
    string? Net,
    string? Rail,
    double? Volts,
    IReadOnlyList<string> Parts,
    PinStatus Status,
    IReadOnlyList<string> Rules,
    string? Pad = null,
    string? SymbolPin = null,
    bool IsGround = false);

/// <summary>The colour a contact gets in the pin map. Ordered by how much attention it needs.</summary>
public enum PinStatus
{
    Unconnected,
    Ok,
    Note,
    Warning,
    Error,
}
