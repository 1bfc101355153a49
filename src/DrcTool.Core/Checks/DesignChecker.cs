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

            if (rule.NeedsBoundModule && !rule.AppliesTo(scope.Binding.Module))
            {
                skipped[rule.Descriptor.Id] = $"checks the {string.Join(", ", rule.Modules)} module; the design carries {Article(scope.Binding.Module.Name)} {scope.Binding.Module.Name}";
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

    /// <summary>
    /// Finds the module the design carries (the B-SoM's socket, a Boron, an Electron, an E-Series, a Tracker SoM) and binds
    /// its pins; the binding is null when none was found.
    /// </summary>
    private static string Article(string name) => name.Length > 0 && "AEIOU".Contains(char.ToUpperInvariant(name[0])) ? "an" : "a";

    public (SocketSearch Search, SomBinding? Binding) Bind(Design design, CheckOptions options)
    {
        var bSomRules = _socketRules.WithExtraPatterns(options.ExtraSocketPatterns)
            .WithConfigPatterns(options.Config.SocketPatterns, options.Config.SourceFile ?? "drctool.yaml");
        var recognizers = ModuleCatalog.Default.Modules
            .Select(m => new ModuleRecognizer(m, m.IsBSom ? bSomRules : m.Recognition))
            .ToList();
        var search = new SocketFinder(recognizers).Find(design, options.EffectiveSomReference, options.EffectiveModule);
        SomBinding? binding = null;
        if (search.Socket is { } part && search.Module is { } module)
        {
            binding = module.IsBSom
                ? new SomBinder(_pinout, bSomRules).Bind(design, part, search.HowFound, options.EffectiveVariant)
                : new SomBinder(module, module.Recognition).Bind(design, part, search.HowFound, options.EffectiveVariant);
        }

        return (search, binding);
    }
}
