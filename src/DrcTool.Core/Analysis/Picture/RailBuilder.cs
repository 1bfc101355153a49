using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Model;

namespace DrcTool.Core.Analysis.Picture;

/// <summary>
/// Turns the collected evidence into rails, adds regulator outputs, and works out which rails can be cut:
/// load-switch outputs, outputs of regulators whose enable a signal drives, anything fed from a cuttable rail,
/// and what drctool.yaml marks. drctool.yaml `cuttable: false` wins over the analysis.
/// </summary>
internal static class RailBuilder
{
    public static (Dictionary<NetGroup, Rail> Rails, List<RegulatorChannel> Channels, Dictionary<NetGroup, string> Cut) Build(
        IReadOnlyList<NetGroup> groups,
        Dictionary<NetGroup, List<VoltageEvidence>> evidence,
        RegulatorAnalyzer regulators,
        PictureSettings config)
    {
        var conflictVolts = config.Parameters.RailConflictVolts;
        bool IsGround(NetGroup g) => Best(evidence[g])?.IsGround == true;
        double? VoltsOf(NetGroup g) => Best(evidence[g])?.Volts;
        bool IsRail(NetGroup g) => evidence[g].Count > 0;

        // Load switches pass their input's voltage, which may itself come from a regulator: iterate to a fixpoint.
        var channels = new List<RegulatorChannel>();
        for (var round = 0; round < 8; round++)
        {
            channels = regulators.Analyze(IsGround, VoltsOf, IsRail);
            var changed = false;
            foreach (var channel in channels.Where(c => c.OutputVolts is not null))
            {
                foreach (var output in channel.Outputs)
                {
                    var why = channel.Why;
                    if (evidence[output].Any(e => e.Kind == EvidenceKind.RegulatorOutput && e.Why == why))
                    {
                        continue;
                    }

                    var volts = channel.OutputVolts!.Value;
                    evidence[output].Add(new VoltageEvidence(EvidenceKind.RegulatorOutput, volts, volts, volts, false, output.Name, why));
                    changed = true;
                }
            }

            if (!changed)
            {
                break;
            }
        }

        var cut = CutReasons(groups, channels, config);
        var rails = new Dictionary<NetGroup, Rail>();
        foreach (var group in groups)
        {
            var ordered = Order(evidence[group]);
            if (ordered.Count == 0)
            {
                // Rails are nodes with a voltage; a cuttable node of unknown voltage stays in the cut table only.
                continue;
            }

            var best = ordered[0];
            var canBeCut = cut.TryGetValue(group, out var cutWhy);
            rails[group] = new Rail(group.Name, best.Volts, best.Why, canBeCut && !best.IsGround, canBeCut && !best.IsGround ? cutWhy : null)
            {
                MinVolts = best.MinVolts,
                MaxVolts = best.MaxVolts,
                IsGround = best.IsGround,
                Nets = group.Nets.Select(n => n.Name).ToList(),
                Evidence = ordered,
                HasConflict = Rail.Conflicts(ordered, best.Volts, best.IsGround, conflictVolts),
            };
        }

        return (rails, channels, cut);
    }

    /// <summary>Evidence strongest first; ties broken by net name and text, so the order never depends on input order.</summary>
    public static List<VoltageEvidence> Order(IEnumerable<VoltageEvidence> evidence) =>
        evidence.Distinct()
            .OrderBy(e => e.Kind)
            .ThenBy(e => e.NetName, NaturalComparer.Instance)
            .ThenBy(e => e.Why, StringComparer.Ordinal)
            .ToList();

    private static VoltageEvidence? Best(List<VoltageEvidence> evidence) => evidence.Count == 0 ? null : Order(evidence)[0];

    private static Dictionary<NetGroup, string> CutReasons(IReadOnlyList<NetGroup> groups, List<RegulatorChannel> channels, PictureSettings config)
    {
        var cut = new Dictionary<NetGroup, string>();
        var forcedOn = new HashSet<NetGroup>();
        foreach (var group in groups)
        {
            foreach (var net in group.Nets)
            {
                foreach (var setting in config.Rails.Where(r => r.Cuttable is not null && r.Matches(net.Name)))
                {
                    if (setting.Cuttable == true)
                    {
                        cut.TryAdd(group, $"{setting.Location} marks {net.Name} cuttable{(setting.Reason is null ? "" : ": " + setting.Reason)}");
                    }
                    else
                    {
                        forcedOn.Add(group);
                    }
                }
            }
        }

        foreach (var channel in channels)
        {
            foreach (var output in channel.Outputs)
            {
                if (channel.IsLoadSwitch)
                {
                    cut.TryAdd(output, $"{channel.Part.Label} is a load switch; {channel.EnableWhy}");
                }
                else if (channel.EnableDriven)
                {
                    cut.TryAdd(output, channel.Part.Class == PartClass.Transistor
                        ? $"{channel.Part.Label} switches it: {channel.EnableWhy}"
                        : $"{channel.Part.Label} makes it and its {channel.EnableWhy}");
                }
            }
        }

        // Whatever is made from a cuttable rail can be cut too (eval board: switch → XC8107 → VCC → buck → 3V3).
        for (var round = 0; round < groups.Count + 1; round++)
        {
            var changed = false;
            foreach (var channel in channels)
            {
                var feed = channel.Inputs.Concat(channel.Enables).FirstOrDefault(g => cut.ContainsKey(g) && !forcedOn.Contains(g));
                if (feed is null)
                {
                    continue;
                }

                foreach (var output in channel.Outputs.Where(o => !cut.ContainsKey(o)))
                {
                    cut[output] = $"{channel.Part.Label} makes it from {feed.Name}, which can be cut ({cut[feed]})";
                    changed = true;
                }
            }

            if (!changed)
            {
                break;
            }
        }

        foreach (var group in forcedOn)
        {
            cut.Remove(group);
        }

        return cut;
    }
}
