namespace DrcTool.Reporting.Html;

/// <summary>
/// Where each contact of a module is drawn: read from <c>rules/modules/&lt;module&gt;/layout.yaml</c> (see
/// docs/reports.md, "Module pictures"), so a new module gets its picture from data. Units are grid units
/// (<see cref="ModulePicture.Unit"/> pixels); positions are pad centres.
/// </summary>
/// <param name="Title">The caption drawn above the picture, e.g. "B-Series SoM, M.2 key-E edge".</param>
/// <param name="Pads">Every contact drawn, in the order the layout lists them.</param>
/// <param name="Marks">Labelled areas that are not contacts (a connector key, a keep-out).</param>
/// <param name="Source">Where the layout was read from, for messages.</param>
public sealed record ModuleLayout(string Title, IReadOnlyList<LayoutPad> Pads, IReadOnlyList<LayoutMark> Marks, string Source)
{
    public LayoutPad? Find(int contact) => Pads.FirstOrDefault(p => p.Contact == contact);
}

/// <summary>One contact's pad: its centre and size in grid units, and the side its label is written on.</summary>
public sealed record LayoutPad(int Contact, double X, double Y, double Width, double Height, LabelSide Side);

/// <summary>A labelled area with no contact, e.g. the M.2 key; the label may hold line breaks.</summary>
public sealed record LayoutMark(string Label, double X, double Y, double Width, double Height);

/// <summary>The side of its pad a contact's label goes on; top and bottom labels are written upwards.</summary>
public enum LabelSide
{
    Left,
    Right,
    Top,
    Bottom,
}
