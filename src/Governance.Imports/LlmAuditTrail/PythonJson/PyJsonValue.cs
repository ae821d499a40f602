using System.Numerics;

namespace Governance.Imports.LlmAuditTrail.PythonJson;

/// <summary>
/// A JSON value as Python's <c>json.loads</c> sees it: integers stay arbitrary-precision integers,
/// floats are doubles (including NaN and ±Infinity), objects are unordered maps.
/// </summary>
public sealed class PyJsonValue
{
    private static readonly IReadOnlyList<PyJsonValue> NoItems = [];
    private static readonly IReadOnlyDictionary<string, PyJsonValue> NoMembers =
        new Dictionary<string, PyJsonValue>(StringComparer.Ordinal);

    private PyJsonValue(PyJsonKind kind)
    {
        Kind = kind;
        Items = NoItems;
        Members = NoMembers;
    }

    /// <summary>The JSON <c>null</c> value.</summary>
    public static PyJsonValue Null { get; } = new(PyJsonKind.Null);

    /// <summary>The JSON <c>true</c> value.</summary>
    public static PyJsonValue True { get; } = new(PyJsonKind.Boolean) { Boolean = true };

    /// <summary>The JSON <c>false</c> value.</summary>
    public static PyJsonValue False { get; } = new(PyJsonKind.Boolean);

    /// <summary>What this value is.</summary>
    public PyJsonKind Kind { get; }

    /// <summary>The value when <see cref="Kind"/> is <see cref="PyJsonKind.Boolean"/>.</summary>
    public bool Boolean { get; private init; }

    /// <summary>The value when <see cref="Kind"/> is <see cref="PyJsonKind.Integer"/>.</summary>
    public BigInteger Integer { get; private init; }

    /// <summary>The value when <see cref="Kind"/> is <see cref="PyJsonKind.Float"/>.</summary>
    public double Float { get; private init; }

    /// <summary>The value when <see cref="Kind"/> is <see cref="PyJsonKind.String"/>, else <c>null</c>.</summary>
    public string? String { get; private init; }

    /// <summary>The elements when <see cref="Kind"/> is <see cref="PyJsonKind.Array"/>, else empty.</summary>
    public IReadOnlyList<PyJsonValue> Items { get; private init; }

    /// <summary>The members when <see cref="Kind"/> is <see cref="PyJsonKind.Object"/>, else empty.</summary>
    public IReadOnlyDictionary<string, PyJsonValue> Members { get; private init; }

    /// <summary>Creates a boolean.</summary>
    public static PyJsonValue FromBoolean(bool value) => value ? True : False;

    /// <summary>Creates a Python <c>int</c>.</summary>
    public static PyJsonValue FromInteger(BigInteger value) => new(PyJsonKind.Integer) { Integer = value };

    /// <summary>Creates a Python <c>float</c>.</summary>
    public static PyJsonValue FromFloat(double value) => new(PyJsonKind.Float) { Float = value };

    /// <summary>Creates a string.</summary>
    public static PyJsonValue FromString(string value) =>
        new(PyJsonKind.String) { String = value ?? throw new ArgumentNullException(nameof(value)) };

    /// <summary>Creates an array.</summary>
    public static PyJsonValue FromArray(IReadOnlyList<PyJsonValue> items) =>
        new(PyJsonKind.Array) { Items = items ?? throw new ArgumentNullException(nameof(items)) };

    /// <summary>Creates an object; key order is irrelevant (serialisation sorts keys).</summary>
    public static PyJsonValue FromObject(IReadOnlyDictionary<string, PyJsonValue> members) =>
        new(PyJsonKind.Object) { Members = members ?? throw new ArgumentNullException(nameof(members)) };

    /// <summary>1-based line where the value starts in the parsed text (0 when built in code).</summary>
    public int Line { get; private init; }

    /// <summary>1-based column where the value starts in the parsed text (0 when built in code).</summary>
    public int Column { get; private init; }

    /// <summary>The member named <paramref name="name"/> of an object, or <c>null</c> when absent.</summary>
    public PyJsonValue? this[string name] => Members.TryGetValue(name, out var value) ? value : null;

    /// <summary>A copy of this value that knows where it starts in the parsed text.</summary>
    internal PyJsonValue At(int line, int column) => new(Kind)
    {
        Boolean = Boolean,
        Integer = Integer,
        Float = Float,
        String = String,
        Items = Items,
        Members = Members,
        Line = line,
        Column = column,
    };

    /// <summary>The canonical Python <c>json.dumps</c> text of this value (see <see cref="PyJson"/>).</summary>
    public override string ToString() => PyJson.Serialize(this);
}
