using System.Globalization;
using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Analysis.Values;
using DrcTool.Core.Binding;
using DrcTool.Core.Knowledge;
using DrcTool.Core.Model;

namespace DrcTool.Core.Analysis.Picture;

/// <summary>
/// Collects what the design says about each node's voltage, apart from regulators: drctool.yaml rails, power symbols,
/// net names, and the SoM's power contacts.
/// </summary>
internal static class EvidenceCollector
{
    public static void Collect(
        IReadOnlyList<NetGroup> groups,
        Func<NetGroup, IReadOnlyList<PinOnNet>> allPinsOn,
        SomBinding? binding,
        PictureSettings config,
        Func<Net, NetGroup?> groupOf,
        Dictionary<NetGroup, List<VoltageEvidence>> evidence)
    {
        foreach (var group in groups)
        {
            var list = new List<VoltageEvidence>();
            foreach (var net in group.Nets)
            {
                foreach (var setting in config.Rails.Where(r => r.Volts is not null && r.Matches(net.Name)))
                {
                    var volts = setting.Volts!.Value;
                    list.Add(new VoltageEvidence(EvidenceKind.Config, volts, volts, volts, volts == 0, net.Name,
                        $"{setting.Location} sets {net.Name} to {Format(volts)} V{(setting.Reason is null ? "" : ": " + setting.Reason)}"));
                }

                if (RailNameGrammar.TryParse(net.Name, config.Parameters) is { } named)
                {
                    list.Add(new VoltageEvidence(EvidenceKind.NetName, named.Volts, named.MinVolts, named.MaxVolts, named.IsGround, net.Name, named.Why));
                }
            }

            foreach (var pin in allPinsOn(group).Where(p => p.Part.Class == PartClass.PowerSymbol))
            {
                var text = pin.Component.Value.Trim().Length > 0 ? pin.Component.Value : pin.Component.Symbol;
                if (RailNameGrammar.TryParse(text, config.Parameters) is { } symbol)
                {
                    list.Add(new VoltageEvidence(EvidenceKind.PowerSymbol, symbol.Volts, symbol.MinVolts, symbol.MaxVolts, symbol.IsGround, pin.Net.Name,
                        $"power symbol {pin.Component.Reference} '{text}': {symbol.Why}"));
                }
            }

            evidence[group] = list;
        }

        if (binding is null)
        {
            return;
        }

        var parameters = config.Parameters;
        foreach (var byName in binding.Contacts
                     .Where(c => c.Net is not null)
                     .GroupBy(c => (Group: groupOf(c.Net!), c.Pin.Name))
                     .OrderBy(g => g.Key.Group?.Id ?? -1).ThenBy(g => g.Key.Name, StringComparer.Ordinal))
        {
            var group = byName.Key.Group;
            if (group is null)
            {
                continue;
            }

            var first = byName.First();
            var contacts = string.Join(", ", byName.Select(c => c.Contact).Order());
            var claim = ExpectedVoltage(first.Pin, parameters, binding.Variant.IsB5xx());
            if (claim is null)
            {
                continue;
            }

            var (volts, min, max, ground, what) = claim.Value;
            evidence[group].Add(new VoltageEvidence(EvidenceKind.SomContact, volts, min, max, ground, first.Net!.Name,
                $"SoM contact {first.Pin.Name} ({contacts}) {what}"));
        }
    }

    // What the SoM expects on its power contacts (b-series-som-design-facts.md section 3; rules/rule-parameters.yaml).
    private static (double Volts, double Min, double Max, bool Ground, string What)? ExpectedVoltage(SomPin pin, RuleParameters parameters, bool b5xx)
    {
        if (pin.Kind is SomPinKind.Ground or SomPinKind.HoldDown || pin.Name.Contains("GND", StringComparison.OrdinalIgnoreCase))
        {
            return pin.Kind == SomPinKind.HoldDown ? null : (0, 0, 0, true, "is ground");
        }

        var name = pin.Name.ToUpperInvariant();
        var (v3, vcc, usb) = (parameters.Supply3V3, parameters.Vcc, parameters.Vusb);
        var vccMax = vcc.For(b5xx).Max;
        return name switch
        {
            "3V3" => (v3.TypicalVolts, v3.MinVolts, v3.MaxVolts, false,
                $"expects {Format(v3.MinVolts, "0.0##")}-{Format(v3.MaxVolts, "0.0##")} V ({Format(v3.TypicalVolts, "0.0##")} V)"),
            "VCC" => (vcc.TypicalVolts, vcc.MinVolts, vccMax, false,
                $"expects {Format(vcc.MinVolts)}-{Format(vccMax)} V ({Format(vcc.TypicalVolts)} V typical)"),
            "VUSB" => (usb.TypicalVolts, usb.MinVolts, usb.MaxVolts, false,
                $"expects USB {Format(usb.TypicalVolts)} V ({Format(usb.MinVolts)}-{Format(usb.MaxVolts)} V)"),
            _ when name.Contains("VBUS", StringComparison.Ordinal) => (usb.TypicalVolts, usb.MinVolts, usb.MaxVolts, false, $"expects USB {Format(usb.TypicalVolts)} V"),
            _ => null,
        };
    }

    private static string Format(double volts, string format = "0.###") => volts.ToString(format, CultureInfo.InvariantCulture);
}
