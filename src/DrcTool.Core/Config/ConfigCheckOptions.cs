using DrcTool.Core.Checks;

namespace DrcTool.Core.Config;

/// <summary>
/// Folds a drctool.yaml into the checker's options. What the command line gave (--som, --variant, and severities it
/// set) wins over the file; the file fills in the rest.
/// </summary>
public static class ConfigCheckOptions
{
    /// <param name="options">The options from the command line.</param>
    /// <param name="config">The config file's settings.</param>
    /// <param name="allRuleIds">Every rule ID (RuleCatalog.Default.Descriptors), so rules the config turns off can be left out.</param>
    public static CheckOptions Apply(CheckOptions options, DrcConfig config, IEnumerable<string> allRuleIds)
    {
        var severities = new SortedDictionary<string, Severity>(StringComparer.Ordinal);
        foreach (var (id, severity) in config.SeverityOverrides)
        {
            if (severity is { } set)
            {
                severities[id] = set;
            }
        }

        foreach (var (id, severity) in options.SeverityOverrides)
        {
            severities[id] = severity;
        }

        var disabled = config.SeverityOverrides.Where(p => p.Value is null).Select(p => p.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        IReadOnlySet<string>? enabled = options.EnabledRules;
        if (disabled.Count > 0)
        {
            enabled = (enabled ?? allRuleIds.ToHashSet(StringComparer.OrdinalIgnoreCase))
                .Where(id => !disabled.Contains(id))
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
        }

        return options with
        {
            SomReference = options.SomReference ?? config.SomReference,
            Variant = options.Variant ?? config.Variant,
            SeverityOverrides = severities,
            EnabledRules = enabled,
            ExtraSocketPatterns = [.. options.ExtraSocketPatterns, .. config.SocketPatterns],
        };
    }
}
