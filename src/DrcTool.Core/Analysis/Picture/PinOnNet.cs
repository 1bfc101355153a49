using DrcTool.Core.Model;

namespace DrcTool.Core.Analysis.Picture;

/// <summary>One pad of an in-circuit part on a net.</summary>
public sealed record PinOnNet(PartInfo Part, ComponentPin Pin, Net Net)
{
    public Component Component => Part.Component;

    /// <summary>"U2.13" for messages and for Finding.Parts.</summary>
    public string Label => $"{Part.Component.Reference}.{Pin.Number}";

    public override string ToString() => string.IsNullOrEmpty(Pin.Name) || Pin.Name == Pin.Number ? Label : $"{Label} ({Pin.Name})";
}
