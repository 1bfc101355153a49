using System.Globalization;

namespace DrcTool.Benchmarks.Generation;

/// <summary>
/// A deterministic synthetic circuit of N parts, independent of any file format: nine two-pad passives for every
/// sixteen-pin IC, each passive chaining two nets, every IC tying pin 8 to GND and pin 16 to +3V3.
/// Every format writer renders this same circuit, so the formats' read times compare like for like.
/// </summary>
public sealed class SyntheticDesign
{
    public const int IcPins = 16;

    private SyntheticDesign(IReadOnlyList<SyntheticPart> parts, int netCount)
    {
        Parts = parts;
        NetCount = netCount;
    }

    public IReadOnlyList<SyntheticPart> Parts { get; }

    /// <summary>Signal nets N1..N(count), plus GND and +3V3.</summary>
    public int NetCount { get; }

    public static SyntheticDesign Create(int partCount)
    {
        var parts = new List<SyntheticPart>(partCount);
        var signalNets = Math.Max(1, partCount);
        int resistors = 0, capacitors = 0, ics = 0;
        for (var k = 0; k < partCount; k++)
        {
            if (k % 10 == 9)
            {
                ics++;
                var pads = new string[IcPins];
                for (var p = 0; p < IcPins; p++)
                {
                    // Spread the IC's pins over the board's nets so nets are of mixed size, as on real boards.
                    pads[p] = p switch
                    {
                        7 => "GND",
                        15 => "+3V3",
                        _ => Net((k * 7 + p * 131) % signalNets),
                    };
                }

                parts.Add(new SyntheticPart($"U{ics}", "STM32G0", "Package_SO:SOIC-16_3.9x9.9mm_P1.27mm", "MCU_ST", "STM32G030F6P", pads, X(k), Y(k)));
            }
            else if (k % 2 == 0)
            {
                resistors++;
                parts.Add(new SyntheticPart($"R{resistors}", "10k", "Resistor_SMD:R_0603_1608Metric", "Device", "R",
                    [Net(k % signalNets), k % 3 == 0 ? "+3V3" : Net((k + 1) % signalNets)], X(k), Y(k)));
            }
            else
            {
                capacitors++;
                parts.Add(new SyntheticPart($"C{capacitors}", "100n", "Capacitor_SMD:C_0603_1608Metric", "Device", "C",
                    [Net(k % signalNets), "GND"], X(k), Y(k)));
            }
        }

        return new SyntheticDesign(parts, signalNets);

        static string Net(int index) => $"N{index + 1}";
        static double X(int k) => 10 + k % 100 * 5.08;
        static double Y(int k) => 10 + k / 100 * 5.08;
    }

    /// <summary>Every net name the parts use, in first-use order.</summary>
    public IReadOnlyList<string> NetNames()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var names = new List<string>();
        foreach (var part in Parts)
        {
            foreach (var net in part.PadNets)
            {
                if (seen.Add(net)) names.Add(net);
            }
        }

        return names;
    }

    internal static string Mm(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}

/// <summary>One part: pad i+1 is on net PadNets[i].</summary>
public sealed record SyntheticPart(string Reference, string Value, string Footprint, string Library, string Symbol, string[] PadNets, double X, double Y);
