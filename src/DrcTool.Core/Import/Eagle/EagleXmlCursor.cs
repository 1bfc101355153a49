using System.Xml;
using DrcTool.Core.Model;

namespace DrcTool.Core.Import.Eagle;

/// <summary>
/// A forward-only walk over an Eagle XML file that reports each element's start and end with its parent's name.
/// </summary>
/// <remarks>
/// Eagle files carry a DOCTYPE. The DTD is ignored and nothing is ever resolved, so no entity is expanded:
/// a billion-laughs or external-entity file reads as an undeclared entity and fails with its line and column.
/// The open elements are kept on a heap list, never on the call stack, so nesting depth cannot overflow it.
/// </remarks>
internal sealed class EagleXmlCursor : IDisposable
{
    // Only the five predefined entities are expanded; anything more is a hostile file.
    private const long MaxCharactersFromEntities = 64 * 1024;

    // Longer values (descriptions, URNs) seldom repeat.
    private const int MaxPooledLength = 64;

    private readonly XmlReader _reader;
    private readonly IXmlLineInfo _lineInfo;
    private readonly List<string> _open = [];
    // Attribute values repeat endlessly (pad and pin names, gate names, every contactref's element name): one string each.
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private bool _pendingEnd;

    private EagleXmlCursor(string path, byte[] content)
    {
        Path = path;
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            // A UTF-8 character takes at least one byte, so this is the loader's own file limit.
            MaxCharactersInDocument = DesignLoader.MaxFileBytes,
            MaxCharactersFromEntities = MaxCharactersFromEntities,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            CloseInput = true,
        };
        _reader = XmlReader.Create(new MemoryStream(content, writable: false), settings);
        _lineInfo = (IXmlLineInfo)_reader;
    }

    public string Path { get; }

    /// <summary>True at an element's start, false at its end (empty elements report both).</summary>
    public bool IsStart { get; private set; }

    /// <summary>The local name of the element at the cursor.</summary>
    public string Name { get; private set; } = "";

    /// <summary>The name of the element that holds the one at the cursor ("" for the root).</summary>
    public string Parent => Ancestor(1);

    public SourceLocation Location { get; private set; }

    public static EagleXmlCursor Open(string path, byte[] content) => new(path, content);

    /// <summary>The name of the open element <paramref name="generations"/> above the cursor's element, or "".</summary>
    public string Ancestor(int generations)
    {
        // While at a start the element itself is the last entry of _open; at an end it has been removed.
        var index = _open.Count - 1 - generations + (IsStart ? 0 : 1);
        return index >= 0 && index < _open.Count ? _open[index] : "";
    }

    /// <summary>Moves to the next element start or end. False at the end of the document.</summary>
    public bool Read()
    {
        if (_pendingEnd)
        {
            // The end of an empty element, reported after its start.
            _pendingEnd = false;
            IsStart = false;
            _open.RemoveAt(_open.Count - 1);
            return true;
        }

        try
        {
            while (_reader.Read())
            {
                switch (_reader.NodeType)
                {
                    case XmlNodeType.Element:
                        IsStart = true;
                        Name = _reader.LocalName;
                        Location = new SourceLocation(Path, _lineInfo.LineNumber, _lineInfo.LinePosition);
                        _open.Add(Name);
                        _pendingEnd = _reader.IsEmptyElement;
                        return true;
                    case XmlNodeType.EndElement:
                        IsStart = false;
                        Name = _reader.LocalName;
                        Location = new SourceLocation(Path, _lineInfo.LineNumber, _lineInfo.LinePosition);
                        _open.RemoveAt(_open.Count - 1);
                        return true;
                    case XmlNodeType.EntityReference:
                        // Never reached with DtdProcessing.Ignore, but if it were, refuse rather than expand.
                        throw Error($"entity reference &{_reader.Name}; is not allowed in an Eagle file");
                }
            }
        }
        catch (XmlException ex)
        {
            throw new DesignReadException(Path, ex.LineNumber, ex.LinePosition, $"malformed XML: {StripLocation(ex.Message)}", ex);
        }

        return false;
    }

    /// <summary>An attribute of the element at the cursor, or null when absent. Short values are pooled per file.</summary>
    public string? Attribute(string name)
    {
        if (_reader.NodeType != XmlNodeType.Element || _reader.GetAttribute(name) is not { } value) return null;
        if (value.Length > MaxPooledLength) return value;
        if (_strings.TryGetValue(value, out var pooled)) return pooled;
        _strings.Add(value, value);
        return value;
    }

    /// <summary>An attribute the Eagle DTD requires: its absence makes the file unreadable.</summary>
    public string Required(string name) =>
        Attribute(name) ?? throw Error($"<{Name}> has no {name}=\"...\" attribute");

    /// <summary>
    /// A required attribute that names one thing once (a net, a signal), so pooling it would only grow the pool.
    /// </summary>
    public string RequiredUnpooled(string name) =>
        (_reader.NodeType == XmlNodeType.Element ? _reader.GetAttribute(name) : null)
        ?? throw Error($"<{Name}> has no {name}=\"...\" attribute");

    public DesignReadException Error(string reason) => new(Path, Location.Line, Location.Column, reason);

    public void Dispose() => _reader.Dispose();

    // XmlException messages end with "Line n, position m."; the exception already carries both.
    private static string StripLocation(string message)
    {
        var at = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        return at > 0 ? message[..at].TrimEnd() : message;
    }
}
