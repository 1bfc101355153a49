using DrcTool.Core.Model;

namespace DrcTool.Core.Binding;

/// <summary>One module the search looks for, with the recognition rules in effect (the B-SoM's carry a config's patterns).</summary>
public sealed record ModuleRecognizer(ModuleDefinition Module, SocketRules Rules);

/// <summary>
/// Finds the module a design carries: the B-SoM's M.2 socket, a Boron, an Electron, an E-Series or a Tracker SoM. A part
/// is a candidate when a module's patterns (rules/modules/&lt;module&gt;/module.yaml, plus a config's for the B-SoM
/// socket) match it and its pads do not rule it out, or, for modules whose shape is enough (the 67-contact M.2 edge),
/// when its pads alone have the shape. A reference or module name given with --module (--som) narrows the search.
/// </summary>
public sealed class SocketFinder
{
    private readonly IReadOnlyList<ModuleRecognizer> _modules;

    public SocketFinder(IReadOnlyList<ModuleRecognizer> modules)
    {
        _modules = modules;
    }

    /// <summary>A finder for the B-SoM's socket alone, with <paramref name="rules"/>.</summary>
    public SocketFinder(SocketRules rules)
        : this([new ModuleRecognizer(ModuleCatalog.Default.BSom, rules)])
    {
    }

    /// <summary>Every shipped module, with the shipped patterns.</summary>
    public static SocketFinder Default { get; } = new(ModuleCatalog.Default.Modules.Select(m => new ModuleRecognizer(m, m.Recognition)).ToList());

    /// <param name="somReference">--som REF: the B-SoM socket's reference.</param>
    /// <param name="module">--module NAME|REF: a module's name (search for that module only) or a part's reference.</param>
    public SocketSearch Find(Design design, string? somReference = null, string? module = null)
    {
        if (!string.IsNullOrWhiteSpace(module))
        {
            var named = _modules.Where(m => m.Module.IsCalled(module)).ToList();
            if (named.Count > 0)
            {
                var narrowed = new SocketFinder(named).Search(design);
                return narrowed.Found || narrowed.Problem is not null
                    ? narrowed
                    : new SocketSearch(null, "", [], narrowed.Rejected, $"--module {module.Trim()}: no part looks like the {named[0].Module.Name}") { Searched = [named[0].Module] };
            }

            return Given(design, module.Trim(), $"--module", bSomOnly: false);
        }

        return string.IsNullOrWhiteSpace(somReference) ? Search(design) : Given(design, somReference.Trim(), "--som", bSomOnly: true);
    }

    /// <summary>The part the user named, taken as told; its pads are still assessed so DRC001 can say when they do not fit.</summary>
    private SocketSearch Given(Design design, string reference, string option, bool bSomOnly)
    {
        var chosen = design.FindComponent(reference);
        if (chosen is null)
        {
            return new SocketSearch(null, "", [], [], $"{option} {reference}: the design has no part {reference}");
        }

        var pads = SocketPads.PadsOf(design, chosen);
        var howFound = $"{option} {chosen.Reference}";
        var fits = (bSomOnly && _modules.Any(m => m.Module.IsBSom) ? _modules.Where(m => m.Module.IsBSom) : _modules)
            .Select(m => (Recognizer: m, Pattern: FirstMatch(m, chosen, []) is not null, Shape: SocketPads.Assess(pads, m.Rules, m.Module.Pinout)))
            .ToList();
        // Which module it is: one whose patterns name the part, else the best fit of pads, else the B-SoM (as --som says).
        var best = fits.FirstOrDefault(f => f.Pattern && !f.Shape.IsRuledOut);
        if (best.Recognizer is null)
        {
            best = fits.Where(f => !f.Shape.IsRuledOut && f.Shape.ContactPads > 0)
                .OrderByDescending(f => (double)f.Shape.ContactPads / Math.Max(1, f.Recognizer.Rules.Shape.PositionCount))
                .ThenByDescending(f => f.Shape.ContactPads)
                .FirstOrDefault();
        }

        if (best.Recognizer is null)
        {
            best = fits.FirstOrDefault(f => f.Recognizer.Module.IsBSom);
            if (best.Recognizer is null) best = fits[0];
        }

        var rules = best.Recognizer.Rules;
        var candidate = new SocketCandidate(chosen, howFound, best.Pattern, !best.Shape.IsRuledOut && best.Shape.ContactPads >= rules.MinimumContacts, best.Shape)
        {
            Module = best.Recognizer.Module,
        };
        return new SocketSearch(chosen, howFound, [candidate], [], null) { IsOverride = true, Searched = _modules.Select(m => m.Module).ToList() };
    }

