using DrcTool.Core.Checks.Rules.Support;
using DrcTool.Core.Binding;
using DrcTool.Core.Model;

namespace DrcTool.Core.Checks.Rules.Binding;

/// <summary>
/// DRC001: the design carries a known module (the B-SoM's socket, a Boron, an Electron, an E-Series or a Tracker SoM),
/// found without doubt. No module is a note (a FeatherWing in a hardware repository is not a mistake) unless the config
/// says <c>module: required</c>.
/// </summary>
public sealed class SomSocketFoundRule : DesignRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.SomSocketNotFound,
        "Particle module found",
        "no Particle module found: {looked}, and no part has the B-SoM socket's pads (contacts 1-23 and 32-75). {checked}{rejected}",
        "Binding",
        Severity.Note)
    {
        Messages = new Dictionary<string, string>
        {
            ["not-bound"] = "no module bound: {problem}",
            ["several-sockets"] = "several parts look like the B-SoM socket ({parts}); checked {socket} because {how}",
            ["several-modules"] = "several parts look like a module ({candidates}); took {socket} for the {module} because {how}",
            ["socket-not-fitted"] = "the SoM socket {socket} is marked not fitted (DNP); the SoM cannot be mounted",
            ["other-module"] = "{socket} is {article} {module} ({how}{fitted}); the B-Series SoM base-board rules do not apply to it; the rules written for its module do (`drctool rules`). "
                + "`drctool pins` shows its pin map and pin uses; `drctool migrate` plans its move to the B-SoM",
            ["socket-shape"] = "{part} was taken as the SoM socket ({how}) but {why}",
            ["module-shape"] = "{part} was taken for the {module} ({how}) but {why}",
        },
    };

    public override RuleDescriptor Descriptor => Rule;

    /// <summary>This rule reports the search itself, so it runs when nothing was bound.</summary>
    public override bool NeedsBoundModule => false;

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        var search = scope.SocketSearch;
        var fileLocation = SourceLocation.Unknown(scope.Design.SourceFile);
        if (search.Problem is { } problem)
        {
            yield return new Finding
            {
                RuleId = Rule.Id,
                Severity = Severity.Error,
                Message = MessageFor(scope, "not-bound", problem),
                Location = fileLocation,
                FixHint = "Give --module a module name (B-SoM, Boron, Electron, E-Series, Tracker SoM) or the reference of its part as the design names it (see `drctool netlist`).",
            };
            yield break;
        }

        if (search.Socket is not { } socket)
        {
            yield return NotFound(scope, search, fileLocation);
            yield break;
        }

        var module = search.Module!;
        if (search.IsAmbiguous)
        {
            var tied = search.Candidates.Where(c => c.Rank == search.Candidates[0].Rank).Select(c => c.Component.Reference).ToList();
            yield return new Finding
            {
                RuleId = Rule.Id,
                Severity = Severity.Warning,
                Message = module.IsBSom && search.Candidates.All(c => c.Module.IsBSom)
                    ? MessageFor(scope, "several-sockets", string.Join(", ", tied), socket.Reference, search.HowFound)
                    : MessageFor(scope, "several-modules",
                        string.Join(", ", search.Candidates.Where(c => c.Rank == search.Candidates[0].Rank).Select(c => $"{c.Component.Reference} {c.Module.Name}")),
                        socket.Reference, module.Name, search.HowFound),
                Parts = tied,
                Location = socket.Location,
                FixHint = "Say which part is the module with --module REF.",
            };
        }

        if (search.IsOverride && search.Candidates.Count == 1 && search.Candidates[0] is { Shape: { } shape } given
            && (shape.IsRuledOut || shape.ContactPads < given.Module.Recognition.MinimumContacts))
        {
            yield return ShapeMismatch(scope, search, socket, given.Module, shape);
        }

        if (!socket.Fitted && module.IsBSom)
        {
            yield return new Finding
            {
                RuleId = Rule.Id,
                Severity = Severity.Warning,
                Message = MessageFor(scope, "socket-not-fitted", socket.Reference),
                Parts = [socket.Reference],
                Location = socket.Location,
                FixHint = "Clear the DNP/exclude flag or the NC value on the socket.",
            };
        }

        if (!module.IsBSom)
        {
            yield return new Finding
            {
                RuleId = Rule.Id,
                Severity = Severity.Note,
                // A module on headers is often marked not fitted (the assembler leaves it to be plugged in): say so, no more.
                Message = MessageFor(scope, "other-module", socket.Reference, Article(module.Name), module.Name, search.HowFound,
                    socket.Fitted ? "" : "; marked not fitted, as a module plugged in by hand is"),
                Parts = [socket.Reference],
                Location = socket.Location,
            };
        }
    }

    /// <summary>"an" before a vowel ("an Electron", "an E-Series"), else "a".</summary>
    private static string Article(string name) => name.Length > 0 && "AEIOU".Contains(char.ToUpperInvariant(name[0])) ? "an" : "a";

    private Finding NotFound(RuleScope scope, SocketSearch search, SourceLocation location)
    {
        var rejected = search.Rejected.Count > 0 ? $" Parts that matched a pattern but not the pads: {string.Join("; ", search.Rejected)}." : "";
        var required = scope.Config.ModuleRequired;
        var looked = search.Searched.Count == 1
            ? $"no part matches the {search.Searched[0].Name}'s patterns (rules/modules/{search.Searched[0].Id}/module.yaml)"
            : $"no part matches the patterns or pad shape of the {string.Join(", ", search.Searched.Select(m => m.Name))} (rules/modules/)";
        return new Finding
        {
            RuleId = Rule.Id,
            Severity = required ? Severity.Error : Severity.Note,
            Message = Message(scope, looked,
                required ? "The config requires one (module: required in drctool.yaml); no module rule could be checked." : "No module rule was checked.",
                rejected),
            Location = location,
            FixHint = "If the board carries a module, name its part with --module REF or add its footprint to the patterns (sockets: in drctool.yaml for the B-SoM socket).",
        };
    }

    private Finding ShapeMismatch(RuleScope scope, SocketSearch search, Component part, Modules.ModuleDefinition module, PadShape shape)
    {
        var why = module.IsBSom
            ? shape.IsRuledOut
                ? $"it has pads a key-E socket cannot have ({string.Join(", ", shape.RuledOutBy.Take(5))})"
                : $"only {shape.ContactPads} of its pads are M.2 contacts 1-23/32-75"
            : shape.IsRuledOut
                ? $"it has pads a {module.Name} cannot have ({string.Join(", ", shape.RuledOutBy.Take(5))})"
                : $"only {shape.ContactPads} of its pads are {module.Name} pins";
        return new Finding
        {
            RuleId = Rule.Id,
            Severity = shape.ContactPads == 0 || shape.IsRuledOut ? Severity.Error : Severity.Warning,
            Message = module.IsBSom
                ? MessageFor(scope, "socket-shape", part.Reference, search.HowFound, why)
                : MessageFor(scope, "module-shape", part.Reference, module.Name, search.HowFound, why),
            Parts = [part.Reference],
            Location = part.Location,
            FixHint = module.IsBSom
                ? "Check that --som (or som.reference in drctool.yaml) names the M.2 socket, whose pads are numbered 1-23 and 32-75."
                : $"Check that --module names the {module.Name}'s part ({module.Recognition.Shape.Description}).",
        };
    }
}
