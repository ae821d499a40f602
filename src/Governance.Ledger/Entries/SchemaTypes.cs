namespace Governance.Ledger.Entries;

/// <summary>A schema's <c>type</c> keyword as flags (one per JSON Schema type name).</summary>
[Flags]
internal enum SchemaTypes
{
    /// <summary><c>object</c></summary>
    Object = 1,

    /// <summary><c>array</c></summary>
    Array = 2,

    /// <summary><c>string</c></summary>
    String = 4,

    /// <summary><c>number</c></summary>
    Number = 8,

    /// <summary><c>integer</c>: a number with no fraction, at most 2^53 - 1 in magnitude.</summary>
    Integer = 16,

    /// <summary><c>boolean</c></summary>
    Boolean = 32,

    /// <summary><c>null</c></summary>
    Null = 64,
}
