using System.Diagnostics;

namespace DrcTool.TestSupport;

/// <summary>Runs LibreOffice headless to convert a workbook sheet to CSV, the way a hardware lead's spreadsheet opens it.</summary>
public static class LibreOffice
{
    public static string? Executable { get; } = Find();

    public static string MissingReason => "needs LibreOffice (soffice on PATH); .ci/install.sh installs libreoffice-calc-nogui";

    /// <summary>Converts sheet <paramref name="sheet"/> (1-based) of <paramref name="xlsx"/> to UTF-8 CSV and returns its text.</summary>
    public static string SheetToCsv(string xlsx, int sheet) =>
        // Comma, double quotes, UTF-8 (76), first line 1, ..., token 12: the sheet to export.
        Convert(xlsx, $"csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,{sheet}", "*.csv", File.ReadAllText, TimeSpan.FromMinutes(3));

    /// <summary>Prints the whole workbook to PDF as LibreOffice would (its page setup, print titles and headers) and copies it to <paramref name="pdf"/>.</summary>
    /// <remarks>Laying out some 80 pages takes LibreOffice about 30 s on an idle machine, minutes on a loaded one.</remarks>
    public static void ToPdf(string xlsx, string pdf) =>
        Convert<bool>(xlsx, "pdf", "*.pdf", written =>
        {
            File.Copy(written, pdf, overwrite: true);
            return true;
        }, TimeSpan.FromMinutes(12));

    private static T Convert<T>(string input, string filter, string pattern, Func<string, T> read, TimeSpan timeout)
    {
        var work = Directory.CreateTempSubdirectory("drctool-soffice-").FullName;
        try
        {
            var outDir = Path.Combine(work, "out");
            Directory.CreateDirectory(outDir);
            // A profile of its own, so a LibreOffice already open elsewhere (or a parallel test) does not take the job.
            var (exitCode, stdout, stderr) = ExternalTool.Run(Executable ?? throw new InvalidOperationException(MissingReason),
                [$"-env:UserInstallation={new Uri(Path.Combine(work, "profile")).AbsoluteUri}", "--headless", "--norestore", "--convert-to", filter, "--outdir", outDir, input],
                null, timeout);
            var written = Directory.GetFiles(outDir, pattern).SingleOrDefault()
                          ?? throw new InvalidOperationException($"soffice wrote no {pattern} (exit {exitCode}): {stdout} {stderr}");
            return read(written);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static string? Find()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            if (dir.Length > 0 && File.Exists(Path.Combine(dir, "soffice")))
            {
                return Path.Combine(dir, "soffice");
            }
        }

        return null;
    }
}

/// <summary>A fact that needs LibreOffice; skipped, saying why, where soffice is not on PATH.</summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (LibreOffice.Executable is null)
        {
            Skip = LibreOffice.MissingReason;
        }
    }
}
