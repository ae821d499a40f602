namespace Governance.Ledger.Entries;

/// <summary>What <see cref="SchemaFastCheck"/> asks of an object schema: member schemas and required names by UTF-8 name.</summary>
internal static class SchemaMembers
{
    /// <summary>The schema of member <paramref name="name"/> (raw, unescaped UTF-8), or null when it has none.</summary>
    public static SchemaNode? Property(SchemaNode schema, ReadOnlySpan<byte> name)
    {
        foreach (var (utf8, member) in schema.PropertyList)
        {
            if (name.SequenceEqual(utf8))
            {
                return member;
            }
        }

        return null;
    }

    /// <summary>The bit of <paramref name="name"/> among the schema's required names (0 when not required).</summary>
    public static ulong RequiredBit(SchemaNode schema, ReadOnlySpan<byte> name)
    {
        var required = schema.Required;
        for (var i = 0; i < required.Length && i < 64; i++)
        {
            if (name.SequenceEqual(required[i].Utf8))
            {
                return 1UL << i;
            }
        }

        return 0;
    }

    /// <summary>The bits of all required names; a schema with more than 64 is never vouched for.</summary>
    public static ulong AllRequired(SchemaNode schema) =>
        schema.Required.Length switch
        {
            0 => 0,
            64 => ulong.MaxValue,
            > 64 => 0,
            var n => (1UL << n) - 1,
        };

    /// <summary>True when every object is valid against <paramref name="schema"/> (it says no more than <c>type: object</c>).</summary>
    public static bool AcceptsAnyObject(SchemaNode schema) =>
        !schema.IsObject
        || (!schema.RejectsAll && (schema.TypeFlags == 0 || (schema.TypeFlags & SchemaTypes.Object) != 0) && schema.Enum is null
            && schema.Required.Length == 0 && schema.PropertyList.Length == 0 && !schema.ClosedToAdditional && schema.Additional is null);
}
