using System.Text;
using DrcTool.Reporting.Html;
using DrcTool.Reporting.Model;
using DrcTool.TestSupport;

namespace DrcTool.Reporting.Tests.Html;

/// <summary>
/// Every layout shipped in rules/modules/*/layout.yaml: it reads, its pads do not overlap, it covers the module's
/// pinout, and drawn side by side (as a migration report would) the pictures are kept in the test output
/// (artifacts/html-report/modules.html and .png) for a person to look at.
/// </summary>
public sealed class ModuleLayoutDataTests
{
    private static readonly string Artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts", "html-report");

    public static TheoryData<string> Folders()
    {
        var data = new TheoryData<string>();
        foreach (var folder in LayoutFolders())
        {
            data.Add(folder);
        }

        return data;
    }

    private static IEnumerable<string> LayoutFolders() =>
        Directory.GetDirectories(Path.Combine(RepoPaths.RulesFolder, "modules"))
            .Where(d => File.Exists(Path.Combine(d, "layout.yaml")))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    [Fact]
    public void Every_module_has_a_layout()
    {
        LayoutFolders().ShouldBe(["b-som", "boron", "e-series", "electron", "tracker-som"]);
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void A_layout_reads_and_no_two_pads_overlap(string folder)
    {
        var layout = ModuleLayouts.Load(folder);

        layout.Title.ShouldNotBeNullOrWhiteSpace();
        layout.Pads.Count.ShouldBeGreaterThan(20);
        foreach (var a in layout.Pads)
        {
            foreach (var b in layout.Pads.Where(b => b.Contact > a.Contact))
            {
                var overlap = Math.Abs(a.X - b.X) < (a.Width + b.Width) / 2 && Math.Abs(a.Y - b.Y) < (a.Height + b.Height) / 2;
                overlap.ShouldBeFalse($"{folder}: pads {a.Contact} and {b.Contact} overlap");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void A_layout_draws_every_pin_of_the_module_pinout(string folder)
    {
        var pins = Pinout(folder);

        pins.Count.ShouldBeGreaterThan(20, $"rules/modules/{folder}/pinout.csv");
        ModuleLayouts.Load(folder).Pads.Select(p => p.Contact).Order().ShouldBe(pins.Keys.Order());
    }

    [Fact]
    public void A_module_is_drawn_with_its_own_layout_found_by_name_or_alias()
    {
        ModuleLayouts.ForModule("Boron")!.Title.ShouldStartWith("Boron");
        ModuleLayouts.ForModule("B-Series SoM").ShouldBeSameAs(ModuleLayouts.BSom);
        ModuleLayouts.ForModule("tracker-som")!.Pads.Count.ShouldBe(95);
        ModuleLayouts.ForModule("Photon").ShouldBeNull();
    }

    [ChromiumFact]
    public void The_module_pictures_side_by_side_are_painted_and_kept_for_a_person()
    {
        var page = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Module pictures</title></head>")
            .Append("<body style=\"margin:12px;display:flex;flex-wrap:wrap;gap:24px;align-items:flex-start\">");
        foreach (var folder in LayoutFolders())
        {
            page.Append(ModulePicture.Render(ModuleLayouts.Load(folder), SamplePins(folder), new PictureOptions { IdPrefix = folder }));
        }

        page.Append("</body></html>");
        Directory.CreateDirectory(Artifacts);
        var html = Path.Combine(Artifacts, "modules.html");
        File.WriteAllText(html, page.ToString());

        var png = Chromium.Screenshot(html, 2400, 1400);
        File.WriteAllBytes(Path.Combine(Artifacts, "modules.png"), png);
        var image = PngImage.Decode(png);
        image.Count(c => c == Convert.ToInt32(StatusStyle.Ok.Fill.TrimStart('#'), 16)).ShouldBeGreaterThan(1000);
        image.Count(c => c == Convert.ToInt32(StatusStyle.Error.Fill.TrimStart('#'), 16)).ShouldBeGreaterThan(100);
    }

    /// <summary>The module's pin names by pin number, from its pinout.csv.</summary>
    private static Dictionary<int, string> Pinout(string folder)
    {
        var csv = Path.Combine(RepoPaths.RulesFolder, "modules", folder, "pinout.csv");
        var pins = new Dictionary<int, string>();
        foreach (var line in File.ReadLines(csv).Skip(1))
        {
            var cells = line.Split(',');
            if (cells.Length > 1 && int.TryParse(cells[0], out var pin))
            {
                pins.TryAdd(pin, cells[1]);
            }
        }

        return pins;
    }

    /// <summary>Every pin with a made-up net, in each status in turn, so the picture shows all the colours.</summary>
    private static IReadOnlyList<PinMapRow> SamplePins(string folder)
    {
        var names = Pinout(folder);
        PinStatus[] statuses = [PinStatus.Ok, PinStatus.Ok, PinStatus.Unconnected, PinStatus.Ok, PinStatus.Note, PinStatus.Ok, PinStatus.Warning, PinStatus.Error];
        return ModuleLayouts.Load(folder).Pads
            .Select((pad, i) => (pad, status: statuses[i % statuses.Length]))
            .Select(x => new PinMapRow(x.pad.Contact, names.GetValueOrDefault(x.pad.Contact, $"P{x.pad.Contact}"),
                x.status == PinStatus.Unconnected ? null : $"/NET_{x.pad.Contact}", null, null, [], x.status, []))
            .ToList();
    }
}
