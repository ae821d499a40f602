using System.Globalization;
using System.Text;
using Governance.Core.Policies;
using Governance.Policies.Yaml;
using Newtonsoft.Json;

namespace Governance.Policies.Schema;

/// <summary>
/// Writes a <see cref="YamlNode"/> tree as JSON with every key and value on its own line, and remembers which source
/// location each line stands for, so a JSON Schema error's line number maps back to the YAML node.
/// </summary>
internal sealed class JsonProjection
{
    private readonly StringBuilder _json = new();
    private readonly List<SourceLocation> _lines = [SourceLocation.None];

    private JsonProjection()
    {
    }

    /// <summary>The JSON text.</summary>
    public string Json => _json.ToString();

    /// <summary>Projects a document.</summary>
    public static JsonProjection Of(YamlNode root)
    {
        var projection = new JsonProjection();
        projection.Write(root);
        return projection;
    }

    /// <summary>The source location a 1-based JSON line stands for.</summary>
    public SourceLocation? Locate(int line) => line >= 1 && line < _lines.Count ? _lines[line] : null;

    private void Write(YamlNode node)
    {
        switch (node)
        {
            case YamlMapping mapping:
                Line("{", mapping.Location);
                for (var i = 0; i < mapping.Entries.Count; i++)
                {
                    var (key, value) = mapping.Entries[i];
                    Line(JsonConvert.ToString(key.Value), key.Location);
                    Line(":", key.Location);
                    Write(value);
                    if (i < mapping.Entries.Count - 1)
                    {
                        Line(",", value.Location);
                    }
                }

                Line("}", mapping.Location);
                break;
            case YamlSequence sequence:
                Line("[", sequence.Location);
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    Write(sequence.Items[i]);
                    if (i < sequence.Items.Count - 1)
                    {
                        Line(",", sequence.Items[i].Location);
                    }
                }

                Line("]", sequence.Location);
                break;
            case YamlScalar scalar:
                Line(Scalar(scalar), scalar.Location);
                break;
        }
    }

    private static string Scalar(YamlScalar scalar) => scalar.Type switch
    {
        YamlScalarType.Null => "null",
        YamlScalarType.Bool => scalar.Bool!.Value ? "true" : "false",
        YamlScalarType.Number when double.IsFinite(scalar.Number!.Value) => scalar.Number.Value.ToString("R", CultureInfo.InvariantCulture),
        _ => JsonConvert.ToString(scalar.Value),
    };

    private void Line(string text, SourceLocation location)
    {
        _json.Append(text).Append('\n');
        _lines.Add(location);
    }
}
