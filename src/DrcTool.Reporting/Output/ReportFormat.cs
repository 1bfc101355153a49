namespace DrcTool.Reporting.Output;

/// <summary>The report formats; <c>--report PATH</c> picks one from the file's extension.</summary>
public enum ReportFormat
{
    Excel,
    /// <summary>Findings CSV at the path, and the pin map beside it as NAME.pins.csv.</summary>
    Csv,
    /// <summary>Only the pin-map CSV: a path ending in .pins.csv.</summary>
    PinMapCsv,
    Json,
    Sarif,
    JUnit,
    Markdown,
    /// <summary>The self-contained HTML report with the module pictures.</summary>
    Html,
}

public static class ReportFormats
{
    public const string Extensions = ".xlsx, .csv, .pins.csv, .json, .sarif (or .sarif.json), .xml (JUnit), .md, .html";

    public static ReportFormat? FromPath(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        if (name.EndsWith(".pins.csv", StringComparison.Ordinal)) return ReportFormat.PinMapCsv;
        if (name.EndsWith(".sarif.json", StringComparison.Ordinal)) return ReportFormat.Sarif;
        return Path.GetExtension(name) switch
        {
            ".xlsx" => ReportFormat.Excel,
            ".csv" => ReportFormat.Csv,
            ".json" => ReportFormat.Json,
            ".sarif" => ReportFormat.Sarif,
            ".xml" => ReportFormat.JUnit,
            ".md" or ".markdown" => ReportFormat.Markdown,
            ".html" or ".htm" => ReportFormat.Html,
            _ => null,
        };
    }

    /// <summary>Where the pin-map CSV goes when a findings CSV is asked for: report.csv → report.pins.csv.</summary>
    public static string PinMapPathBeside(string findingsCsvPath) =>
        Path.Combine(Path.GetDirectoryName(findingsCsvPath) ?? string.Empty, Path.GetFileNameWithoutExtension(findingsCsvPath) + ".pins.csv");
}
