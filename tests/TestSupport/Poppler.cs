using System.Diagnostics;

namespace DrcTool.TestSupport;

/// <summary>Reads PDFs with poppler-utils (pdftotext, pdftoppm): each page's text, and pages as PNG for a person to look at.</summary>
public static class Poppler
{
    public static bool Available => OnPath("pdftotext") && OnPath("pdftoppm");

    public static string MissingReason => "needs poppler-utils (pdftotext, pdftoppm on PATH); .ci/install.sh installs them";

    /// <summary>The text of every page, in order, laid out as printed (pdftotext -layout; pages end with a form feed).</summary>
    public static IReadOnlyList<string> PageTexts(string pdf)
    {
        var text = Run("pdftotext", "-layout", "-enc", "UTF-8", pdf, "-");
        var pages = text.Split('\f').ToList();
        if (pages.Count > 0 && pages[^1].Trim().Length == 0)
        {
            pages.RemoveAt(pages.Count - 1);
        }

        return pages;
    }

    /// <summary>Writes each page as <paramref name="prefix"/>-NN.png at <paramref name="dpi"/> and returns the files.</summary>
    public static IReadOnlyList<string> ToPngs(string pdf, string folder, string prefix, int dpi = 80)
    {
        Directory.CreateDirectory(folder);
        foreach (var old in Directory.GetFiles(folder, prefix + "-*.png"))
        {
            File.Delete(old);
        }

        Run("pdftoppm", "-png", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), pdf, Path.Combine(folder, prefix));
        return Directory.GetFiles(folder, prefix + "-*.png").Order(StringComparer.Ordinal).ToList();
    }

    private static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} did not finish within 2 minutes");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed (exit {process.ExitCode}): {stderr.Result}");
        }

        return stdout.Result;
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, tool)));
}

/// <summary>Where tests leave files for a person to look at (page images): $DRCTOOL_TEST_OUTPUT, else TestResults/ in the repository (ignored by git).</summary>
public static class TestOutput
{
    public static string Folder(string name)
    {
        var root = Environment.GetEnvironmentVariable("DRCTOOL_TEST_OUTPUT") is { Length: > 0 } fromEnv
            ? fromEnv
            : Path.Combine(RepoPaths.Root, "TestResults");
        var folder = Path.Combine(root, name);
        Directory.CreateDirectory(folder);
        return folder;
    }
}

/// <summary>A fact that prints a workbook with LibreOffice and reads the PDF with poppler; skipped, saying why, where either is missing.</summary>
public sealed class PrintFactAttribute : FactAttribute
{
    public PrintFactAttribute()
    {
        if (LibreOffice.Executable is null)
        {
            Skip = LibreOffice.MissingReason;
        }
        else if (!Poppler.Available)
        {
            Skip = Poppler.MissingReason;
        }
    }
}
