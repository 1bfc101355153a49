using DrcTool.Core.Checks.Rules.Binding;
using DrcTool.Core.Checks.Rules.Firmware;
using DrcTool.Core.Checks.Rules.I2c;
using DrcTool.Core.Checks.Rules.Mechanics;
using DrcTool.Core.Checks.Rules.Peripherals;
using DrcTool.Core.Checks.Rules.PinsToLeaveOpen;
using DrcTool.Core.Checks.Rules.Power;
using DrcTool.Core.Checks.Rules.Radio;
using DrcTool.Core.Checks.Rules.Reset;
using DrcTool.Core.Checks.Rules.Signal;

namespace DrcTool.Core.Checks;

/// <summary>
/// The list of rules, one line each. Explicit rather than found by reflection, so start-up stays fast and trimming
/// keeps every rule.
/// </summary>
internal static class BuiltInRules
{
    public static IEnumerable<DesignRule> All() =>
    [
        // Binding (DRC001-DRC009)
        new SomSocketFoundRule(),
        new SymbolPinNamesRule(),
        new SimPinsOpenRule(),
        new GroundContactsRule(),
        // Base-board rules (DRC010 upward): add one line per rule below.
        new FiveVoltOnSignalRule(),
        new LeakageWhen3V3CutRule(),
        new BackFeedPullUpRule(),
        new ResetPullUpRule(),
        new ResetButtonRule(),
        new ModePullUpRule(),
        new ModeButtonRule(),
        new RgbLedWiringRule(),
        new RgbLedAbsentRule(),
        new Supply3V3Rule(),
        new SupplyVccRule(),
        new VccAnd3V3OneRailRule(),
        new ReservedContactsRule(),
        new NfcWiringRule(),
        new NfcNotWiredRule(),
        new AntennasRule(),
        new PmicI2cPinsRule(),
        new PmicInterruptRule(),
        new I2cPullUpsRule(),
        new I2cPinsAsGpioRule(),
        new PmicInputCurrentRule(),
        new PmicDetectionRule(),
        new FuelGaugeWiringRule(),
        new EthernetPinsRule(),
        new UsbDataRule(),
        new VusbSourceRule(),
        new CellularUsbRule(),
        new HoldDownRule(),
        new AnalogWithoutAdcRule(),
        new PwmWithoutPwmRule(),
        new PwmGroupFrequencyRule(),
        new SharedD2D3Rule(),
        new InterruptLimitRule(),
        new ControlInputPullRule(),
    ];
}
