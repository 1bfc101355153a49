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
/// <param name="MessageFormat">What a finding says, with the placeholders the rule fills ({pin}, {net}); a rule that
/// reports several situations keeps the others in <see cref="Messages"/>.</param>
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
    /// rules/rule-parameters.yaml as {group.name} (volts and amps as written, amps with {group.name:ma} in mA, ohms with
    /// {group.name:k} in kΩ or {group.name:ohms} with their unit, "1.5 kΩ"): they are
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

    /// <summary>
    /// The other situations the rule reports, each with its own message format under a short key ("not-connected"),
    /// written like <see cref="MessageFormat"/> (parameters as {group.name}, values as {name}). A finding's message is
    /// always one of the descriptor's formats: <see cref="MessageFormat"/> or one of these.
    /// </summary>
    public IReadOnlyDictionary<string, string> Messages { get; init; } = NoMessages;

    private static readonly IReadOnlyDictionary<string, string> NoMessages = new Dictionary<string, string>();

    /// <summary>
    /// The key under which <see cref="MessageFormat"/> is known to code shared by several rules (a helper that says
    /// "out-of-range" in each rule's words); null when the main format has no key.
    /// </summary>
    public string? MainKey { get; init; }

    /// <summary>The parameters the formats are filled with: the shipped ones, or a config's after <see cref="RenderedWith"/>.</summary>
    private RuleParameters FilledWith { get; init; } = RuleParameters.Default;

    /// <summary>Parameters the rule reads beyond those its title names (group names like "vcc" take the whole group).</summary>
    public IReadOnlyList<string> Reads { get; init; } = [];

    /// <summary>Every message format, the main one first (key ""), then <see cref="Messages"/>, parameters filled.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> AllMessageFormats =>
        [new("", MessageFormat), .. Messages.Select(m => new KeyValuePair<string, string>(m.Key, Fill(m.Value, FilledWith)))];

    /// <summary>Every parameter key the rule depends on: those its title and messages name, then <see cref="Reads"/>.</summary>
    public IReadOnlyList<string> ParameterKeys(RuleParameters parameters)
    {
        var keys = new List<string>();
        foreach (var template in new[] { TitleTemplate ?? "", MessageTemplate ?? "" }.Concat(Messages.Values))
        {
            foreach (Match m in ParameterPlaceholder().Matches(template))
            {
                keys.Add(m.Groups["key"].Value);
            }
        }

        foreach (var read in Reads)
        {
            keys.AddRange(read.Contains('.') ? [read] : parameters.Table.Keys.Where(k => k.StartsWith(read + ".", StringComparison.Ordinal)));
        }

        return keys.Distinct().ToList();
    }

    /// <summary>This descriptor with the title and messages showing <paramref name="parameters"/> (a config's values).</summary>
    public RuleDescriptor RenderedWith(RuleParameters parameters) => TitleTemplate is null
        ? this
        : this with { Title = Fill(TitleTemplate, parameters), MessageFormat = Fill(MessageTemplate!, parameters), FilledWith = parameters };

    /// <summary>The main message format filled with <paramref name="args"/> (see <see cref="Fill(string, object[])"/>).</summary>
    public RuleMessage Format(params object[] args) => new(Fill(MessageFormat, args));

    /// <summary>The message format under <paramref name="key"/> in <see cref="Messages"/> (or the main one under <see cref="MainKey"/>), filled with <paramref name="args"/>.</summary>
    public RuleMessage FormatMessage(string key, params object[] args) =>
        key == MainKey ? Format(args)
        : Messages.TryGetValue(key, out var template)
            ? new(Fill(Fill(template, FilledWith), args))
            : throw new ArgumentException($"{Id} has no message format '{key}'", nameof(key));

    /// <summary>
    /// <paramref name="format"/> with its value placeholders filled: positional ones ({0}, {1}) by index, named ones
    /// ({net}, {pin}) in the order they first appear, a name used twice taking the same value both times.
    /// </summary>
    private string Fill(string format, object[] args)
    {
        var text = new StringBuilder();
        var names = new List<string>();
        var last = 0;
        foreach (Match m in Placeholder().Matches(format))
        {
            var name = m.Groups["name"].Value;
            int index;
            if (char.IsAsciiDigit(name[0]))
            {
                index = int.Parse(name, CultureInfo.InvariantCulture);
            }
            else
            {
                index = names.IndexOf(name);
                if (index < 0)
                {
                    index = names.Count;
                    names.Add(name);
                }
            }

            if (index >= args.Length)
            {
                throw new ArgumentException($"{Id}'s message format \"{format}\" needs more than the {args.Length} values given");
            }

            text.Append(format, last, m.Index - last).Append(Convert.ToString(args[index], CultureInfo.InvariantCulture));
            last = m.Index + m.Length;
        }

        var used = names.Count > 0 ? names.Count : Placeholder().Matches(format).Select(m => int.Parse(m.Groups["name"].Value, CultureInfo.InvariantCulture) + 1).DefaultIfEmpty(0).Max();
        if (used != args.Length)
        {
            throw new ArgumentException($"{Id}'s message format \"{format}\" takes {used} values, {args.Length} given");
        }

        return text.Append(format, last, format.Length - last).ToString();
    }

    public static string DocPath(string id) => $"docs/rules/{id}.md";

    /// <summary>
    /// <paramref name="template"/> with its parameter placeholders filled from <paramref name="parameters"/>: for the
    /// text beside a message (fix hints, a message's parts) that names a value of rules/rule-parameters.yaml.
    /// </summary>
    public static string FillParameters(string template, RuleParameters parameters) => Fill(template, parameters);

    private static string Fill(string template, RuleParameters parameters) =>
        ParameterPlaceholder().Replace(template, m =>
        {
            var value = parameters[m.Groups["key"].Value];
            return m.Groups["unit"].Value switch
            {
                "k" => (value / 1000).ToString("0.###", CultureInfo.InvariantCulture),
                "ohms" => RuleParameters.Ohms(value),
                "ma" => (value * 1000).ToString("0.###", CultureInfo.InvariantCulture),
                _ => value.ToString(m.Groups["key"].Value.EndsWith("-volts", StringComparison.Ordinal) ? "0.0##" : "0.###", CultureInfo.InvariantCulture),
            };
        });

    [GeneratedRegex(@"\{(?<key>[a-z0-9-]+\.[a-z0-9-]+)(:(?<unit>k|ohms|ma))?\}", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterPlaceholder();

    [GeneratedRegex(@"\{(?<name>[A-Za-z][A-Za-z0-9]*|[0-9]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
