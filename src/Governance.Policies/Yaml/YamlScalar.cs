using System.Globalization;
using System.Text.RegularExpressions;
using Governance.Core.Policies;

namespace Governance.Policies.Yaml;

/// <summary>A scalar: its text, its resolved type and where its content starts.</summary>
internal sealed partial class YamlScalar : YamlNode
{
    /// <summary>Creates a scalar.</summary>
    /// <param name="location">Where the node starts (the opening quote for quoted scalars).</param>
    /// <param name="contentLocation">Where the text itself starts (inside quotes; first content line of block scalars).</param>
    /// <param name="value">The scalar's text.</param>
    /// <param name="type">The resolved type.</param>
    public YamlScalar(SourceLocation location, SourceLocation contentLocation, string value, YamlScalarType type)
        : base(location)
    {
        ContentLocation = contentLocation;
        Value = value;
        Type = type;
    }

    /// <summary>Where the text starts: inside the quotes of a quoted scalar, the first content line of a block scalar.</summary>
    public SourceLocation ContentLocation { get; }

    /// <summary>The text as written (after YAML unescaping).</summary>
    public string Value { get; }

    /// <summary>The resolved JSON type.</summary>
    public YamlScalarType Type { get; }

    /// <summary>True when the scalar is a string (quoted, block, or plain text that is no other type).</summary>
    public bool IsString => Type == YamlScalarType.String;

    /// <summary>The numeric value, when the scalar is a number.</summary>
    public double? Number => Type == YamlScalarType.Number ? ParseNumber(Value) : null;

    /// <summary>The boolean value, when the scalar is a boolean.</summary>
    public bool? Bool => Type == YamlScalarType.Bool ? Value is "true" or "True" or "TRUE" : null;

    /// <inheritdoc />
    public override string Describe() => Type switch
    {
        YamlScalarType.Null => "null",
        YamlScalarType.Bool => "a boolean",
        YamlScalarType.Number => "a number",
        _ => "a string",
    };

    /// <summary>Resolves a plain scalar's type under the YAML 1.2 core schema.</summary>
    public static YamlScalarType Resolve(string value) => value switch
    {
        "" or "~" or "null" or "Null" or "NULL" => YamlScalarType.Null,
        "true" or "True" or "TRUE" or "false" or "False" or "FALSE" => YamlScalarType.Bool,
        _ when NumberPattern().IsMatch(value) => YamlScalarType.Number,
        _ => YamlScalarType.String,
    };

    private static double ParseNumber(string text) => text switch
    {
        ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF" => double.PositiveInfinity,
        "-.inf" or "-.Inf" or "-.INF" => double.NegativeInfinity,
        ".nan" or ".NaN" or ".NAN" => double.NaN,
        _ when text.StartsWith("0x", StringComparison.Ordinal) => long.Parse(text.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        _ when text.StartsWith("0o", StringComparison.Ordinal) => Convert.ToInt64(text[2..], 8),
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    [GeneratedRegex(@"^([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
