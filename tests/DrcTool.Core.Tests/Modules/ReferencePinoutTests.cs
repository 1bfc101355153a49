using System.Text.RegularExpressions;
using DrcTool.TestSupport;
using Xunit.Abstractions;

namespace DrcTool.Core.Tests.Modules;

/// <summary>
/// Each module's pinout in rules/modules/ agrees with ../shared/reference row by row: pin numbers, names (the
/// reference's alt_name among the aliases), kinds, functions, 5 V tolerance and where the pin goes on the B-SoM.
/// The reference's function text is read here on its own terms ("ADC (AIN1)", "I2C Wire1 SDA", "PWM (shared with D2)"),
/// not by the code under test.
/// </summary>
public sealed partial class ReferencePinoutTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Modules() => new()
    {
        { "B-Series SoM", "b-series-som-pinout.csv" },
        { "Boron", "boron-pinout.csv" },
        { "Electron", "electron-pinout.csv" },
        { "E-Series", "e-series-pinout.csv" },
    };

    private static readonly string[] ComparedTypes = ["gpio", "adc", "pwm", "i2c", "uart", "spi", "dac", "can"];

    [SharedTheory]
    [MemberData(nameof(Modules))]
    public void Pinout_agrees_with_the_reference(string moduleName, string referenceFile)
    {
        var module = ModuleCatalog.Default.Get(moduleName);
        var rows = ReadReference(RepoPaths.SharedFile("reference", referenceFile));
        var problems = new List<string>();
        var compared = 0;
        foreach (var row in rows)
        {
            if (row["name"] == "KEY") continue; // the M.2 notch: positions with no contact
            var number = int.Parse(row["pin"], System.Globalization.CultureInfo.InvariantCulture);
            var ours = module.Pinout[number];
            if (ours is null)
            {
                problems.Add($"pin {number} {row["name"]}: not in rules/modules/{module.Id}/pinout.csv");
                continue;
            }

            compared++;
            Compare(problems, number, row, ours);
        }

        output.WriteLine($"{moduleName}: {compared} reference rows compared");
        problems.ShouldBeEmpty();
        // Every pin of ours is in the reference too (nothing invented beyond the hold-down tabs the reference lists as ground).
        module.Pinout.Pins.Select(p => p.Contact).Except(rows.Select(r => int.Parse(r["pin"], System.Globalization.CultureInfo.InvariantCulture))).ShouldBeEmpty();
    }

    private static void Compare(List<string> problems, int number, IReadOnlyDictionary<string, string> row, SomPin ours)
    {
        var label = $"pin {number} {row["name"]}";
        if (ours.Name != row["name"]) problems.Add($"{label}: name is {ours.Name}");
        foreach (var alt in AltNames(row["alt_name"]))
        {
            if (!ours.IsNamed(alt)) problems.Add($"{label}: the reference's alt_name {alt} is not an alias");
        }

        if (!KindAgrees(row["kind"], ours.Kind)) problems.Add($"{label}: kind {ours.Kind}, reference {row["kind"]}");
        var expected = ReferenceFunctions(row["name"], row["functions"]);
        var actual = ours.Functions.Where(f => ComparedTypes.Contains(f.Type)).Select(f => f.ToString()).ToHashSet(StringComparer.Ordinal);
        foreach (var (function, groupMember) in expected)
        {
            var match = groupMember is null
                ? actual.Contains(function) || (function == "pwm" && actual.Any(a => a.StartsWith("pwm", StringComparison.Ordinal))) || (function == "adc" && actual.Any(a => a.StartsWith("adc", StringComparison.Ordinal)))
                : ours.PwmGroup is { } group && group.Split('/').Contains(groupMember) && group.Split('/').Contains(row["name"]);
            if (!match) problems.Add($"{label}: the reference's {function}{(groupMember is null ? "" : " shared with " + groupMember)} is missing ({string.Join(";", actual)})");
        }

        foreach (var function in actual)
        {
            var type = function.Split(':')[0];
            if (!expected.Any(e => e.Function.Split(':')[0] == type)) problems.Add($"{label}: {function} is not in the reference ({row["functions"]})");
        }

        var fiveVolt = row["five_volt_tolerant"] switch { "yes" => (bool?)true, "no" => false, _ => null };
        if (ours.FiveVoltTolerant != fiveVolt) problems.Add($"{label}: five_volt {ours.FiveVoltTolerant}, reference {row["five_volt_tolerant"]}");
        var bsom = BSomPin().Match(row["variant_notes"]);
        int? expectedContact = bsom.Success ? int.Parse(bsom.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        if (ours.BSomContact != expectedContact) problems.Add($"{label}: b_som {ours.BSomContact}, reference {expectedContact}");
    }

    private static IEnumerable<string> AltNames(string alt) =>
        alt.Length == 0 ? []
        : alt.Split(['/', ' '], StringSplitOptions.RemoveEmptyEntries).Where(a => !a.StartsWith('(') && a != "P$76" && a != "P$77" && !a.StartsWith("GND@", StringComparison.Ordinal) && !a.EndsWith(')'));

    private static bool KindAgrees(string reference, SomPinKind ours) => reference switch
    {
        "ground" => ours is SomPinKind.Ground or SomPinKind.HoldDown,
        "nc" => ours == SomPinKind.Nc,
        _ => string.Equals(reference, ours.ToString(), StringComparison.OrdinalIgnoreCase),
    };

    /// <summary>The reference's functions as type[:peripheral[:role]]; a PWM "shared with X" carries X.</summary>
    private static List<(string Function, string? SharedWith)> ReferenceFunctions(string name, string text)
    {
        var result = new List<(string, string?)>();
        foreach (var raw in text.Split(';'))
        {
            var item = raw.Trim();
            Match m;
            if (item == "GPIO") result.Add(("gpio", null));
            else if ((m = AdcChannel().Match(item)).Success) result.Add(($"adc:AIN{m.Groups[1].Value}", null));
            else if (item == "ADC") result.Add(("adc", null));
            else if ((m = PwmGroup().Match(item)).Success) result.Add(($"pwm:{m.Groups[1].Value}", null));
            else if ((m = PwmShared().Match(item)).Success) result.Add(("pwm", m.Groups[1].Value));
            else if (item == "PWM") result.Add(("pwm", null));
            else if (item == "PWM0") result.Add(("pwm:PWM0", null));
            else if ((m = WireDefault().Match(item)).Success) result.Add(($"i2c:Wire:{m.Groups[1].Value}", null));
            else if ((m = WireNamed().Match(item)).Success) result.Add(($"i2c:{m.Groups[1].Value}:{m.Groups[2].Value}", null));
            else if ((m = Serial().Match(item)).Success) result.Add(($"uart:{m.Groups[1].Value}:{m.Groups[2].Value}", null));
            else if ((m = Spi().Match(item)).Success) result.Add(($"spi:{m.Groups[1].Value}:{m.Groups[2].Value}", null));
            else if ((m = Can().Match(item)).Success) result.Add(($"can:{m.Groups[1].Value}:{m.Groups[2].Value}", null));
            else if ((m = Dac().Match(item)).Success) result.Add(($"dac:{m.Groups[1].Value}", null));
        }

        // Gen 2 PWM: D2 and D3 are written plain in the reference, A5/A4 "shared with D2/D3"; the seeds say the pairs
        // share one timer channel, so our D2 and D3 carry the pair's group.
        if (name is "D2" or "D3" && result.Any(r => r.Item1 == "pwm") && text.Contains("SPI1", StringComparison.Ordinal) && !text.Contains("group", StringComparison.Ordinal))
        {
            result.RemoveAll(r => r.Item1 == "pwm");
            result.Add(("pwm", name == "D2" ? "A5" : "A4"));
        }

        return result;
    }

    internal static List<Dictionary<string, string>> ReadReference(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = SplitCsv(lines[0]);
        return lines.Skip(1).Where(l => l.Length > 0).Select(l =>
        {
            var fields = SplitCsv(l);
            return header.Select((h, i) => (h, v: i < fields.Count ? fields[i] : "")).ToDictionary(x => x.h, x => x.v);
        }).ToList();
    }

    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.Add(current.ToString()); current.Clear(); }
            else current.Append(c);
        }

        fields.Add(current.ToString());
        return fields;
    }

    [GeneratedRegex(@"^ADC \(.*AIN(\d)")] private static partial Regex AdcChannel();
    [GeneratedRegex(@"^PWM \(.*group (PWM\d)")] private static partial Regex PwmGroup();
    [GeneratedRegex(@"^PWM \(shared with (\w+)\)")] private static partial Regex PwmShared();
    [GeneratedRegex(@"^I2C (SDA|SCL) \(Wire\)$")] private static partial Regex WireDefault();
    [GeneratedRegex(@"^(?:I2C )?(Wire\d) (SDA|SCL)$")] private static partial Regex WireNamed();
    [GeneratedRegex(@"^(Serial\d) (TX|RX|RTS|CTS)$")] private static partial Regex Serial();
    [GeneratedRegex(@"^(SPI\d?) (SCK|MOSI|MISO|SS)")] private static partial Regex Spi();
    [GeneratedRegex(@"^(CAN\d) (TX|RX)$")] private static partial Regex Can();
    [GeneratedRegex(@"^(DAC\d)")] private static partial Regex Dac();
    [GeneratedRegex(@"B-SoM M\.2 pin (\d+)")] private static partial Regex BSomPin();
}
