namespace DrcTool.Core.Checks.Rules.Support;

/// <summary>M.2 contact numbers the rules name, from the B-SoM datasheet pin table.</summary>
internal static class Contacts
{
    public static readonly int[] Vcc = [2, 4, 6, 8];
    public static readonly int[] Supply3V3 = [10, 12];
    public const int UsbDPlus = 11;
    public const int UsbDMinus = 13;
    public const int Vusb = 16;
    public const int Nfc1 = 17;
    public const int Nfc2 = 19;
    public const int D1Scl = 20;
    public const int D0Sda = 22;
    public const int Mode = 32;
    public const int Reset = 34;
    public const int D3Scl1 = 40;
    public const int D2Sda1 = 42;
    public const int CellUsbDPlus = 44;
    public const int A6 = 45;
    public const int CellUsbDMinus = 46;
    public const int A7 = 47;
    public const int D8 = 48;
    public const int Miso = 50;
    public const int Mosi = 52;
    public const int Sck = 54;
    public const int RgbRed = 61;
    public const int D22 = 62;
    public const int RgbGreen = 63;
    public const int RgbBlue = 65;
    public const int CellVbus = 74;
}
