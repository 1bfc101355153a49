using DrcTool.Core.Analysis;
using DrcTool.Core.Binding;
using DrcTool.Core.Model;

namespace DrcTool.Core.Checks;

/// <summary>
/// The pipeline after import for one design: find the socket, bind the SoM, build the electrical picture, run every
/// enabled rule, apply severity overrides, and sort the findings deterministically.
/// </summary>
public sealed class DesignChecker
{
    private readonly RuleCatalog _catalog;
    private readonly SomPinout _pinout;
    private readonly SocketRules _socketRules;

    public DesignChecker(RuleCatalog catalog, SomPinout pinout, SocketRules socketRules)
    {
        _catalog = catalog;
        _pinout = pinout;
        _socketRules = socketRules;
    }

    public static DesignChecker Default { get; } = new(RuleCatalog.Default, SomPinout.Default, SocketRules.Default);

    /// <summary>Checks one design with the default catalogue and rule data.</summary>
    public static CheckResult Check(Design design, CheckOptions options) => Default.Run(design, options);

    public CheckResult Run(Design design, CheckOptions options)
    {
        var (search, binding) = Bind(design, options);
        var picture = ElectricalPicture.Build(design, binding, PictureSettings.From(options.Config));
        var scope = new RuleScope(design, search, binding, picture, options, _pinout);
        var findings = new List<Finding>();
        var skipped = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var rule in _catalog.Rules)
        {
            if (!options.IsEnabled(rule.Descriptor.Id))
            {
                skipped[rule.Descriptor.Id] = SkippedOff;
                continue;
            }

            if (rule.NeedsBoundModule && !scope.IsBound)
            {
                skipped[rule.Descriptor.Id] = SkippedNoModule;
                continue;
            }

            IEnumerable<Finding> produced;
            try
            {
                produced = rule.Check(scope).ToList();
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A rule bug must not hide the other rules' findings or crash a batch: report it as a finding.
                produced =
                [
                    new Finding
                    {
                        RuleId = rule.Descriptor.Id,
                        Severity = Severity.Error,
                        Message = $"{rule.Descriptor.Id} could not check this design: {ex.GetType().Name}: {ex.Message}. Please report this.",
                        Location = SourceLocation.Unknown(design.SourceFile),
                    },
                ];
            }

            foreach (var finding in produced)
            {
                var severity = options.SeverityFor(finding.RuleId, finding.Severity);
                findings.Add(severity == finding.Severity ? finding : finding with { Severity = severity });
            }
        }

        findings.Sort(FindingOrder.Instance);
        return new CheckResult(design, search, binding, picture, options.EffectiveVariant, findings) { SkippedRules = skipped };
    }

    /// <summary>Why a rule did not run: switched off (severity: off in drctool.yaml, or not among the rules asked for).</summary>
    public const string SkippedOff = "switched off (severity: off in drctool.yaml)";

    /// <summary>Why a rule did not run: it checks the module's pins and no module was found (DRC001 says why).</summary>
    public const string SkippedNoModule = "no module found to check (see DRC001)";

    /// <summary>Finds the socket and binds the SoM; the binding is null when no socket was found.</summary>
    public (SocketSearch Search, SomBinding? Binding) Bind(Design design, CheckOptions options)
    {
        var rules = _socketRules.WithExtraPatterns(options.ExtraSocketPatterns)
            .WithConfigPatterns(options.Config.SocketPatterns, options.Config.SourceFile ?? "drctool.yaml");
        var search = new SocketFinder(rules).Find(design, options.EffectiveSomReference);
        var binding = search.Socket is { } socket
            ? new SomBinder(_pinout, rules).Bind(design, socket, search.HowFound, options.EffectiveVariant)
            : null;
        return (search, binding);
    }
}
