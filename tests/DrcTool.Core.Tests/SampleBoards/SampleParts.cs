namespace DrcTool.Core.Tests.SampleBoards;

/// <summary>Parts the violating boards add, described as KiCad's standard libraries describe them.</summary>
internal static class SampleParts
{
    public static SamplePart Resistor(string reference, string value) =>
        new(reference, value, "Resistor_SMD:R_0603_1608Metric", "Device", "R", "Resistor", [new("1", "~"), new("2", "~")]);

    public static SamplePart Capacitor(string reference, string value) =>
        new(reference, value, "Capacitor_SMD:C_0603_1608Metric", "Device", "C", "Unpolarized capacitor", [new("1", "~"), new("2", "~")]);

    public static SamplePart Led(string reference, string value = "LED_RED") =>
        new(reference, value, "LED_SMD:LED_0603_1608Metric", "Device", "LED", "Light emitting diode", [new("1", "K"), new("2", "A")]);

    public static SamplePart Header(string reference, int pins) =>
        new(reference, $"Conn_01x{pins:00}", $"Connector_PinHeader_2.54mm:PinHeader_1x{pins:00}_P2.54mm_Vertical", "Connector_Generic", $"Conn_01x{pins:00}",
            "Generic connector, single row", Enumerable.Range(1, pins).Select(i => new SamplePin($"{i}", $"Pin_{i}")).ToList());

    /// <summary>A 3.3 V LDO (AP2112K-3.3, SOT-23-5): 1 VIN, 2 GND, 3 EN, 5 VOUT.</summary>
    public static SamplePart Ldo(string reference, string value = "AP2112K-3.3") =>
        new(reference, value, "Package_TO_SOT_SMD:SOT-23-5", "Regulator_Linear", "AP2112K-3.3", "600mA low dropout linear regulator, fixed 3.3V output",
            [new("1", "VIN", "power_in"), new("2", "GND", "power_in"), new("3", "EN", "input"), new("4", "NC", "no_connect"), new("5", "VOUT", "power_out")]);

    /// <summary>A load switch (TPS22918, SOT-23-6): 1 VIN, 2 GND, 3 ON, 4 CT, 5 QOD, 6 VOUT.</summary>
    public static SamplePart LoadSwitch(string reference) =>
        new(reference, "TPS22918", "Package_TO_SOT_SMD:SOT-23-6", "Power_Management", "TPS22918", "5.5V 2A load switch",
            [new("1", "VIN", "power_in"), new("2", "GND", "power_in"), new("3", "ON", "input"), new("4", "CT", "passive"), new("5", "QOD", "passive"), new("6", "VOUT", "power_out")]);

    /// <summary>bq24195 in VQFN-24 (RGE), pins as TI numbers them.</summary>
    public static SamplePart Pmic(string reference) =>
        new(reference, "BQ24195RGER", "Package_DFN_QFN:Texas_RGE0024C_EP2.1x2.1mm", "Battery_Management", "BQ24195RGE", "I2C controlled 4.5A single cell USB/adapter charger",
        [
            new("1", "VBUS", "power_in"), new("2", "D+", "bidirectional"), new("3", "D-", "bidirectional"), new("4", "STAT", "open_collector"),
            new("5", "SCL", "input"), new("6", "SDA", "bidirectional"), new("7", "INT", "open_collector"), new("8", "OTG", "input"),
            new("9", "~{CE}", "input"), new("10", "ILIM", "passive"), new("11", "TS", "input"), new("12", "~{QON}", "input"),
            new("13", "BAT", "power_out"), new("14", "BAT", "power_out"), new("15", "SYS", "power_out"), new("16", "SYS", "power_out"),
            new("17", "PGND", "power_in"), new("18", "PGND", "power_in"), new("19", "SW", "power_out"), new("20", "SW", "power_out"),
            new("21", "BTST", "passive"), new("22", "REGN", "power_out"), new("23", "PMID", "power_out"), new("24", "VBUS", "power_in"),
            new("25", "PAD", "power_in"),
        ]);

