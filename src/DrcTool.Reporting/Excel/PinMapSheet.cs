using System.Globalization;
using DrcTool.Reporting.Model;
using DrcTool.Reporting.Text;

namespace DrcTool.Reporting.Excel;

/// <summary>
/// One board's module contacts under a title row naming the design: contact, module pin, the socket pad and the
/// symbol's pin name on it, net, rail and voltage, the other pads on the net, and a status colour. Ground contacts on
/// the same net are one row listing them (a ground net reaches half the board's parts, which says nothing here).
/// </summary>
internal static class PinMapSheet
{
    public static SheetTable Build(WorkbookLayout layout, DesignReport design)
    {
        var run = layout.Run;
        var board = layout.Boards.Of(design);
        var file = ReportPaths.Relative(run.BaseDirectory, design.File);
        var table = new SheetTable(
            layout.PinSheet(design)!,
            ["Contact", "SoM pin", "Pad", "Symbol pin", "Net", "Rail", "Volts", "Parts on the net", "Status", "Rules"],
            [9, 14, 7, 14, 24, 14, 7, 60, 12, 16])
        {
            Title = $"{board}: {file} ({Describe(design)})",
            PageHeader = board,
        };

        var grounds = design.PinMap.Where(p => p.IsGround && p.Net is not null).GroupBy(p => p.Net!, StringComparer.Ordinal)
            .ToDictionary(g => g.First(), g => g.ToList());
        foreach (var pin in design.PinMap)
        {
            if (pin.IsGround && pin.Net is not null)
            {
                if (grounds.TryGetValue(pin, out var group))
                {
                    table.Add(GroundRow(group));
                }

                continue;
            }

            table.Add(
                XCell.Of(pin.Contact),
                pin.SomPin,
                pin.Pad ?? string.Empty,
                pin.SymbolPin ?? string.Empty,
                XCell.Of(pin.Net ?? string.Empty, wrap: true),
                pin.Rail ?? string.Empty,
                XCell.Volts(pin.Volts),
                XCell.Of(string.Join(", ", pin.Parts), wrap: true),
                XCell.Of(PinStatusText.Of(pin.Status), CellFills.For(pin.Status)),
                XCell.Of(string.Join(", ", pin.Rules), wrap: true));
        }

        return table;
    }

    /// <summary>The ground contacts on one net as one row: the first contact, and the others listed where the parts would be.</summary>
    private static XCell[] GroundRow(IReadOnlyList<PinMapRow> group)
    {
        var first = group[0];
        var status = group.Max(p => p.Status);
        var contacts = string.Join(", ", group.Select(p => p.Contact.ToString(CultureInfo.InvariantCulture)));
        return
        [
            XCell.Of(first.Contact),
            group.Count == 1 ? first.SomPin : $"{first.SomPin} ×{group.Count}",
            group.Count == 1 ? first.Pad ?? string.Empty : string.Empty,
            group.Count == 1 ? first.SymbolPin ?? string.Empty : string.Empty,
            XCell.Of(first.Net ?? string.Empty, wrap: true),
            first.Rail ?? string.Empty,
            XCell.Volts(first.Volts),
            XCell.Of(group.Count == 1 ? $"ground contact {contacts}" : $"ground contacts {contacts} (parts on the ground net not listed)", wrap: true),
            XCell.Of(PinStatusText.Of(status), CellFills.For(status)),
            XCell.Of(string.Join(", ", group.SelectMany(p => p.Rules).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)), wrap: true),
        ];
    }

    private static string Describe(DesignReport design) =>
        string.Join(", ", new[] { design.Variant, design.SocketReference is { } s ? "socket " + s : null, design.Format }
            .Where(s => !string.IsNullOrEmpty(s)));
}
