namespace DrcTool.Core.Analysis.Values;

/// <summary>A component value read from its text: "4K7" is 4700 with no unit, "100nF" is 1e-7 F.</summary>
/// <param name="Magnitude">The value in base units (ohms, farads, henries, volts...).</param>
/// <param name="Unit">The unit the text names; <see cref="ValueUnit.None"/> when it names none.</param>
/// <param name="Text">The text it was read from.</param>
/// <param name="TolerancePercent">A tolerance written after the value ("10k 1%"), when there is one.</param>
public sealed record ComponentValue(double Magnitude, ValueUnit Unit, string Text, double? TolerancePercent = null)
{
    /// <summary>The value as a resistance: when the text names ohms or no unit at all.</summary>
    public double? Ohms => Unit is ValueUnit.Ohm or ValueUnit.None ? Magnitude : null;

    public override string ToString() => Text;
}
