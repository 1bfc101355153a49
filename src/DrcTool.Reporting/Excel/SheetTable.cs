namespace DrcTool.Reporting.Excel;

/// <summary>A sheet as a header row and data rows: what <see cref="WorksheetBuilder"/> turns into a worksheet.</summary>
public sealed class SheetTable
{
    private readonly List<IReadOnlyList<XCell>> _rows = [];

    public SheetTable(string name, IReadOnlyList<string> headers, IReadOnlyList<double>? maxWidths = null)
    {
        Name = name;
        Headers = headers;
        MaxWidths = maxWidths;
    }

    /// <summary>The sheet name before sanitizing (see <see cref="SheetNames"/>).</summary>
    public string Name { get; }

    public IReadOnlyList<string> Headers { get; }

    /// <summary>Per column, the widest the column may get (long messages wrap instead); null for the default cap.</summary>
    public IReadOnlyList<double>? MaxWidths { get; }

    public IReadOnlyList<IReadOnlyList<XCell>> Rows => _rows;

    public void Add(params XCell[] cells)
    {
        if (cells.Length > Headers.Count)
        {
            throw new ArgumentException($"row has {cells.Length} cells, the sheet {Name} has {Headers.Count} columns");
        }

        _rows.Add(cells);
    }
}
