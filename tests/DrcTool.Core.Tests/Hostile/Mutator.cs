using System.Text;

namespace DrcTool.Core.Tests.Hostile;

/// <summary>
/// Deterministic mutations of a design file: the same seed always gives the same bytes, so a failing case is
/// reproduced from the seed the test prints. Each mutation also says what it did.
/// </summary>
internal static class Mutator
{
    public const int DeepNesting = 100_000;
    public const int HugeToken = 10 * 1024 * 1024;

    private static readonly byte[][] InvalidUtf8 =
    [
        [0xFF], [0xFE, 0xFF], [0xC3, 0x28], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF8, 0x88, 0x80, 0x80, 0x80],
    ];

    public static (byte[] Bytes, string What) Mutate(byte[] original, string[] otherFormats, int seed)
    {
        var random = new Random(seed);
        var kind = random.Next(100);
        // Cheap byte-level damage most of the time; the expensive floods (deep nesting, 10 MB tokens) now and then.
        return kind switch
        {
            < 12 => Truncate(original, random),
            < 26 => FlipBits(original, random),
            < 36 => InsertRandomBytes(original, random),
            < 44 => InsertNul(original, random),
            < 52 => InsertInvalidUtf8(original, random),
            < 62 => Unbalance(original, random),
            < 70 => DeleteRange(original, random),
            < 77 => DuplicateRange(original, random),
            < 83 => SwapQuotes(original, random),
            < 88 => Splice(original, otherFormats, random),
            < 93 => ReplaceDigits(original, random),
            < 96 => InsertDeepNesting(original, random, random.Next(1_000, 20_000)),
            < 98 => InsertDeepNesting(original, random, DeepNesting),
            _ => InsertHugeToken(original, random, random.Next(2) == 0 ? 1024 * 1024 : HugeToken),
        };
    }

    public static (byte[], string) Truncate(byte[] original, Random random)
    {
        var length = random.Next(original.Length);
        return (original[..length], $"truncated to {length} bytes");
    }

    public static (byte[], string) FlipBits(byte[] original, Random random)
    {
        var bytes = (byte[])original.Clone();
        var count = 1 + random.Next(8);
        for (var i = 0; i < count; i++)
        {
            bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
        }

        return (bytes, $"{count} bit(s) flipped");
    }

    public static (byte[], string) InsertRandomBytes(byte[] original, Random random)
    {
        var insert = new byte[1 + random.Next(16)];
        random.NextBytes(insert);
        var at = random.Next(original.Length + 1);
        return (Insert(original, at, insert), $"{insert.Length} random bytes at {at}");
    }

    public static (byte[], string) InsertNul(byte[] original, Random random)
    {
        var at = random.Next(original.Length + 1);
        var count = 1 + random.Next(4);
        return (Insert(original, at, new byte[count]), $"{count} NUL byte(s) at {at}");
    }

    public static (byte[], string) InsertInvalidUtf8(byte[] original, Random random)
    {
        var sequence = InvalidUtf8[random.Next(InvalidUtf8.Length)];
        // Inside a quoted string half the time: that is where a reader decodes text.
        var at = random.Next(2) == 0 ? AfterRandomByte(original, random, (byte)'"') : random.Next(original.Length + 1);
        return (Insert(original, at, sequence), $"invalid UTF-8 {Convert.ToHexString(sequence)} at {at}");
    }

    public static (byte[], string) Unbalance(byte[] original, Random random)
    {
        var open = random.Next(2) == 0;
        var target = open ? (byte)'(' : (byte)')';
        var positions = Positions(original, target, random, 1 + random.Next(3));
        if (positions.Count == 0) return InsertRandomBytes(original, random);
        var bytes = new List<byte>(original);
        var removeOrDouble = random.Next(2) == 0;
        foreach (var position in positions.OrderDescending())
        {
            if (removeOrDouble) bytes.RemoveAt(position);
            else bytes.Insert(position, target);
        }

        return (bytes.ToArray(), $"{(removeOrDouble ? "removed" : "doubled")} {positions.Count} '{(char)target}'");
    }

    public static (byte[], string) DeleteRange(byte[] original, Random random)
    {
        var at = random.Next(original.Length);
        var length = Math.Min(original.Length - at, 1 + random.Next(64));
        return ([.. original.AsSpan(0, at), .. original.AsSpan(at + length)], $"deleted {length} bytes at {at}");
    }

    public static (byte[], string) DuplicateRange(byte[] original, Random random)
    {
        var at = random.Next(original.Length);
        var length = Math.Min(original.Length - at, 1 + random.Next(4096));
        var to = random.Next(original.Length + 1);
        return (Insert(original, to, original.AsSpan(at, length).ToArray()), $"copied {length} bytes from {at} to {to}");
    }

    public static (byte[], string) SwapQuotes(byte[] original, Random random)
    {
        // Quotes and angle brackets carry the structure of both KiCad strings and Eagle XML.
        var targets = new[] { (byte)'"', (byte)'<', (byte)'>', (byte)'\\', (byte)'&' };
        var target = targets[random.Next(targets.Length)];
        var positions = Positions(original, target, random, 1 + random.Next(3));
        if (positions.Count == 0) return FlipBits(original, random);
        var bytes = (byte[])original.Clone();
        foreach (var position in positions) bytes[position] = targets[random.Next(targets.Length)];
        return (bytes, $"changed {positions.Count} '{(char)target}'");
    }

    public static (byte[], string) Splice(byte[] original, string[] otherFormats, Random random)
    {
        var other = Encoding.UTF8.GetBytes(otherFormats[random.Next(otherFormats.Length)]);
        var cut = random.Next(original.Length + 1);
        var from = random.Next(other.Length + 1);
        return ([.. original.AsSpan(0, cut), .. other.AsSpan(from)], $"first {cut} bytes, then another format's bytes from {from}");
    }

    public static (byte[], string) ReplaceDigits(byte[] original, Random random)
    {
        var bytes = (byte[])original.Clone();
        var replaced = 0;
        var start = random.Next(bytes.Length);
        for (var i = start; i < bytes.Length && replaced < 8; i++)
        {
            if (!char.IsAsciiDigit((char)bytes[i])) continue;
            bytes[i] = random.Next(3) switch { 0 => (byte)'-', 1 => (byte)'9', _ => (byte)'.' };
            replaced++;
        }

        return (bytes, $"replaced {replaced} digits after {start}");
    }

    public static (byte[], string) InsertDeepNesting(byte[] original, Random random, int depth)
    {
        var balanced = random.Next(2) == 0;
        var xml = original.AsSpan().TrimStart(" \t\r\n\uFEFF"u8).StartsWith("<"u8);
        byte[] insert;
        if (xml)
        {
            var open = Encoding.ASCII.GetBytes("<a>");
            var close = Encoding.ASCII.GetBytes("</a>");
            insert = new byte[depth * open.Length + (balanced ? depth * close.Length : 0)];
            for (var i = 0; i < depth; i++) open.CopyTo(insert, i * open.Length);
            if (balanced) for (var i = 0; i < depth; i++) close.CopyTo(insert, depth * open.Length + i * close.Length);
        }
        else
        {
            insert = new byte[balanced ? depth * 2 : depth];
            insert.AsSpan(0, depth).Fill((byte)'(');
            if (balanced) insert.AsSpan(depth).Fill((byte)')');
        }

        var at = AfterRandomByte(original, random, xml ? (byte)'>' : (byte)'(');
        return (Insert(original, at, insert), $"{depth} levels of {(balanced ? "balanced" : "unclosed")} nesting at {at}");
    }

    public static (byte[], string) InsertHugeToken(byte[] original, Random random, int length)
    {
        var quoted = random.Next(2) == 0;
        var insert = new byte[length + (quoted ? 2 : 0) + 2];
        insert.AsSpan().Fill((byte)'A');
        insert[0] = (byte)' ';
        insert[^1] = (byte)' ';
        if (quoted)
        {
            insert[1] = (byte)'"';
            insert[^2] = (byte)'"';
        }

        var at = AfterRandomByte(original, random, (byte)'(');
        return (Insert(original, at, insert), $"{(quoted ? "quoted" : "bare")} token of {length} bytes at {at}");
    }

    private static byte[] Insert(byte[] original, int at, ReadOnlySpan<byte> insert) =>
        [.. original.AsSpan(0, at), .. insert, .. original.AsSpan(at)];

    private static int AfterRandomByte(byte[] original, Random random, byte target)
    {
        var positions = Positions(original, target, random, 1);
        return positions.Count == 0 ? random.Next(original.Length + 1) : positions[0] + 1;
    }

    /// <summary>Up to <paramref name="count"/> positions of <paramref name="target"/>, found from random starting points.</summary>
    private static List<int> Positions(byte[] original, byte target, Random random, int count)
    {
        var found = new List<int>();
        for (var attempt = 0; attempt < count && original.Length > 0; attempt++)
        {
            var start = random.Next(original.Length);
            var index = original.AsSpan(start).IndexOf(target);
            if (index < 0) index = original.AsSpan(0, start).IndexOf(target);
            else index += start;
            if (index >= 0 && !found.Contains(index)) found.Add(index);
        }

        return found;
    }
}
