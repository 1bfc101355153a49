using DrcTool.Core.Checks;

namespace DrcTool.Reporting.Model;

/// <summary>Where a rule's doc page is: absolute when the run knows where docs are published, else repository-relative.</summary>
public static class HelpLinks
{
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
