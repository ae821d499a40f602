using Governance.Core.Policies;
using Governance.Policies.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Governance.Policies.Yaml;

/// <summary>Builds a <see cref="YamlNode"/> tree from parser events with an explicit stack (no recursion).</summary>
internal sealed class YamlTreeBuilder
{
    private readonly string _path;
    private readonly string _text;
    private readonly Stack<Frame> _stack = new();
    private readonly Dictionary<string, YamlNode> _anchors = new(StringComparer.Ordinal);
    private long _aliasNodes;
    private int _documents;

    /// <summary>Creates a builder for one file.</summary>
    public YamlTreeBuilder(string path, string text)
    {
        _path = path;
        _text = text;
    }

    /// <summary>The document's root node once parsed.</summary>
    public YamlNode? Root { get; private set; }

    /// <summary>The first structural error (limits, duplicate keys, several documents).</summary>
    public Diagnostic? Error { get; private set; }

    /// <summary>Consumes one event; false when an error stops the build.</summary>
    public bool Accept(ParsingEvent e)
    {
        switch (e)
        {
            case DocumentStart when ++_documents > 1:
                return Fail(e.Start, "a file must hold exactly one YAML document");
            case Scalar scalar:
                var node = MakeScalar(scalar);
                return Add(node, scalar.Anchor, node.Location);
            case AnchorAlias alias:
                return AddAlias(alias);
            case MappingStart start:
                return Push(new YamlMapping(Locate(e.Start)), start.Anchor, e.Start);
            case SequenceStart start:
                return Push(new YamlSequence(Locate(e.Start)), start.Anchor, e.Start);
            case MappingEnd or SequenceEnd:
                var frame = _stack.Pop();
                return Add(frame.Node, frame.Anchor, frame.Node.Location);
            default:
                return true;
        }
    }

    private bool Push(YamlNode node, AnchorName anchor, Mark mark)
    {
        if (_stack.Count >= YamlLimits.MaxDepth)
        {
            return Fail(mark, $"nesting is deeper than {YamlLimits.MaxDepth} levels");
        }

        _stack.Push(new Frame(node, anchor));
        return true;
    }

    private bool AddAlias(AnchorAlias alias)
    {
        if (!_anchors.TryGetValue(alias.Value.Value, out var node))
        {
            return Fail(alias.Start, $"alias *{alias.Value.Value} refers to no anchor defined before it");
        }

        _aliasNodes += node.Size;
        if (_aliasNodes > YamlLimits.MaxAliasNodes)
        {
            return Fail(alias.Start, $"aliases expand to more than {YamlLimits.MaxAliasNodes} nodes (is this a \"billion laughs\" document?)");
        }

        return Add(node, AnchorName.Empty, Locate(alias.Start));
    }

    private bool Add(YamlNode node, AnchorName anchor, SourceLocation where)
    {
        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = node;
        }

        if (_stack.Count == 0)
        {
            Root = node;
            return true;
        }

        var frame = _stack.Peek();
        if (frame.Node is YamlSequence sequence)
        {
            sequence.Add(node);
            return true;
        }

        var mapping = (YamlMapping)frame.Node;
        if (frame.PendingKey is null)
        {
            if (node is not YamlScalar key)
            {
                return Fail(where, "mapping keys must be scalars");
            }

            if (mapping.FindKey(key.Value) is { } first)
            {
                return Fail(where, $"duplicate key '{key.Value}' (first defined at line {first.Location.Line})");
            }

            frame.PendingKey = key;
            return true;
        }

        mapping.Add(frame.PendingKey, node);
        frame.PendingKey = null;
        return true;
    }

    private YamlScalar MakeScalar(Scalar scalar)
    {
        var location = Locate(scalar.Start);
        var content = scalar.Style switch
        {
            ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted => location with { Column = location.Column + 1 },
            ScalarStyle.Literal or ScalarStyle.Folded => BlockContent(scalar.Start, location),
            _ => location,
        };
        var tag = scalar.Tag.IsEmpty || scalar.Tag.IsNonSpecific ? null : scalar.Tag.Value;
        var type = tag == "tag:yaml.org,2002:str" || scalar.Style != ScalarStyle.Plain
            ? YamlScalarType.String
            : YamlScalar.Resolve(scalar.Value);
        return new YamlScalar(location, content, scalar.Value, type);
    }

    private SourceLocation BlockContent(Mark start, SourceLocation fallback)
    {
        var i = (int)Math.Min(start.Index, _text.Length);
        var line = fallback.Line;
        while (i < _text.Length && _text[i] != '\n')
        {
            i++;
        }

        while (i < _text.Length && _text[i] is '\n' or '\r')
        {
            if (_text[i++] == '\r')
            {
                continue;
            }

            line++;
            var column = 1;
            while (i < _text.Length && _text[i] == ' ')
            {
                i++;
                column++;
            }

            if (i < _text.Length && _text[i] is not '\n' and not '\r')
            {
                return new SourceLocation(_path, line, column);
            }
        }

        return fallback;
    }

    private bool Fail(Mark mark, string message) => Fail(Locate(mark), message);

    private bool Fail(SourceLocation where, string message)
    {
        Error = new Diagnostic(where, message);
        return false;
    }

    private SourceLocation Locate(Mark mark) => YamlDocumentReader.Locate(_path, mark);

    private sealed class Frame(YamlNode node, AnchorName anchor)
    {
        public YamlNode Node { get; } = node;

        public AnchorName Anchor { get; } = anchor;

        public YamlScalar? PendingKey { get; set; }
    }
}
