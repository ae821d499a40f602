namespace Governance.Policies.Yaml;

/// <summary>The JSON type a scalar resolves to under the YAML 1.2 core schema.</summary>
internal enum YamlScalarType
{
    /// <summary><c>null</c>, <c>~</c> or an empty plain scalar.</summary>
    Null,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Bool,

    /// <summary>An integer or a floating-point number.</summary>
    Number,

    /// <summary>Anything else, and every quoted or block scalar.</summary>
    String,
}
