using System.Text;
using DrcTool.Core.Migration;
using DrcTool.Reporting.Html;
using DrcTool.Reporting.Model;

namespace DrcTool.Reporting.Migration;

/// <summary>
/// <c>--report plan.html</c>: one self-contained page with two pictures side by side, before (the source module as the
/// board wires it, each pin coloured by what the plan does with it) and after (the B-SoM with the plan), then the pins
/// table, board changes and firmware notes.
/// </summary>
public static class MigrationHtml
{
    public static string ToText(MigrationPlan plan, string file)
    {
        var html = new StringBuilder(64 * 1024);
        var title = $"Migration plan: {plan.SourceModule} to {plan.TargetModule} {plan.Variant}";
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(HtmlText.Escape(title)).Append("</title>\n<style>\n")
            .Append(HtmlStyles.Css).Append("\n.pictures{display:flex;flex-wrap:wrap;gap:1em}\n</style>\n</head>\n<body>\n<main>\n<h1>").Append(HtmlText.Escape(title)).Append("</h1>\n<p>")
            .Append(HtmlText.Escape(file)).Append(plan.PlacesEverything ? ": every used function has a B-SoM pin." : ": some pins cannot be placed (see their reasons).").Append("</p>\n<div class=\"pictures\">\n")
            .Append(BeforePicture(plan))
            .Append('\n')
            .Append(ModulePicture.Render(ModuleLayouts.BSom, After(plan), new PictureOptions { IdPrefix = "after", Caption = "After: the plan" }))
            .Append("\n</div>\n<table>\n<thead><tr><th>Source pin</th><th>Net</th><th>Uses</th><th>B-SoM pin</th><th>Status</th><th>Reason</th></tr></thead>\n<tbody>\n");
        foreach (var row in MigrationRow.Of(plan))
        {
            html.Append("<tr><td>").Append(HtmlText.Escape(row.SourcePin)).Append("</td><td>").Append(HtmlText.Escape(row.Net)).Append("</td><td>")
                .Append(HtmlText.Escape(row.Uses)).Append("</td><td>").Append(HtmlText.Escape(row.TargetText)).Append("</td><td>").Append(row.Status)
                .Append("</td><td>").Append(HtmlText.Escape(row.Reason)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        Notes(html, "Board changes", plan.BoardChanges);
        Notes(html, "Firmware", plan.Firmware);
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>
    /// The source module as the board wires it, each pin coloured by what the plan does with it (kept green, moved
    /// amber, lost red, not needed grey); without a layout for the source module, the B-SoM with each pin on the
    /// contact the guides name.
    /// </summary>
    private static string BeforePicture(MigrationPlan plan)
    {
        if (ModuleLayouts.ForModule(plan.SourceModule) is { } layout)
        {
            var rows = plan.Pins.Where(p => p.Pin.Number is not null)
                .Select(p => new PinMapRow(p.Pin.Number!.Value, p.Pin.Name, p.Pin.Net, null, null, [p.Contact?.ToString() ?? p.Status.Name()], StatusOf(p.Status), [],
                    IsGround: p.Pin.Uses.Contains(PinUse.Ground)))
                .ToList();
            return ModulePicture.Render(layout, rows, new PictureOptions { IdPrefix = "before", Caption = $"Before: the {plan.SourceModule} as the board wires it" });
        }

        return ModulePicture.Render(ModuleLayouts.BSom, GuideCopy(plan), new PictureOptions { IdPrefix = "before", Caption = "Before: each pin on the guides' B-SoM pin" });
    }

    private static PinStatus StatusOf(PlacementStatus status) => status switch
    {
        PlacementStatus.Kept => PinStatus.Ok,
        PlacementStatus.Moved => PinStatus.Warning,
        PlacementStatus.Lost => PinStatus.Error,
        _ => PinStatus.Note,
    };

    /// <summary>The naive copy: every pin on its guide contact; red where the plan had to move or drop it.</summary>
    private static List<PinMapRow> GuideCopy(MigrationPlan plan)
    {
        var target = TargetModuleReader.Default;
        return plan.Pins
            .Where(p => p.Pin.GuidePin is not null || p.Contact is not null && p.Status == PlacementStatus.Kept)
            .Select(p => (Placement: p, Contact: p.Pin.GuidePin is { } guide ? target.Find(guide) : p.Contact))
            .Where(x => x.Contact is not null)
            .Select(x => Row(x.Contact!, x.Placement, x.Placement.Status == PlacementStatus.Kept ? PinStatus.Ok : PinStatus.Error))
            .ToList();
    }

    private static List<PinMapRow> After(MigrationPlan plan) =>
        plan.Pins.Where(p => p.Contact is not null)
            .Select(p => Row(p.Contact!, p, p.Status == PlacementStatus.Moved ? PinStatus.Warning : PinStatus.Ok))
            .ToList();

    private static PinMapRow Row(TargetContact contact, PinPlacement placement, PinStatus status) =>
        new(contact.Contact, contact.Name, placement.Pin.Net, null, null, [placement.Pin.Name], status, [], IsGround: contact.Kind == "ground");

    private static void Notes(StringBuilder html, string title, IReadOnlyList<PlanNote> notes)
    {
        html.Append("<h2>").Append(title).Append("</h2>\n<ul>\n");
        foreach (var note in notes)
        {
            html.Append("<li><strong>").Append(HtmlText.Escape(note.Id)).Append("</strong>: ").Append(HtmlText.Escape(note.Message)).Append("</li>\n");
        }

        html.Append("</ul>\n");
    }
}
