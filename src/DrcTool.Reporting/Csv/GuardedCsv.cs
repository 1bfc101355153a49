using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using DrcTool.Reporting.Text;

namespace DrcTool.Reporting.Csv;

/// <summary>
/// A CsvHelper writer set up the one way DrcTool writes CSV: invariant culture, CRLF records (RFC 4180), UTF-8 with a
/// byte-order mark (so Excel reads µ and Ω), and every text field passed through <see cref="FormulaGuard"/>.
/// CsvHelper's own injection escaping is off because it would also quote rail names like "+3V3".
/// </summary>
internal sealed class GuardedCsv : IDisposable
{
    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        NewLine = "\r\n",
        InjectionOptions = InjectionOptions.None,
    };

    private readonly CsvWriter _csv;

    public GuardedCsv(Stream output)
    {
        var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        _csv = new CsvWriter(writer, Configuration, leaveOpen: false);
    }

    public void Header(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            _csv.WriteField(name);
        }

        _csv.NextRecord();
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

    public void EndRecord() => _csv.NextRecord();

    public void Dispose() => _csv.Dispose();
}
