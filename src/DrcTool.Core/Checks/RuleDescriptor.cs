using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DrcTool.Core.Knowledge;

namespace DrcTool.Core.Checks;

/// <summary>
/// Everything a report needs to know about a rule, in one place (as Roslyn analyzers describe themselves).
/// The README's rule table and <c>drctool rules</c> are generated from these.
/// </summary>
/// <param name="Id">Stable identifier, e.g. "DRC001". Part of the product: reports, waivers and SARIF use it.</param>
/// <param name="Title">Short title, one line, with the parameters in effect filled in.</param>
/// <param name="MessageFormat">What a finding says, with the placeholders the rule fills ({pin}, {net}) in order.</param>
/// <param name="Category">Group: Binding, Power, Signal, Reset, I2C, Radio, Peripherals, Mechanics, Firmware, Pins to leave open.</param>
/// <param name="DefaultSeverity">Severity unless the config overrides it.</param>
/// <param name="HelpLink">Repository-relative link to the rule's doc page, docs/rules/ID.md.</param>
public sealed partial record RuleDescriptor(
    string Id,
    string Title,
    string MessageFormat,
    string Category,
    Severity DefaultSeverity,
    string HelpLink)
{
    /// <summary>
    /// A rule's descriptor. <paramref name="title"/> and <paramref name="messageFormat"/> may name parameters of
    /// rules/rule-parameters.yaml as {group.name} (volts and amps as written, ohms with {group.name:k} in kΩ): they are
    /// filled with the shipped values here and with a config's by <see cref="RenderedWith"/>.
    /// </summary>
    public RuleDescriptor(string id, string title, string messageFormat, string category, Severity defaultSeverity)
        : this(id, Fill(title, RuleParameters.Default), Fill(messageFormat, RuleParameters.Default), category, defaultSeverity, DocPath(id))
    {
        TitleTemplate = title;
        MessageTemplate = messageFormat;
    }

    /// <summary>The title as written in the rule, parameters unfilled.</summary>
    public string? TitleTemplate { get; private init; }

    /// <summary>The message format as written in the rule, parameters unfilled.</summary>
    public string? MessageTemplate { get; private init; }

    /// <summary>Parameters the rule reads beyond those its title names (group names like "vcc" take the whole group).</summary>
    public IReadOnlyList<string> Reads { get; init; } = [];

    /// <summary>Every parameter key the rule depends on: those its title and message name, then <see cref="Reads"/>.</summary>
    public IReadOnlyList<string> ParameterKeys(RuleParameters parameters)
    {
        var keys = new List<string>();
        foreach (Match m in ParameterPlaceholder().Matches((TitleTemplate ?? "") + (MessageTemplate ?? "")))
        {
            keys.Add(m.Groups["key"].Value);
        }

        foreach (var read in Reads)
        {
            keys.AddRange(read.Contains('.') ? [read] : parameters.Table.Keys.Where(k => k.StartsWith(read + ".", StringComparison.Ordinal)));
        }

        return keys.Distinct().ToList();
    }

    /// <summary>This descriptor with the title and message showing <paramref name="parameters"/> (a config's values).</summary>
    public RuleDescriptor RenderedWith(RuleParameters parameters) => TitleTemplate is null
        ? this
        : this with { Title = Fill(TitleTemplate, parameters), MessageFormat = Fill(MessageTemplate!, parameters) };

    /// <summary>The message format with each {placeholder} replaced by the next of <paramref name="args"/>.</summary>
    public string Format(params object[] args)
    {
        var text = new StringBuilder();
        var next = 0;
        var last = 0;
        foreach (Match m in Placeholder().Matches(MessageFormat))
        {
            if (next >= args.Length)
            {
                throw new ArgumentException($"{Id}'s message format has more placeholders than the {args.Length} values given");
            }

            text.Append(MessageFormat, last, m.Index - last).Append(Convert.ToString(args[next++], CultureInfo.InvariantCulture));
            last = m.Index + m.Length;
        }

        if (next != args.Length)
        {
            throw new ArgumentException($"{Id}'s message format has {next} placeholders, {args.Length} values given");
        }

        return text.Append(MessageFormat, last, MessageFormat.Length - last).ToString();
    }

    public static string DocPath(string id) => $"docs/rules/{id}.md";

    private static string Fill(string template, RuleParameters parameters) =>
        ParameterPlaceholder().Replace(template, m =>
        {
            var value = parameters[m.Groups["key"].Value];
            return m.Groups["unit"].Value == "k"
                ? (value / 1000).ToString("0.###", CultureInfo.InvariantCulture)
                : value.ToString(m.Groups["key"].Value.EndsWith("-volts", StringComparison.Ordinal) ? "0.0##" : "0.###", CultureInfo.InvariantCulture);
        });

    [GeneratedRegex(@"\{(?<key>[a-z0-9-]+\.[a-z0-9-]+)(:(?<unit>k))?\}", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterPlaceholder();

    [GeneratedRegex(@"\{[A-Za-z][A-Za-z0-9]*\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
