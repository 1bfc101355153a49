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

    /// <summary>A title row above the header (e.g. the design a pin sheet is for); null for none.</summary>
    public string? Title { get; init; }

    /// <summary>What the printed page header says in its centre (the board, or the run); the sheet name is on its left.</summary>
    public string? PageHeader { get; init; }

    /// <summary>Header texts turned 90° (many narrow columns with long titles, as the board × rule matrix has).</summary>
    public bool RotatedHeaders { get; init; }

    /// <summary>No autofilter on the header (a sheet that is a form, not a list, such as the overview).</summary>
    public bool Filtered { get; init; } = true;

    public IReadOnlyList<IReadOnlyList<XCell>> Rows => _rows;

    /// <summary>The row number (1-based) of the header row.</summary>
    public int HeaderRow => Title is null ? 1 : 2;

    /// <summary>The sheet row (1-based) data row <paramref name="index"/> (0-based) is written to.</summary>
    public int SheetRow(int index) => HeaderRow + 1 + index;

    public void Add(params XCell[] cells)
    {
        if (cells.Sum(c => Math.Max(1, c.Span)) > Headers.Count)
        {
            throw new ArgumentException($"row has {cells.Length} cells, the sheet {Name} has {Headers.Count} columns");
        }

        _rows.Add(cells);
    }
}
