using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Model;

namespace DrcTool.Core.Checks.Rules.Support;

/// <summary>One IC function and the SoM contact Device OS expects it on, e.g. the PMIC's SDA on D0 (22).</summary>
internal sealed record ExpectedPin(string Function, int Contact, params string[] Aliases);

/// <summary>Checks where an IC's pins land on the SoM, for the rules that pin Device OS's fixed wiring (DRC026/028/033/034).</summary>
internal static class ExpectedPins
{
    /// <summary>The message of every rule that uses <see cref="Check"/>: its descriptor's format.</summary>
    public const string MessageFormat = "{part} ({value}) {function} ({part}.{pad}) is on {found}{why}; Device OS expects {expected}";

    /// <summary>One finding per function that is not on its contact, naming where it is instead.</summary>
    public static IEnumerable<Finding> Check(RuleScope scope, RuleDescriptor rule, Component part, PartClass partClass, IReadOnlyList<ExpectedPin> expected, string fixHint)
    {
        foreach (var pin in expected)
        {
            var pads = KnownPins.Pads(scope.KnownPads, part, partClass, [pin.Function, .. pin.Aliases]);
            if (pads.Count == 0) continue; // the part has no such pin we can find: nothing to say
            var pad = pads[0];
            var reached = scope.ContactsReachedFrom(part, pad);
            if (reached.Any(c => c.Contact == pin.Contact)) continue;
            var net = scope.Design.NetOf(part.Reference, pad);
            var found = reached.Count > 0
                ? string.Join(", ", reached.Select(c => scope.Label(c.Contact)))
                : net is null ? "no net" : $"net {net.Name}, which reaches no SoM contact";
            var swapped = expected.FirstOrDefault(e => reached.Any(c => c.Contact == e.Contact) && e != pin);
            var why = swapped is not null ? $" (swapped with {swapped.Function})"
                : reached.Any(c => c.Contact == Contacts.D2Sda1 || c.Contact == Contacts.D3Scl1) && (pin.Contact == Contacts.D0Sda || pin.Contact == Contacts.D1Scl) ? " (Wire1, not Wire)"
                : "";
            yield return scope.NewFinding(rule,
                rule.RenderedWith(scope.Parameters).Format(part.Reference, part.Value, pin.Function, pad, found, why, scope.Label(pin.Contact)),
                [pin.Contact, .. reached.Select(c => c.Contact)], net) with
            {
                Parts = [$"{part.Reference}.{pad}"],
                Path = [$"{part.Reference}.{pad} {pin.Function}", net is null ? "no net" : $"net {net.Name}", .. reached.Select(c => scope.Label(c.Contact))],
                Location = net?.Location ?? part.Location,
                FixHint = fixHint,
            };
        }
    }
}
