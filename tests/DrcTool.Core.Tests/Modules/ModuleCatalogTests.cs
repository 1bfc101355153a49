using DrcTool.Core.Config;

namespace DrcTool.Core.Tests.Modules;

public class ModuleCatalogTests
{
    [Fact]
    public void Ships_the_five_modules_under_the_names_reports_print()
    {
        ModuleCatalog.Default.Names.Order(StringComparer.Ordinal)
            .ShouldBe(["B-Series SoM", "Boron", "E-Series", "Electron", "Tracker SoM"]);
        ModuleCatalog.Default.BSom.Name.ShouldBe("B-Series SoM");
        ModuleCatalog.Default.BSom.IsBSom.ShouldBeTrue();
    }

    [Theory]
    [InlineData("B-SoM", "B-Series SoM")]
    [InlineData("b-series som", "B-Series SoM")]
    [InlineData("boron", "Boron")]
    [InlineData("ELECTRON", "Electron")]
    [InlineData("e-series", "E-Series")]
    [InlineData("tracker", "Tracker SoM")]
    public void Finds_a_module_by_name_folder_or_alias(string asked, string name) =>
        ModuleCatalog.Default.Find(asked).ShouldNotBeNull().Name.ShouldBe(name);

    [Fact]
    public void An_unknown_module_name_finds_none() => ModuleCatalog.Default.Find("Photon").ShouldBeNull();

    [Theory]
    [InlineData("Boron", 28)]
    [InlineData("Electron", 36)]
    [InlineData("E-Series", 63)]
    [InlineData("Tracker SoM", 95)]
    public void Each_module_has_one_row_per_pin(string module, int pins) =>
        ModuleCatalog.Default.Get(module).Pinout.Pins.Select(p => p.Contact).ShouldBe(Enumerable.Range(1, pins));

    [Theory]
    [InlineData("B-Series SoM", PowerDirection.In)]
    [InlineData("Boron", PowerDirection.Out)]
    [InlineData("Electron", PowerDirection.Out)]
    [InlineData("E-Series", PowerDirection.Out)]
    [InlineData("Tracker SoM", PowerDirection.Out)]
    public void The_3V3_pin_is_an_output_of_every_module_but_the_B_SoM(string module, PowerDirection direction) =>
        ModuleCatalog.Default.Get(module).Pinout.Named("3V3").ShouldAllBe(p => p.Power == direction);

    [Fact]
    public void Pin_functions_are_queried_by_type_peripheral_and_role()
    {
        var som = ModuleCatalog.Default.BSom.Pinout;
        var d2 = som.Find("D2").ShouldNotBeNull();
        d2.Contact.ShouldBe(42);
        d2.Function(PinFunction.Uart, "Serial1").ShouldBe(new PinFunction("uart", "Serial1", "RTS"));
        d2.Function(PinFunction.I2c, "Wire1")!.Role.ShouldBe("SDA");
        d2.Function(PinFunction.Spi, "SPI1")!.Role.ShouldBe("SCK");
        d2.Can(PinFunction.Adc).ShouldBeFalse();
        d2.PwmGroup.ShouldBeNull();
        som.Find("A0")!.AdcChannel.ShouldBe("AIN1");
        som.Find("A7")!.AdcChannel.ShouldBe("AIN0");
        som.Find("A6")!.PwmGroup.ShouldBe("PWM2");
        som.Find("D7")!.PwmGroup.ShouldBe("PWM0");
        som.Find("D7")!.InterruptGroup.ShouldBe("");
    }