    /// <summary>MAX17043 in TDFN-8: 1 CTG, 2 CELL, 3 VDD, 4 GND, 5 ~ALRT, 6 QSTRT, 7 SCL, 8 SDA.</summary>
    public static SamplePart FuelGauge(string reference) =>
        new(reference, "MAX17043G+T", "Package_DFN_QFN:TDFN-8-1EP_3x3mm_P0.65mm_EP1.55x2.4mm", "Battery_Management", "MAX17043", "Fuel gauge for single-cell LiPo",
        [
            new("1", "CTG", "input"), new("2", "CELL", "input"), new("3", "VDD", "power_in"), new("4", "GND", "power_in"),
            new("5", "~{ALRT}", "open_collector"), new("6", "QSTRT", "input"), new("7", "SCL", "input"), new("8", "SDA", "bidirectional"),
        ]);

    /// <summary>WIZnet W5500 (LQFP-48), the SPI and control pins plus supplies.</summary>
    public static SamplePart W5500(string reference) =>
        new(reference, "W5500", "Package_QFP:LQFP-48_7x7mm_P0.5mm", "Interface_Ethernet", "W5500", "WIZnet hardwired TCP/IP Ethernet controller",
        [
            new("28", "VDD", "power_in"), new("29", "GND", "power_in"), new("32", "SCSn", "input"), new("33", "SCLK", "input"),
            new("34", "MISO", "tri_state"), new("35", "MOSI", "input"), new("36", "INTn", "output"), new("37", "RSTn", "input"),
        ]);

    public static SamplePart Antenna(string reference, string value) =>
        new(reference, value, "", "DrcTool_Samples", "Antenna_BOM", "Antenna for the SoM's U.FL socket (BOM only)", []);

    /// <summary>An N-channel MOSFET (2N7002, SOT-23): 1 G, 2 S, 3 D.</summary>
    public static SamplePart Mosfet(string reference) =>
        new(reference, "2N7002", "Package_TO_SOT_SMD:SOT-23", "Transistor_FET", "2N7002", "N-channel MOSFET, 60 V, 115 mA",
            [new("1", "G", "input"), new("2", "S", "passive"), new("3", "D", "passive")]);

    /// <summary>A magnetic buzzer: 1 -, 2 +.</summary>
    public static SamplePart Buzzer(string reference) =>
        new(reference, "CMT-1102-SMT", "Buzzer_Beeper:Buzzer_CUI_CMT-1102-SMT", "Device", "Buzzer", "Buzzer, polarized", [new("1", "-", "passive"), new("2", "+", "passive")]);

    /// <summary>An NTC thermistor.</summary>
    public static SamplePart Thermistor(string reference, string value) =>
        new(reference, value, "Resistor_SMD:R_0603_1608Metric", "Device", "Thermistor_NTC", "Temperature dependent resistor, negative temperature coefficient", [new("1", "~"), new("2", "~")]);

    /// <summary>TMP102 temperature sensor (SOT-563): 1 SCL, 2 GND, 3 ALERT, 4 ADD0, 5 V+, 6 SDA.</summary>
    public static SamplePart Tmp102(string reference) =>
        new(reference, "TMP102", "Package_TO_SOT_SMD:SOT-563", "Sensor_Temperature", "TMP102xxDRL", "Digital temperature sensor, I2C, with alert",
            [new("1", "SCL", "input"), new("2", "GND", "power_in"), new("3", "ALERT", "open_collector"), new("4", "ADD0", "input"), new("5", "V+", "power_in"), new("6", "SDA", "bidirectional")]);

    /// <summary>W25Q32 SPI flash (SOIC-8): 1 /CS, 2 DO, 3 /WP, 4 GND, 5 DI, 6 CLK, 7 /HOLD, 8 VCC.</summary>
    public static SamplePart SpiFlash(string reference) =>
        new(reference, "W25Q32JVSS", "Package_SO:SOIC-8_5.23x5.23mm_P1.27mm", "Memory_Flash", "W25Q32JVSS", "32Mbit serial flash, SPI",
            [new("1", "~{CS}", "input"), new("2", "DO", "tri_state"), new("3", "~{WP}", "input"), new("4", "GND", "power_in"),
             new("5", "DI", "input"), new("6", "CLK", "input"), new("7", "~{HOLD}", "input"), new("8", "VCC", "power_in")]);
}
