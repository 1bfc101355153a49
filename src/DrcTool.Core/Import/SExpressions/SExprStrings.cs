using System.Text;

namespace DrcTool.Core.Import.SExpressions;

internal static class SExprStrings
{
    /// <summary>Decodes KiCad's string escapes: \" \\ \n \r \t; any other escaped byte stands for itself.</summary>
    public static string Unescape(ReadOnlySpan<byte> raw)
    {
        if (raw.IndexOf((byte)'\\') < 0)
        {
            return Encoding.UTF8.GetString(raw);
        }

        var buffer = raw.Length <= 512 ? stackalloc byte[raw.Length] : new byte[raw.Length];
        var length = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            var b = raw[i];
            if (b == (byte)'\\' && i + 1 < raw.Length)
            {
                i++;
                b = raw[i] switch
                {
                    (byte)'n' => (byte)'\n',
                    (byte)'r' => (byte)'\r',
                    (byte)'t' => (byte)'\t',
                    var other => other,
                };
            }

            buffer[length++] = b;
        }

        return Encoding.UTF8.GetString(buffer[..length]);
    }
}
