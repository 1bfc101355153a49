namespace DrcTool.Core.Checks;

/// <summary>
/// Every rule's stable ID, in one place (as Meziantou.Analyzer keeps RuleIdentifiers). IDs are part of the product:
/// reports, waivers and SARIF use them. A rule keeps its ID for ever; a retired ID is never reused.
/// DRC001-DRC009 are the binding checks, DRC010 upward the base-board rules.
/// </summary>
public static class RuleIds
{
    public const string SomSocketNotFound = "DRC001";
    public const string SymbolPinNameMismatch = "DRC002";
    public const string SimPinWired = "DRC003";
    public const string GroundContactNotGrounded = "DRC004";
    public const string FiveVoltOnSignal = "DRC010";
    public const string LeakageWhen3V3Cut = "DRC011";
    public const string BackFeedPullUp = "DRC012";
    public const string ResetPullUp = "DRC013";
    public const string ResetButton = "DRC014";
    public const string ModePullUp = "DRC015";
    public const string ModeButton = "DRC016";
    public const string RgbLedWiring = "DRC017";
    public const string RgbLedAbsent = "DRC018";
    public const string Supply3V3 = "DRC019";
    public const string SupplyVcc = "DRC020";
    public const string VccAnd3V3OneRail = "DRC021";
    public const string ReservedContacts = "DRC022";
    public const string NfcWiring = "DRC023";
    public const string NfcNotWired = "DRC024";
    public const string Antennas = "DRC025";
    public const string PmicI2cPins = "DRC026";
    public const string PmicInterrupt = "DRC027";
    public const string I2cPullUps = "DRC028";
    public const string I2cPinsAsGpio = "DRC029";
    public const string PmicInputCurrent = "DRC030";
    public const string PmicDetection = "DRC031";
    public const string FuelGaugeWiring = "DRC032";
    public const string EthernetPins = "DRC033";
    public const string UsbData = "DRC034";
    public const string VusbSource = "DRC035";
    public const string CellularUsb = "DRC036";
    public const string HoldDown = "DRC037";
    public const string AnalogWithoutAdc = "DRC038";
    public const string PwmWithoutPwm = "DRC039";
    public const string PwmGroupFrequency = "DRC040";
    public const string SharedD2D3 = "DRC041";
    public const string InterruptLimit = "DRC042";
    public const string ControlInputPull = "DRC043";
    public const string FiveVoltOnIntolerantPin = "DRC044";
    public const string SharedPeripheral = "DRC045";
    public const string OnePinTwoNames = "DRC046";
    public const string Gen2InterruptGroups = "DRC047";
}
