using DrcTool.Core.Checks.Rules.Support;
using DrcTool.Core.Binding;
using DrcTool.Core.Model;

namespace DrcTool.Core.Checks.Rules.Binding;

/// <summary>DRC001: the design has a B-Series SoM socket, found without doubt.</summary>
public sealed class SomSocketFoundRule : DesignRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.SomSocketNotFound,
        "B-Series SoM socket found",
        "No B-Series SoM socket found / several parts look like the socket / the part given with --som is not a socket",
        "Binding",
        Severity.Error);

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
                Message = $"no B-Series SoM socket bound: {problem}",
                Location = fileLocation,
                FixHint = "Give --som the reference of the M.2 socket as the design names it (see `drctool netlist`).",
            };
            yield break;
        }

        if (search.Socket is not { } socket)
        {
            var rejected = search.Rejected.Count > 0 ? $" Parts that matched a pattern but not the pads: {string.Join("; ", search.Rejected)}." : "";
            yield return new Finding
            {
                RuleId = Rule.Id,
                Severity = Severity.Error,
                Message = "no B-Series SoM socket found: no part matches the M.2 key-E socket patterns (rules/modules/b-som/module.yaml) "
                          + "or has its pads (contacts 1-23 and 32-75). No SoM rule could be checked." + rejected,
                Location = fileLocation,
                FixHint = "If the board carries a B-SoM, name its socket with --som REF or add its footprint to the socket patterns in drctool.yaml.",
            };
            yield break;
        }

        if (search.IsAmbiguous)
        {
            var tied = search.Candidates.Where(c => c.Rank == search.Candidates[0].Rank).Select(c => c.Component.Reference).ToList();
            yield return new Finding
            {
                RuleId = Rule.Id,
                Severity = Severity.Warning,
                Message = $"several parts look like the B-SoM socket ({string.Join(", ", tied)}); checked {socket.Reference} "
                          + $"because {search.HowFound}",
                Parts = tied,
                Location = socket.Location,
                FixHint = "Say which part is the socket with --som REF.",
            };
        }

        if (search.IsOverride && search.Candidates.Count == 1 && search.Candidates[0].Shape is { } shape
            && (shape.IsRuledOut || shape.ContactPads < 67))
        {
            var why = shape.IsRuledOut
                ? $"it has pads a key-E socket cannot have ({string.Join(", ", shape.RuledOutBy.Take(5))})"
                : $"only {shape.ContactPads} of its pads are M.2 contacts 1-23/32-75";
            yield return new Finding
            {
                RuleId = Rule.Id,
                Severity = shape.ContactPads == 0 || shape.IsRuledOut ? Severity.Error : Severity.Warning,
                Message = $"{socket.Reference} was taken as the SoM socket ({search.HowFound}) but {why}",
                Parts = [socket.Reference],
                Location = socket.Location,
                FixHint = "Check that --som (or som.reference in drctool.yaml) names the M.2 socket, whose pads are numbered 1-23 and 32-75.",
            };
        }

        if (!socket.Fitted)
        {
            yield return new Finding
            {
                RuleId = Rule.Id,
                Severity = Severity.Warning,
                Message = $"the SoM socket {socket.Reference} is marked not fitted (DNP); the SoM cannot be mounted",
                Parts = [socket.Reference],
                Location = socket.Location,
                FixHint = "Clear the DNP/exclude flag or the NC value on the socket.",
            };
        }
    }
}
