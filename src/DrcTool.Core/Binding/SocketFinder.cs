using DrcTool.Core.Model;

namespace DrcTool.Core.Binding;

/// <summary>
/// Finds the B-SoM's M.2 socket in a design: by the part patterns in rules/modules/b-som/module.yaml (plus a config's), checked
/// against the pads, or else by the pads alone (contacts 1-23 and 32-75, none in the 24-31 notch). A reference given
/// with --som skips the search.
/// </summary>
public sealed class SocketFinder
{
    private readonly SocketRules _rules;

    public SocketFinder(SocketRules rules)
    {
        _rules = rules;
    }

    public static SocketFinder Default { get; } = new(SocketRules.Default);

    public SocketSearch Find(Design design, string? somReference = null)
    {
        if (!string.IsNullOrWhiteSpace(somReference))
        {
            var chosen = design.FindComponent(somReference.Trim());
            if (chosen is null)
            {
                return new SocketSearch(null, "", [], [], $"--som {somReference}: the design has no part {somReference}");
            }

            // Taken as told, but its pads are still assessed so DRC001 can say when they do not look like the socket.
            var given = SocketPads.Assess(SocketPads.PadsOf(design, chosen), _rules);
            var howFound = $"--som {chosen.Reference}";
            return new SocketSearch(chosen, howFound, [new SocketCandidate(chosen, howFound, false, !given.IsRuledOut && given.ContactPads >= _rules.MinimumContacts, given)], [], null)
            {
                IsOverride = true,
            };
        }

        var candidates = new List<SocketCandidate>();
        var rejected = new List<string>();
        var netPads = SocketPads.NetPadsByReference(design);
        // Boards repeat the same footprint/value many times: match each distinct part description once.
        var matchCache = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var component in design.Components)
        {
            var matched = FirstMatch(component, matchCache);
            var padCount = component.Pins.Count + (netPads.TryGetValue(component.Reference, out var onNets) ? onNets.Count : 0);
            if (matched is null && padCount < _rules.MinimumContacts)
            {
                continue; // Too few pads to be the socket by shape: skip the pad work on the board's many small parts.
            }

            var shape = SocketPads.Assess(SocketPads.PadsOf(component, netPads), _rules);
            var byShape = !shape.IsRuledOut && shape.ContactPads >= _rules.MinimumContacts;
            if (matched is not null && shape.IsRuledOut)
            {
                rejected.Add($"{component.Reference}: {matched}, but it has pads {string.Join(", ", shape.RuledOutBy.Take(5))} "
                              + "that a key-E socket cannot have");
                continue;
            }

            if (matched is null && !byShape)
            {
                continue;
            }

            var reason = (matched, byShape) switch
            {
                (not null, true) => $"{matched}, and its pads cover all {shape.ContactPads} contacts",
                (not null, false) => $"{matched} ({shape.ContactPads} of the 67 contacts seen as pads)",
                _ => $"its pads have the M.2 key-E shape ({shape.ContactPads} contacts, 24-31 absent)",
            };
            candidates.Add(new SocketCandidate(component, reason, matched is not null, byShape, shape));
        }

        var ordered = candidates
            .OrderByDescending(c => c.Rank)
            .ThenByDescending(c => c.Shape.ContactPads)
            .ThenBy(c => c.Component.Reference, NaturalComparer.Instance)
            .ToList();
        return ordered.Count == 0
            ? new SocketSearch(null, "", [], rejected, null)
            : new SocketSearch(ordered[0].Component, ordered[0].Reason, ordered, rejected, null);
    }

    private string? FirstMatch(Component component, Dictionary<string, string?> cache)
    {
        foreach (var (pattern, origin) in _rules.ConfigPatterns)
        {
            if (pattern.Matches(component))
            {
                return $"it matches the socket pattern {pattern.Text} ({origin})";
            }
        }

        var key = DescriptionKey(component);
        if (!cache.TryGetValue(key, out var matched))
        {
            cache[key] = matched = FirstShippedMatch(component);
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

    private string? FirstShippedMatch(Component component)
    {
        foreach (var pattern in _rules.Patterns)
        {
            if (pattern.MatchedText(component) is { } text)
            {
                return $"{pattern.Field.ToString().ToLowerInvariant()} '{text}' matches /{pattern.Pattern}/ ({pattern.Origin})";
            }
        }

        return null;
    }
}
