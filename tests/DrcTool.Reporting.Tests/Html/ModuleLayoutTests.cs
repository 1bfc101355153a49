using DrcTool.Core.Config;
using DrcTool.Reporting.Html;
using DrcTool.Reporting.Model;

namespace DrcTool.Reporting.Tests.Html;

/// <summary>The layout data (rules/modules/*/layout.yaml), its reader's errors, and the picture API others call.</summary>
public sealed class ModuleLayoutTests
{
    [Fact]
    public void The_B_SoM_layout_is_the_M2_key_E_edge_odd_contacts_in_one_row_even_in_the_other()
    {
        var layout = ModuleLayouts.BSom;

        var contacts = layout.Pads.Select(p => p.Contact).Where(c => c <= 75).Order().ToList();
        contacts.ShouldBe(Enumerable.Range(1, 75).Where(c => c is < 24 or > 31), "75 positions, 24-31 taken by key E");
        foreach (var pad in layout.Pads.Where(p => p.Contact <= 75))
        {
            pad.Y.ShouldBe(pad.Contact, $"contact {pad.Contact} sits at its position along the edge");
            pad.X.ShouldBe(pad.Contact % 2 == 1 ? 0 : 3.8, $"contact {pad.Contact} is in the {(pad.Contact % 2 == 1 ? "odd" : "even")} row");
            pad.Side.ShouldBe(pad.Contact % 2 == 1 ? LabelSide.Left : LabelSide.Right);
        }

        layout.Pads.Where(p => p.Contact > 75).Select(p => p.Contact).ShouldBe([76, 77], "the socket's hold-down pads");
        layout.Marks.ShouldHaveSingleItem().Label.ShouldContain("key E");
    }

    [Fact]
    public void A_row_places_its_contacts_from_its_start_by_its_step_and_a_dash_keeps_a_position_empty()
    {
        var layout = ModuleLayoutReader.Parse("""
            title: Test header
            pad: [2, 1]
            rows:
              - side: top
                at: [1, 0]
                step: [2, 0]
                contacts: 5 - 7
              - side: bottom
                at: [0, 4]
                step: [2, 0]
                pad: [1, 3]
                contacts: 8
            """, "test.yaml");

        layout.Title.ShouldBe("Test header");
        layout.Pads.ShouldBe(
        [
            new LayoutPad(5, 1, 0, 2, 1, LabelSide.Top),
            new LayoutPad(7, 5, 0, 2, 1, LabelSide.Top),
            new LayoutPad(8, 0, 4, 1, 3, LabelSide.Bottom),
        ]);
        layout.Marks.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("rows:\n  - side: left\n    at: [0, 0]\n    pad: [1, 1]\n    contacts: 1 two 3\n", 5, 15, "'two' in contacts is neither a contact number nor '-'")]
    [InlineData("pad: [1, 1]\nrows:\n  - side: up\n    at: [0, 0]\n    contacts: 1\n", 3, 11, "side must be left, right, top or bottom, not 'up'")]
    [InlineData("pad: [1, 1]\nrows:\n  - side: left\n    at: [0, 0]\n    colour: red\n    contacts: 1\n", 5, 5, "unknown key 'colour' in a row")]
    [InlineData("pad: [1, 1]\nrows:\n  - side: left\n    at: [0]\n    contacts: 1\n", 4, 9, "at must be two numbers")]
    [InlineData("rows:\n  - side: left\n    at: [0, 0]\n    contacts: 1\n", 2, 5, "a row needs a pad size")]
    [InlineData("pad: [1, 1]\nrows:\n  - side: left\n    at: [0, 0]\n    step: [0, 1]\n    contacts: 1 2 1\n", 6, 15, "contact 1 is drawn twice")]
    [InlineData("title: no rows\n", 1, 1, "a layout needs 'rows'")]
    [InlineData("pad: [1, 1\n", 2, 1, "")]
    public void A_layout_that_cannot_be_used_fails_with_file_line_and_column(string yaml, int line, int column, string reason)
    {
        var error = Should.Throw<ConfigException>(() => ModuleLayoutReader.Parse(yaml, "rules/modules/x/layout.yaml"));

        error.File.ShouldBe("rules/modules/x/layout.yaml");
        (error.Line, error.Column).ShouldBe((line, column));
        error.Reason.ShouldContain(reason);
    }

    [Fact]
    public void Two_pictures_on_one_page_keep_their_ids_apart_and_leave_out_contacts_the_layout_lacks()
    {
        var layout = ModuleLayoutReader.Parse("pad: [2, 1]\nrows:\n  - side: right\n    at: [0, 0]\n    step: [0, 2]\n    contacts: 1 2\n", "t.yaml");
        IReadOnlyList<PinMapRow> pins =
        [
            new(1, "D0", "/SDA", null, null, [], PinStatus.Ok, []),
            new(2, "D1", null, null, null, [], PinStatus.Unconnected, []),
            new(9, "A0", "/X", null, null, [], PinStatus.Error, ["DRC010"]),
        ];

        var before = ModulePicture.Render(layout, pins, new PictureOptions { IdPrefix = "before", Caption = "Boron" });
        var after = ModulePicture.Render(layout, pins, new PictureOptions { IdPrefix = "after", ContactLink = p => p.Contact == 1 ? "#why" : null });

        before.ShouldContain("id=\"before-c1\" data-contact=\"1\" data-status=\"ok\"");
        before.ShouldContain(">Boron</text>");
        before.ShouldNotContain("data-contact=\"9\"");
        before.ShouldNotContain("<a ");
        after.ShouldContain("id=\"after-c2\" data-contact=\"2\" data-status=\"unconnected\"");
        after.ShouldContain("<a href=\"#why\"><g class=\"pad ok\" id=\"after-c1\"");
        System.Xml.Linq.XElement.Parse(before).Name.LocalName.ShouldBe("svg");
    }
}
