namespace DrcTool.Core.Checks;

/// <summary>
/// A finding's text as a rule's descriptor renders it: made only by <see cref="RuleDescriptor.Format"/> and
/// <see cref="RuleDescriptor.FormatMessage"/> (a rule calls <c>Message</c> or <c>MessageFor</c>), and the only text
/// <see cref="RuleScope.NewFinding"/> takes, so every message a rule reports is one of its descriptor's formats.
/// </summary>
public readonly record struct RuleMessage
{
    internal RuleMessage(string text) => Text = text;

    public string Text { get; }

    public static implicit operator string(RuleMessage message) => message.Text;

    public override string ToString() => Text;
}
