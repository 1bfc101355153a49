using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Model;

namespace DrcTool.Core.Analysis.Picture;

/// <summary>
/// Finds the pins that can drive a node: pins of active parts (ICs, PMIC, gauge, Ethernet, level shifters, regulators)
/// whose type is output, power output or tri-state (Declared), unspecified or bidirectional (Possible), or
/// open-collector (OpenDrain, never high). Supply, ground, enable and feedback pins are not drivers.
/// The driver's level is its part's supply: the highest known rail on its PowerIn pins, or on pins named VCC/VDD/VIN...
/// when the file gives no types.
/// </summary>
internal static class DriverFinder
{
    public static List<Driver> On(NetGroup group, IReadOnlyList<PinOnNet> pins, Func<Component, IReadOnlyList<(ComponentPin Pin, NetGroup Group)>> pinsOfPart, Func<NetGroup, Rail?> railOf)
    {
        var drivers = new List<Driver>();
        if (railOf(group)?.IsGround == true)
        {
            return drivers;
        }

        foreach (var pin in pins)
        {
            if (!IsActive(pin.Part.Class) || IsSupplyLike(pin.Pin))
            {
                continue;
            }

            var certainty = IsOpenDrainByNature(pin) ? DriverCertainty.OpenDrain : pin.Pin.Type switch
            {
                PinType.Output or PinType.PowerOut or PinType.TriState => DriverCertainty.Declared,
                PinType.OpenCollector or PinType.OpenEmitter => DriverCertainty.OpenDrain,
                PinType.Unspecified or PinType.Bidirectional or PinType.Passive => DriverCertainty.Possible,
                _ => (DriverCertainty?)null,
            };
            if (certainty is null)
            {
                continue;
            }

            var supply = SupplyOf(pin.Component, pinsOfPart, railOf);
            var what = certainty switch
            {
                DriverCertainty.Declared => $"{pin.Pin.Type} pin",
                DriverCertainty.OpenDrain => "open-drain pin (drives low only)",
                _ => pin.Pin.Type == PinType.Bidirectional ? "bidirectional pin (may drive)" : "pin of unspecified type (may drive)",
            };
            var level = supply is null
                ? $"{pin.Component.Reference} supply unknown"
                : $"{pin.Component.Reference} powered from {supply.NetName} ({supply.Volts.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)} V)";
            drivers.Add(new Driver(pin, supply, certainty.Value, $"{pin} {what} on {group.Name}; {level}"));
        }

        return drivers;
    }

    private static bool IsActive(PartClass partClass) =>
        partClass is PartClass.IntegratedCircuit or PartClass.Pmic or PartClass.FuelGauge or PartClass.Ethernet
            or PartClass.LevelShifter or PartClass.Regulator or PartClass.LoadSwitch;

    // I2C lines are open-drain by the bus's definition, whatever a library says. The signal pins of PMICs, fuel gauges,
    // regulators and load switches (bq2419x INT/STAT/PG/SDA/SCL, MAX1704x ALRT/SDA/SCL, power-good outputs) are
    // open-drain in every part of those classes; libraries often mark them Output (AN001's bq24195 symbol marks
    // SCL, PSEL and !PG as outputs), which would otherwise read as a 5 V driver because the charger runs from VBUS.
    private static bool IsOpenDrainByNature(PinOnNet pin)
    {
        var name = PinNames.Normalize(pin.Pin.Name);
        return name is "SDA" or "SCL" or "SDA1" or "SCL1" or "SDA0" or "SCL0"
               || pin.Part.Class is PartClass.Pmic or PartClass.FuelGauge or PartClass.Regulator or PartClass.LoadSwitch;
    }

    private static bool IsSupplyLike(ComponentPin pin) =>
        pin.Type is PinType.PowerIn or PinType.NoConnect
        || PinNames.IsSupply(pin.Name) || PinNames.IsGround(pin.Name) || PinNames.IsFeedback(pin.Name)
        || PinNames.IsRegulatorInput(pin.Name);

    // The I/O level: VDDIO/VIO/VCCIO/VL when the part has one; else the highest supply, leaving out power inputs
    // such as VIN/VBUS when other supplies exist (a charger's VBUS is not its logic level).
    private static Rail? SupplyOf(Component component, Func<Component, IReadOnlyList<(ComponentPin Pin, NetGroup Group)>> pinsOfPart, Func<NetGroup, Rail?> railOf)
    {
        var supplies = new List<(string Name, Rail Rail)>();
        foreach (var (pin, group) in pinsOfPart(component))
        {
            var isSupply = (pin.Type == PinType.PowerIn && !PinNames.IsGround(pin.Name)) || PinNames.IsSupply(pin.Name);
            if (isSupply && railOf(group) is { IsGround: false } rail)
            {
                supplies.Add((PinNames.Normalize(pin.Name), rail));
            }
        }

        var io = supplies.Where(s => s.Name is "VDDIO" or "VIO" or "VCCIO" or "VL" or "VDDH").ToList();
        var logic = supplies.Where(s => !PinNames.IsRegulatorInput(s.Name)).ToList();
        var pick = io.Count > 0 ? io : logic.Count > 0 ? logic : supplies;
        return pick.Select(s => s.Rail).OrderByDescending(r => r.MaxVolts).ThenBy(r => r.NetName, NaturalComparer.Instance).FirstOrDefault();
    }
}
