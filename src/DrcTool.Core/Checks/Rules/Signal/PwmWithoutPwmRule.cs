using DrcTool.Core.Binding;
using DrcTool.Core.Checks.Rules.Support;

namespace DrcTool.Core.Checks.Rules.Signal;

/// <summary>DRC039: a pin that drives a buzzer or a load its net calls PWM has a PWM output.</summary>
public sealed class PwmWithoutPwmRule : DesignRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.PwmWithoutPwm, "PWM loads only on the pins with PWM (A0, A1, A6, A7, D4-D7)",
        "{pin} on net {net} drives {load}, which needs PWM, but it has none: only {pwmPins} have PWM",
        "Signal", Severity.Warning);

    public override RuleDescriptor Descriptor => Rule;

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        foreach (var contact in PinFunctions.InputOutputs(scope))
        {
            if (PinFunctions.PwmGroupOf(contact.Pin) is not null) continue;
            if (Use(scope, contact) is not { } use) continue;
            var net = contact.Net!;
            var label = scope.Label(contact.Contact);
            yield return scope.NewFinding(Descriptor, Message(scope, label, net.Name, use.What, PinFunctions.PwmPins(scope)), [contact.Contact], net) with
            {
                Parts = use.Parts,
                Path = [label, $"net {net.Name}", .. use.Parts],
                FixHint = "Move the PWM load to a pin with PWM, or drive it from an I2C PWM driver (PCA9685).",
            };
        }
    }

    /// <summary>A PWM use of the contact: what it drives, whether that is a tone (buzzer) and the parts; null for none.</summary>
    internal static PwmUse? Use(RuleScope scope, BoundContact contact)
    {
        var net = contact.Net!;
        var buzzers = scope.Uses.Buzzers(scope.Picture, scope.Binding.Socket.Reference, scope.LoadsOf(contact), scope.IsGround);
        if (buzzers.Count > 0)
        {
            return new PwmUse($"buzzer {string.Join(", ", buzzers.Select(RuleScope.Describe))}", true, buzzers.Select(b => b.Reference).ToList());
        }

        if (!scope.Uses.IsPwmNetName(net.Name)) return null;
        return new PwmUse($"a load its net name calls PWM", scope.Uses.IsToneNetName(net.Name), []);
    }
}

/// <summary>A pin's PWM use: what it drives (for the message), whether it makes a sound, and the parts.</summary>
internal sealed record PwmUse(string What, bool IsTone, IReadOnlyList<string> Parts);
