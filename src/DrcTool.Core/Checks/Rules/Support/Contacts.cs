
namespace DrcTool.Core.Checks.Rules.Support;

/// <summary>
/// The B-SoM contacts the rules name, looked up by datasheet name in rules/modules/b-som/pinout.csv: the contact
/// numbers live there alone.
/// </summary>
internal static class Contacts
{
    public static readonly int[] Vcc = All("VCC");
    public static readonly int[] Supply3V3 = All("3V3");
    public static readonly int UsbDPlus = One("USB D+");
    public static readonly int UsbDMinus = One("USB D-");
    public static readonly int Vusb = One("VUSB");
    public static readonly int Nfc1 = One("NFC1");
    public static readonly int Nfc2 = One("NFC2");
    public static readonly int D1Scl = One("D1");
    public static readonly int D0Sda = One("D0");
    public static readonly int Mode = One("MODE");
    public static readonly int Reset = One("RST");
    public static readonly int D3Scl1 = One("D3");
    public static readonly int D2Sda1 = One("D2");
    public static readonly int CellUsbDPlus = One("CELL USBD+");
    public static readonly int A6 = One("A6");
    public static readonly int CellUsbDMinus = One("CELL USBD-");
    public static readonly int A7 = One("A7");
    public static readonly int D8 = One("D8");
    public static readonly int Miso = One("MISO");
    public static readonly int Mosi = One("MOSI");
    public static readonly int Sck = One("SCK");
    public static readonly int RgbRed = One("RGBR");
    public static readonly int D22 = One("D22");
    public static readonly int RgbGreen = One("RGBG");
    public static readonly int RgbBlue = One("RGBB");
    public static readonly int CellVbus = One("CELL VBUS");

    private static int[] All(string name) =>
        SomPinout.Default.Named(name).Select(p => p.Contact).ToArray() is { Length: > 0 } contacts
            ? contacts
            : throw new InvalidOperationException($"rules/modules/b-som/pinout.csv has no contact named {name}");

    private static int One(string name) =>
        All(name) is [var contact] ? contact : throw new InvalidOperationException($"rules/modules/b-som/pinout.csv has several contacts named {name}");
}
