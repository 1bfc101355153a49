namespace DrcTool.Core.Model;

/// <summary>A pin's electrical type, where the format gives one (KiCad symbols, Eagle pin directions).</summary>
public enum PinType
{
    Unspecified,
    Input,
    Output,
    Bidirectional,
    TriState,
    Passive,
    PowerIn,
    PowerOut,
    OpenCollector,
    OpenEmitter,
    NoConnect,
    Free,
}
