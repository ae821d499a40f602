namespace Governance.Ledger.Entries;

/// <summary>
/// An entry schema uses a keyword the ledger's schema engine does not implement, or gives a keyword a value of the
/// wrong shape. Raised when the schema is compiled, so no schema is ever applied with part of it silently ignored.
/// </summary>
public sealed class SchemaKeywordException : Exception
{
    /// <summary>Creates the exception for <paramref name="keyword"/> at <paramref name="location"/> of <paramref name="schemaName"/>.</summary>
    public SchemaKeywordException(string schemaName, string location, string keyword, string reason)
        : base($"schema '{schemaName}' at {location}: {(keyword.Length > 0 ? $"keyword '{keyword}' " : "")}{reason}")
    {
        SchemaName = schemaName;
        Location = location;
        Keyword = keyword;
    }

    /// <summary>Creates the exception (serialization and analyzers).</summary>
    public SchemaKeywordException()
    {
    }

    /// <summary>Creates the exception (analyzers).</summary>
    public SchemaKeywordException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception (analyzers).</summary>
    public SchemaKeywordException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>The schema's name (e.g. <c>approval.granted.v1</c>).</summary>
    public string SchemaName { get; } = "";

    /// <summary>A JSON Pointer fragment to the subschema holding the keyword (e.g. <c>#/properties/inputs/items</c>).</summary>
    public string Location { get; } = "";

    /// <summary>The offending keyword; empty when the subschema itself is malformed.</summary>
    public string Keyword { get; } = "";
}
