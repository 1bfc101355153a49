using DrcTool.Core.Checks;

namespace DrcTool.Reporting.Model;

/// <summary>Where a rule's doc page is: absolute when the run knows where docs are published, else repository-relative.</summary>
public static class HelpLinks
{
    /// <summary>The project's repository, whose tagged docs/rules pages are the default help links.</summary>
    public const string Repository = "https://github.com/drctool/drctool";

    /// <summary>The environment variable that points help links elsewhere (a fork, an internal mirror).</summary>
    public const string BaseVariable = "DRCTOOL_HELP_BASE_URI";

    /// <summary>
    /// The rule pages of one version: <c>https://github.com/drctool/drctool/blob/v0.1.0/</c>, so a link from a
    /// report opens the page as that version's rules check, not as they read on main today.
    /// </summary>
    public static Uri DefaultBase(string version) => new($"{Repository}/blob/v{Uri.EscapeDataString(version)}/");

    /// <summary>An absolute http(s) base from <paramref name="text"/> (a slash added at the end); null when it is not one.</summary>
    public static Uri? BaseFrom(string? text) =>
        !string.IsNullOrWhiteSpace(text)
        && Uri.TryCreate(text.Trim().EndsWith('/') ? text.Trim() : text.Trim() + "/", UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
            ? uri
            : null;

    public static string For(ReportRun run, RuleDescriptor rule) =>
        Absolute(run, rule)?.ToString() ?? rule.HelpLink;

    /// <summary>An absolute URI for the rule's page, or null when none can be made (SARIF's helpUri must be absolute).</summary>
    public static Uri? Absolute(ReportRun run, RuleDescriptor rule)
    {
        if (Uri.TryCreate(rule.HelpLink, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute;
        }

        return run.HelpBaseUri is null || string.IsNullOrEmpty(rule.HelpLink)
            ? null
            : new Uri(run.HelpBaseUri, rule.HelpLink.TrimStart('/'));
    }
}