    [Fact]
    public void Gen2_interrupt_and_PWM_groups_follow_the_electron_migration_guide()
    {
        var electron = ModuleCatalog.Default.Get("Electron");
        electron.Generation.ShouldBe(2);
        electron.PwmGroups.ShouldBe(PwmGroupMeaning.SharedChannel);
        electron.Pinout.Find("A5")!.PwmGroup.ShouldBe(electron.Pinout.Find("D2")!.PwmGroup);
        electron.Pinout.Find("D1")!.InterruptGroup.ShouldBe("D1/A4/B1");
        electron.Pinout.Find("D0")!.InterruptGroup.ShouldBeNull();
        electron.Pinout.Find("C4")!.Function(PinFunction.Can, "CAN1")!.Role.ShouldBe("TX");
        electron.Pinout.Find("DAC")!.Function(PinFunction.Dac, "DAC1").ShouldNotBeNull();
        ModuleCatalog.Default.BSom.MaxActiveInterrupts.ShouldBe(8);
    }

    [Fact]
    public void Where_each_pin_goes_on_the_B_SoM_is_recorded()
    {
        var boron = ModuleCatalog.Default.Get("Boron").Pinout;
        boron.Find("D0")!.BSomContact.ShouldBe(22);
        boron.Find("MODE")!.BSomContact.ShouldBe(32);
        boron.Find("EN")!.BSomContact.ShouldBeNull();
        ModuleCatalog.Default.Get("Electron").Pinout.Find("B0")!.BSomContact.ShouldBeNull();
    }

    [Fact]
    public void Every_shipped_pin_names_its_source()
    {
        foreach (var module in ModuleCatalog.Default.Modules)
        {
            module.Pinout.Pins.ShouldAllBe(p => p.Sources.Count > 0, module.Name);
            module.Sources.ShouldNotBeEmpty();
        }
    }

    [Fact]
    public void A_module_is_added_by_data_alone()
    {
        const string yaml = """
            name: Widget
            aliases: [widget]
            generation: 3
            recognition:
              patterns:
                value: ['^WIDGET$']
              shape:
                pads: '1-4'
                minimumContacts: 4
            """;
        const string csv = "pin,name,kind,functions,power\n1,GND,ground,,\n2,3V3,power,,out\n3,D0,gpio,gpio;i2c:Wire:SDA,\n4,D1,gpio,gpio;i2c:Wire:SCL,\n";
        var module = ModuleFile.Read("widget", yaml, "widget/module.yaml", csv, "widget/pinout.csv");
        module.Name.ShouldBe("Widget");
        module.Recognition.Shape.IsPosition(4).ShouldBeTrue();
        module.Recognition.Shape.RulesOut(5).ShouldBeTrue();
        module.Pinout.Find("SDA").ShouldBeNull();
        module.Pinout.Find("D0")!.Function(PinFunction.I2c, "Wire")!.Role.ShouldBe("SDA");
        new ModuleCatalog([module]).Find("widget").ShouldBe(module);
    }

    [Fact]
    public void A_misspelt_key_in_module_yaml_names_its_line()
    {
        var ex = Should.Throw<ConfigException>(() => ModuleFile.Read("x", "name: X\nrecognitoin: {}\n", "x/module.yaml", "pin,name,kind\n", "x/pinout.csv"));
        ex.Line.ShouldBe(2);
        ex.Message.ShouldContain("recognitoin");
    }

    [Theory]
    [InlineData("pin,name,kind,functions\n1,D0,gpio,gpio;i2c::SDA\n", "x.csv:2: function 'i2c::SDA'")]
    [InlineData("pin,name,kind,functions\n1,D0,gpio,gpoi\n", "x.csv:2: unknown function type 'gpoi'")]
    [InlineData("pin,name,kind,power\n1,3V3,power,output\n", "x.csv:2: power must be in, out or inout")]
    [InlineData("pin,name,kind\n1,D0,gpio\n1,D1,gpio\n", "x.csv: pin 1 appears twice")]
    [InlineData("name,kind\nD0,gpio\n", "x.csv:1: the header must name")]
    public void A_malformed_pinout_is_reported_with_its_line(string csv, string start) =>
        Should.Throw<FormatException>(() => SomPinout.Parse(csv, "x.csv")).Message.ShouldStartWith(start);
}
