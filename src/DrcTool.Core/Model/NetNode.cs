namespace DrcTool.Core.Model;

/// <summary>One pad on a net: component reference and pad number.</summary>
public readonly record struct NetNode(string Reference, string Pin) : IComparable<NetNode>
{
    public int CompareTo(NetNode other)
    {
        var byRef = NaturalComparer.Instance.Compare(Reference, other.Reference);
        return byRef != 0 ? byRef : NaturalComparer.Instance.Compare(Pin, other.Pin);
    }

    public override string ToString() => $"{Reference}.{Pin}";
}
