using System.Globalization;
using CsvHelper;
using DrcTool.Reporting.Text;

namespace DrcTool.Reporting.Csv;

/// <summary>
/// A CsvHelper writer set up the one way DrcTool writes CSV: invariant culture, CRLF records (RFC 4180), UTF-8 with a
/// byte-order mark (so Excel reads µ and Ω), and every text field passed through <see cref="FormulaGuard"/>.
/// CsvHelper's own injection escaping is off because it would also quote rail names like "+3V3". CsvHelper 34 writes
/// without reflection (33's writer reached its reflection record mapping, which Native AOT flags).
/// </summary>
internal sealed class GuardedCsv : IDisposable
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        NewLine = "\r\n",
        Injection = CsvInjection.None,
        WriteByteOrderMark = true,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    private readonly CsvWriter _csv;

    public GuardedCsv(Stream output) => _csv = CsvWriter.Create(output, Options, leaveOpen: true);

    public void Header(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            _csv.WriteField(name);
        }

        _csv.EndRecord();
    }

    public GuardedCsv Text(string? value)
    {
        _csv.WriteField(FormulaGuard.Neutralise(value));
        return this;
    }

    public GuardedCsv Number(int value)
    {
        _csv.WriteField(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    public GuardedCsv Number(double? value)
    {
        _csv.WriteField(value?.ToString("0.###", CultureInfo.InvariantCulture) ?? string.Empty);
        return this;
    }

    public void EndRecord() => _csv.EndRecord();

    public void Dispose() => _csv.Dispose();
}