    private SocketSearch Search(Design design)
    {
        var candidates = new List<SocketCandidate>();
        var rejected = new List<string>();
        var netPads = SocketPads.NetPadsByReference(design);
        // Boards repeat the same footprint/value many times: match each distinct part description once per module.
        var matchCaches = _modules.Select(_ => new Dictionary<string, string?>(StringComparer.Ordinal)).ToList();
        foreach (var component in design.Components)
        {
            var padCount = component.Pins.Count + (netPads.TryGetValue(component.Reference, out var onNets) ? onNets.Count : 0);
            IReadOnlyList<string>? pads = null;
            for (var i = 0; i < _modules.Count; i++)
            {
                var (module, rules) = _modules[i];
                var matched = FirstMatch(_modules[i], component, matchCaches[i]);
                if (matched is null && (!rules.Shape.ByShapeAlone || padCount < rules.MinimumContacts))
                {
                    continue; // Not this module by name, and too few pads (or a module its shape alone cannot name): skip the pad work.
                }

                pads ??= SocketPads.PadsOf(component, netPads);
                var shape = SocketPads.Assess(pads, rules, module.Pinout);
                var byShape = !shape.IsRuledOut && shape.ContactPads >= rules.MinimumContacts;
                if (matched is not null && shape.IsRuledOut)
                {
                    rejected.Add($"{component.Reference}: {matched}, but it has pads {string.Join(", ", shape.RuledOutBy.Take(5))} "
                                 + $"that a {Shape(module)} cannot have");
                    continue;
                }

                if (matched is null && !byShape)
                {
                    continue;
                }

                var reason = (matched, byShape) switch
                {
                    (not null, true) => $"{matched}, and its pads cover {(module.IsBSom ? "all " : "")}{shape.ContactPads} {(module.IsBSom ? "contacts" : $"of the {module.Name}'s {rules.Shape.PositionCount} pins")}",
                    (not null, false) when module.IsBSom => $"{matched} ({shape.ContactPads} of the 67 contacts seen as pads)",
                    (not null, false) => $"{matched} ({shape.ContactPads} of the {module.Name}'s {rules.Shape.PositionCount} pins seen as pads)",
                    _ => $"its pads have the M.2 key-E shape ({shape.ContactPads} contacts, 24-31 absent)",
                };
                candidates.Add(new SocketCandidate(component, reason, matched is not null, byShape, shape) { Module = module });
            }
        }

        var ordered = candidates
            .OrderByDescending(c => c.Rank)
            .ThenByDescending(c => c.Shape.ContactPads)
            .ThenBy(c => c.Component.Reference, NaturalComparer.Instance)
            .ToList();
        var searched = _modules.Select(m => m.Module).ToList();
        return ordered.Count == 0
            ? new SocketSearch(null, "", [], rejected, null) { Searched = searched }
            : new SocketSearch(ordered[0].Component, ordered[0].Reason, ordered, rejected, null) { Searched = searched };
    }

    private static string Shape(ModuleDefinition module) => module.IsBSom ? "key-E socket" : module.Name;

    private static string? FirstMatch(ModuleRecognizer recognizer, Component component, Dictionary<string, string?> cache)
    {
        foreach (var (pattern, origin) in recognizer.Rules.ConfigPatterns)
        {
            if (pattern.Matches(component))
            {
                return $"it matches the socket pattern {pattern.Text} ({origin})";
            }
        }

        var key = DescriptionKey(component);
        if (!cache.TryGetValue(key, out var matched))
        {
            cache[key] = matched = FirstShippedMatch(recognizer.Rules, component);
        }

        return matched;
    }

    private static string DescriptionKey(Component component)
    {
        var key = new System.Text.StringBuilder();
        key.Append(component.Footprint).Append('\u0001').Append(component.Value).Append('\u0001')
            .Append(component.Symbol).Append('\u0001').Append(component.Library);
        foreach (var value in component.Properties.Values.Order(StringComparer.Ordinal))
        {
            key.Append('\u0001').Append(value);
        }

        return key.ToString();
    }

    private static string? FirstShippedMatch(SocketRules rules, Component component)
    {
        foreach (var pattern in rules.Patterns)
        {
            if (pattern.MatchedText(component) is { } text)
            {
                return $"{pattern.Field.ToString().ToLowerInvariant()} '{text}' matches /{pattern.Pattern}/ ({pattern.Origin})";
            }
        }

        return null;
    }
}
