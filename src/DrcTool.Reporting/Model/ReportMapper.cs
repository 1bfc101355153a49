using DrcTool.Core.Analysis;
using DrcTool.Core.Checks;
using DrcTool.Core.Model;

namespace DrcTool.Reporting.Model;

/// <summary>
/// Builds the report model from what the checks produced: a design's check outcome (or its read error) and the
/// electrical picture's rails. The one place that knows both the checks' types and the reports' rows.
/// </summary>
public static class ReportMapper
{
    /// <param name="outcome">The check outcome of one input file (its result carries the electrical picture).</param>
    public static DesignReport Map(DesignOutcome outcome)
    {
        if (outcome.Result is not { } result)
        {
            var error = outcome.ReadError!;
            return new DesignReport
            {
                File = outcome.File,
                Error = new DesignError(error.Message.Replace('\n', ' '), error.File, error.Line, error.Column),
            };
        }

        return new DesignReport
        {
            File = outcome.File,
            Format = Text.FormatNames.Of(result.Design.Format),
            Variant = result.Variant.ToString(),
            SocketReference = result.Binding?.Socket.Reference,
            ModuleName = result.Binding?.Module.Name,
            ModuleId = result.Binding?.Module.Id,
            PinMap = PinMap(result),
            Rails = Rails(result.Picture),
            Findings = result.Findings,
            SkippedRules = result.SkippedRules,
        };
    }

    /// <summary>A design error for a file that was never read (a config that cannot be used, a path that matched nothing).</summary>
    public static DesignReport Unreadable(string file, string message, string errorFile, int line = 0, int column = 0) =>
        new() { File = file, Error = new DesignError(message, errorFile, line, column) };

    /// <summary>Every SoM contact with its net, the rail on it (from the result's electrical picture) and its findings.</summary>
    public static IReadOnlyList<PinMapRow> PinMap(CheckResult result)
    {
        if (result.Binding is not { } binding)
        {
            return [];
        }

        var rows = new List<PinMapRow>();
        foreach (var contact in binding.Contacts)
        {
            var onContact = result.Findings.Where(f => f.Contacts.Contains(contact.Contact)).ToList();
            var active = onContact.Where(f => !f.IsSuppressed).ToList();
            var status = contact.Net is null && active.Count == 0 ? PinStatus.Unconnected
                : active.Count == 0 ? PinStatus.Ok
                : active.Max(f => f.Severity) switch
                {
                    Severity.Error => PinStatus.Error,
                    Severity.Warning => PinStatus.Warning,
                    _ => PinStatus.Note,
                };
            var rail = contact.Net is null ? null : result.Picture.RailOf(contact.Net);
            rows.Add(new PinMapRow(
                contact.Contact,
                contact.Pin.Name,
                contact.Net?.Name,
                rail?.NetName,
                rail?.Volts,
                PartPins(contact.Net, binding.Socket.Reference),
                status,
                onContact.Select(f => f.RuleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                contact.Pad,
                contact.SymbolPinName,
                contact.Pin.Kind == SomPinKind.Ground));
        }

        return rows;
    }

    public static IReadOnlyList<RailRow> Rails(ElectricalPicture picture) =>
        picture.Rails
            .OrderBy(r => r.NetName, NaturalComparer.Instance)
            .Select(r => new RailRow(r.NetName, r.Volts, r.VoltageSource, r.CanBeCut, r.CutReason))
            .ToList();

    /// <summary>The other pads on a net (not the socket's), as reference.pad in natural order.</summary>
    private static IReadOnlyList<string> PartPins(Net? net, string socketReference) =>
        net is null
            ? []
            : net.Nodes.Where(n => n.Reference != socketReference).Order().Select(n => n.ToString()).Distinct().ToList();
}
