namespace Governance.Imports.LlmAuditTrail.PythonJson;

/// <summary>The kind of a <see cref="PyJsonValue"/>, keeping Python's int/float distinction.</summary>
public enum PyJsonKind
{
    /// <summary>JSON <c>null</c> (Python <c>None</c>).</summary>
    Null,

    /// <summary>JSON <c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A number written without fraction or exponent: Python <c>int</c>, arbitrary precision.</summary>
    Integer,

    /// <summary>A number with a fraction or exponent, or <c>NaN</c>/<c>Infinity</c>: Python <c>float</c>.</summary>
    Float,

    /// <summary>A string (may hold lone surrogates, as Python's <c>str</c> can).</summary>
    String,

    /// <summary>An array (Python <c>list</c>).</summary>
    Array,

    /// <summary>An object (Python <c>dict</c>).</summary>
    Object,
}
