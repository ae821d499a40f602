using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Governance.Events.Catalogue;
using Governance.Ledger.Entries;

namespace Governance.Events.Tests.Catalogue;

public sealed class EventCatalogueTests
{
    private const string SchemaPrefix = "Governance.Ledger.Schemas.";

    [Fact]
    public void All_EveryEntryType_HasExactlyOneKindAndNoOther()
    {
        var catalogued = EventCatalogue.All.Select(k => k.Type).ToList();

        Assert.Equal(catalogued.Count, catalogued.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(EntryTypes.All.Order(StringComparer.Ordinal), catalogued.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void All_Schemas_AreTheLedgersEmbeddedPayloadSchemasBothWays()
    {
        var embedded = typeof(EntrySchemas).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(SchemaPrefix, StringComparison.Ordinal) && n != SchemaPrefix + "entry.v1.schema.json");

        Assert.Equal(embedded.Order(StringComparer.Ordinal), EventCatalogue.All.Select(k => k.Schema).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void All_RecordTypes_AreDistinctSealedLedgerEventsWhoseTypeNameIsTheirRow()
    {
        Assert.Equal(EventCatalogue.All.Count, EventCatalogue.All.Select(k => k.Record).Distinct().Count());
        foreach (var kind in EventCatalogue.All)
        {
            Assert.True(kind.Record.IsSealed && kind.Record.IsAssignableTo(typeof(LedgerEvent)), kind.Type);
            Assert.Equal(kind.Type, kind.Record.GetField("TypeName")!.GetRawConstantValue());
            Assert.Equal(kind.Record, kind.Json.Type);
        }
    }

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void Record_SchemaProperties_AreExactlyTheRecordsMembers(string type)
    {
        var kind = EventCatalogue.Find(type)!;
        var schema = EntrySchemas.PayloadSchema(type)!.Value;
        var declared = schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var modelled = kind.Json.Properties.Where(p => !p.IsExtensionData && !Ignored(p)).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var open = schema.TryGetProperty("additionalProperties", out var extra) && extra.ValueKind == JsonValueKind.True;

        Assert.Equal([], declared.Except(modelled).Order(StringComparer.Ordinal));
        if (!open)
        {
            Assert.Equal([], modelled.Except(declared).Order(StringComparer.Ordinal));
        }

        var required = schema.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(e => e.GetString()!).ToHashSet() : [];
        Assert.Equal(required.Order(StringComparer.Ordinal), kind.Json.Properties.Where(p => p.IsRequired).Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Find_UnknownType_IsNull()
    {
        Assert.Null(EventCatalogue.Find("dataset.registered/v2"));
        Assert.Equal(typeof(DatasetRegistered), EventCatalogue.Find(DatasetRegistered.TypeName)!.Record);
    }

    private static bool Ignored(JsonPropertyInfo p) =>
        p.AttributeProvider is MemberInfo member && member.GetCustomAttribute<JsonIgnoreAttribute>() is { Condition: JsonIgnoreCondition.Always };

    public static TheoryData<string> TypeNames() => [.. EventCatalogue.All.Select(k => k.Type)];
}
