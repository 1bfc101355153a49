using CsvHelper;

namespace DrcTool.TestSupport;

/// <summary>
/// Reads CSV back with CsvHelper, every record including the header, as the tests compare cells. Compiled only into
/// the test projects that see CsvHelper (Reporting and CLI tests), not through TestSupport/*.cs.
/// </summary>
internal static class CsvRows
{
    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        HasHeader = false,
        MalformedData = CsvMalformedDataHandling.Throw,
    };

    public static List<string[]> Read(string text) => Read(new StringReader(text));

    public static List<string[]> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader);
    }

    public static List<string[]> Read(TextReader text)
    {
        using var csv = CsvReader.Create(text, Options, leaveOpen: true);
        var rows = new List<string[]>();
        while (csv.Read())
        {
            var row = new string[csv.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = csv.GetString(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}
