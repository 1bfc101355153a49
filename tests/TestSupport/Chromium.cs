using System.Diagnostics;

namespace DrcTool.TestSupport;

/// <summary>Headless Chromium (Debian's <c>chromium</c>), to render an HTML report the way a reader's browser does.</summary>
public static class Chromium
{
    public static string? Executable { get; } = Find();

    public static string MissingReason => "needs Chromium (chromium on PATH); .ci/install.sh installs Debian's chromium";

    /// <summary>
    /// Renders <paramref name="html"/> (a file; <paramref name="fragment"/> picks a #target) into a PNG of the given
    /// window size and returns its bytes. The browser gets a profile of its own and no network services.
    /// </summary>
    public static byte[] Screenshot(string html, int width, int height, string? fragment = null)
    {
        var work = Directory.CreateTempSubdirectory("drctool-chromium-").FullName;
        try
        {
            var png = Path.Combine(work, "shot.png");
            var start = new ProcessStartInfo(Executable ?? throw new InvalidOperationException(MissingReason))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            foreach (var arg in (string[])
                     [
                         "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                         "--disable-background-networking", "--disable-component-update", "--disable-sync",
                         "--hide-scrollbars", $"--user-data-dir={Path.Combine(work, "profile")}", $"--screenshot={png}",
                         $"--window-size={width},{height}",
                     ])
            {
                start.ArgumentList.Add(arg);
            }

            start.ArgumentList.Add(new Uri(Path.GetFullPath(html)).AbsoluteUri + (fragment is null ? string.Empty : "#" + fragment));
            using var process = Process.Start(start)!;
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("chromium did not write its screenshot within 2 minutes");
            }

            return File.Exists(png)
                ? File.ReadAllBytes(png)
                : throw new InvalidOperationException($"chromium wrote no screenshot (exit {process.ExitCode}): {stdout.Result} {stderr.Result}");
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
            foreach (var name in (string[])["chromium", "chromium-browser"])
            {
                if (dir.Length > 0 && File.Exists(Path.Combine(dir, name)))
                {
                    return Path.Combine(dir, name);
                }
            }
        }

        return null;
    }
}

/// <summary>A fact that needs headless Chromium; skipped, saying why, where chromium is not on PATH.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Executable is null)
        {
            Skip = Chromium.MissingReason;
        }
    }
}
