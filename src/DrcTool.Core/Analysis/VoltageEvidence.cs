namespace DrcTool.Core.Analysis;

/// <summary>Where a voltage claim comes from, strongest first: the order in which claims win.</summary>
public enum EvidenceKind
{
    /// <summary>drctool.yaml `rails:` says so.</summary>
    Config = 0,
    /// <summary>A power symbol on the net (KiCad power:+3V3, Eagle supply part) or a power-flag pin.</summary>
    PowerSymbol = 1,
    /// <summary>The net's name ("+5V", "3V3", "VBUS").</summary>
    NetName = 2,
    /// <summary>A regulator's or load switch's output, from its part data or its feedback divider. Ranked below
    /// names because it is inferred from part-number patterns and pin names (which board files lack), while a name is
    /// the designer's own statement; it decides where no name states a voltage, and a disagreement shows as
    /// <see cref="Rail.HasConflict"/>. This also keeps a design's rails the same from its schematic and its board.</summary>
    RegulatorOutput = 3,
    /// <summary>What the SoM contact on the net expects (VCC 3.6-4.2 V, 3V3 3.3 V, VUSB 5 V, GND). The weakest:
    /// it says what the net should carry, not what feeds it.</summary>
    SomContact = 4,
}

/// <summary>One claim about a net's voltage and why.</summary>
/// <param name="NetName">The net the claim is about (one of the joined nets).</param>
/// <param name="Why">"name '3V3' says 3.3 V", "U3 (XCL223) output VOUT: 'XCL223' is a 3.3 V part".</param>
public sealed record VoltageEvidence(EvidenceKind Kind, double Volts, double MinVolts, double MaxVolts, bool IsGround, string NetName, string Why)
{
    public override string ToString() => Why;
}
