using DrcTool.Core.Config;

namespace DrcTool.Core.Migration;

/// <summary>
/// Places the source pins the solver does not: grounds on the B-SoM's GND contacts, supplies and USB pins by rules/migration.yaml
/// `counterparts`, pins with no counterpart (VIN, LI+, EN...) as not needed with what replaces them, and reset, MODE,
/// USB and RGB pins on the contact the guides give them. Never gives a contact twice.
/// </summary>
internal sealed class FixedPinMapper
{
    private readonly TargetModule _target;
    private readonly MigrationRules _rules;
    private readonly HashSet<int> _taken = [];

    public FixedPinMapper(TargetModule target, MigrationRules rules)
    {
        _target = target;
        _rules = rules;
    }

    public PinPlacement Place(SourceBoardPin pin)
    {
        var source = new SourcePin(pin.Name, pin.Net, pin.Uses) { MaxVolts = pin.MaxVolts, Number = pin.Number };
        if (pin.Kind.Equals("ground", StringComparison.OrdinalIgnoreCase) || pin.Uses.Contains(PinUse.Ground) && pin.Uses.Count == 1)
        {
            var ground = NextFree(_target.OfKind("ground"));
            return ground is null
                ? new PinPlacement(source, null, null, PlacementStatus.NotNeeded, "ground: every B-SoM GND contact already serves this ground net")
                : new PinPlacement(source, ground, null, PlacementStatus.Kept, $"ground on {ground}; every B-SoM GND contact goes to the ground plane");
        }

        if (_rules.NoEquivalent.TryGetValue(pin.Name, out var replacement))
        {
            return new PinPlacement(source, null, null, PlacementStatus.NotNeeded, replacement);
        }

        if (_rules.Counterparts.TryGetValue(pin.Name, out var supply))
        {
            var contact = NextFree(_target.Contacts.Where(c => string.Equals(c.Name, supply.To, StringComparison.OrdinalIgnoreCase)));
            return contact is null
                ? new PinPlacement(source, null, null, PlacementStatus.NotNeeded, $"{supply.To} is already on this net; {supply.Message}")
                : new PinPlacement(source, contact, null, PlacementStatus.Kept, $"{supply.Message}; on {contact}");
        }

        if (pin.GuideContact is { } guide && _target.ByContact(guide) is { } target && _taken.Add(target.Contact))
        {
            return new PinPlacement(source, target, null, PlacementStatus.Kept, $"the guides' B-SoM pin for {pin.Name}: {target} ({target.Kind})");
        }

        return new PinPlacement(source, null, null, PlacementStatus.Lost,
            $"the B-SoM has no {pin.Name} ({pin.Kind}) and no pin that can take it");
    }

    private TargetContact? NextFree(IEnumerable<TargetContact> contacts)
    {
        foreach (var contact in contacts)
        {
            if (_taken.Add(contact.Contact))
            {
                return contact;
            }
        }

        return null;
    }
}
