using System.Text;

namespace DrcTool.TestSupport;

/// <summary>
/// Golden files as CSharpier keeps its formatting tests: the input beside its expected output (x.approved.ext), and on a
/// mismatch the output the code gives now written beside them as x.received.ext (gitignored) to diff and, after reading
/// it by hand, accept with <see cref="AcceptCommand"/>. A missing approved file is a mismatch too, so a new golden
/// starts as a received file that someone reads.
/// </summary>
public static class Approval
{
    /// <summary>The script that moves received files over their approved ones (all of them, or those named).</summary>
    public const string AcceptCommand = "tests/accept-received.sh";

    /// <summary>"x.net.approved.txt" → "x.net.received.txt"; the part after ".approved." (the format's extension) stays.</summary>
    public static string ReceivedPath(string approvedPath)
    {
        var name = Path.GetFileName(approvedPath);
        var at = name.LastIndexOf(".approved.", StringComparison.Ordinal);
        if (at < 0) throw new ArgumentException($"{approvedPath} is not named *.approved.*", nameof(approvedPath));
        return Path.Combine(Path.GetDirectoryName(approvedPath) ?? string.Empty, name[..at] + ".received." + name[(at + ".approved.".Length)..]);
    }

    /// <summary>
    /// Passes when <paramref name="received"/> is the approved file's text (line endings aside) and removes a stale
    /// received file; otherwise writes the received file and fails, saying what differs, <paramref name="why"/> when
    /// given, and how to accept it.
    /// </summary>
    public static void Verify(string received, string approvedPath, string? why = null)
    {
        received = received.ReplaceLineEndings("\n");
        var receivedPath = ReceivedPath(approvedPath);
        // Bytes decoded as they are, so a byte-order mark the output carries (the CSV report's) is compared too.
        var approved = File.Exists(approvedPath) ? Encoding.UTF8.GetString(File.ReadAllBytes(approvedPath)).ReplaceLineEndings("\n") : null;
        if (approved == received)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        var message = new StringBuilder();
        var shown = Path.GetRelativePath(RepoPaths.Root, approvedPath);
        message.Append(approved is null ? $"{shown} does not exist yet." : $"{shown} differs from what the tool gives now.").Append('\n');
        if (why is { Length: > 0 }) message.Append(why).Append('\n');
        if (approved is not null) message.Append(FirstDifference(approved, received));
        var receivedShown = Path.GetRelativePath(RepoPaths.Root, receivedPath);
        message.Append($"Wrote {receivedShown}. Read it (diff {shown} {receivedShown}); when it is right, accept it with {AcceptCommand} {receivedShown}");
        message.Append($" (or {AcceptCommand} alone for every received file). See docs/golden-files.md.");
        throw new Xunit.Sdk.XunitException(message.ToString());
    }

    /// <summary>The first line where the two texts part, with its number, so the failure says what changed.</summary>
    internal static string FirstDifference(string approved, string received)
    {
        var a = approved.Split('\n');
        var r = received.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, r.Length); i++)
        {
            var left = i < a.Length ? a[i] : "(end of file)";
            var right = i < r.Length ? r[i] : "(end of file)";
            if (left != right)
            {
                return $"First difference at line {i + 1}:\n  approved: {Clip(left)}\n  received: {Clip(right)}\n";
            }
        }

        return string.Empty;
    }

    private static string Clip(string line) => line.Length <= 300 ? line : line[..300] + "…";
}
