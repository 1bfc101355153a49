namespace DrcTool.Core.Model;

/// <summary>Orders "R2" before "R10" and "2" before "10": the order engineers read references and pads in.</summary>
public sealed class NaturalComparer : IComparer<string>
{
    public static NaturalComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
            {
                int si = i, sj = j;
                while (si < x.Length && x[si] == '0') si++;
                while (sj < y.Length && y[sj] == '0') sj++;
                int ei = si, ej = sj;
                while (ei < x.Length && char.IsAsciiDigit(x[ei])) ei++;
                while (ej < y.Length && char.IsAsciiDigit(y[ej])) ej++;
                int lenCmp = (ei - si).CompareTo(ej - sj);
                if (lenCmp != 0) return lenCmp;
                int digits = string.CompareOrdinal(x, si, y, sj, ei - si);
                if (digits != 0) return digits;
                i = ei;
                j = ej;
            }
            else
            {
                int c = x[i].CompareTo(y[j]);
                if (c != 0) return c;
                i++;
                j++;
            }
        }

        int rest = (x.Length - i).CompareTo(y.Length - j);
        return rest != 0 ? rest : string.CompareOrdinal(x, y);
    }
}
