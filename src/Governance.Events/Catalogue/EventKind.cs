using System.Text.Json.Serialization.Metadata;

namespace Governance.Events.Catalogue;

/// <summary>One row of <see cref="EventCatalogue"/>: a type name, its record and its payload schema.</summary>
/// <param name="Type">The namespaced, versioned type name, e.g. <c>dataset.registered/v1</c>.</param>
/// <param name="Record">The sealed record the payload reads into.</param>
/// <param name="Schema">The manifest name of the payload's embedded JSON Schema (in Governance.Ledger).</param>
/// <param name="Json">The source-generated serialization metadata of <paramref name="Record"/>.</param>
public sealed record EventKind(string Type, Type Record, string Schema, JsonTypeInfo Json)
{
    /// <summary>The manifest name of the embedded payload schema of <paramref name="type"/>.</summary>
    public static string SchemaFor(string type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return "Governance.Ledger.Schemas." + type.Replace('/', '.') + ".schema.json";
    }
}
