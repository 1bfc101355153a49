using DrcTool.Core.Migration;

namespace DrcTool.Core.Tests.Migration;

/// <summary>
/// Exhaustive search over every contact (or none) for every pin, with each bus that names that contact for the pin's
/// role, judged only by <see cref="PlanValidator"/>: the least cost (unplaced x (pins + 1) + pins off their guide pin).
/// Shares no code with the solver.
/// </summary>
internal static class BruteForce
{
    public static int LeastCost(TargetModule target, IReadOnlyList<SourcePin> pins, SolveOptions options)
    {
        var best = int.MaxValue;
        var current = new PinPlacement[pins.Count];
        var used = new HashSet<int>();

        void Visit(int index, int cost)
        {
            if (cost >= best)
            {
                return;
            }

            if (index == pins.Count)
            {
                if (PlanValidator.Violations(target, current, options).Count == 0)
                {
                    best = cost;
                }

                return;
            }

            var pin = pins[index];
            foreach (var contact in target.Contacts)
            {
                if (!used.Add(contact.Contact))
                {
                    continue;
                }

                var kept = string.Equals(contact.Name, pin.GuidePin, StringComparison.OrdinalIgnoreCase);
                foreach (var bus in BusesFor(target, pin, contact))
                {
                    current[index] = new PinPlacement(pin, contact, bus, kept ? PlacementStatus.Kept : PlacementStatus.Moved, "");
                    Visit(index + 1, cost + (kept ? 0 : 1));
                }

                used.Remove(contact.Contact);
            }

            current[index] = new PinPlacement(pin, null, null, PlacementStatus.Lost, "");
            Visit(index + 1, cost + pins.Count + 1);
        }

        Visit(0, 0);
        return best;
    }

    /// <summary>No bus, or any bus of the pin's kind that has its role on this contact.</summary>
    private static IEnumerable<TargetBus?> BusesFor(TargetModule target, SourcePin pin, TargetContact contact)
    {
        if (pin.Bus is null || pin.Bus.IsChipSelect)
        {
            return [null];
        }

        return target.Buses.Where(b => string.Equals(b.PinFor(pin.Bus.Role), contact.Name, StringComparison.OrdinalIgnoreCase));
    }
}
