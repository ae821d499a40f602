using System.Text.Json;
using Governance.Events.Catalogue;
using Governance.Ledger.Entries;

namespace Governance.Events.Tests.Catalogue;

public sealed class RoundTripTests
{
    [Fact]
    public void Examples_EveryCataloguedType_HasAFullAndAMinimalExample()
    {
        Assert.Equal(EventCatalogue.All.Select(k => k.Type).Order(StringComparer.Ordinal), Examples.Types.Order(StringComparer.Ordinal));
        Assert.All(EventCatalogue.All, k => Assert.True(Examples.Of(k.Type).Count >= 2, k.Type));
    }

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void ReadThenWrite_EveryExampleOfEveryType_SameCanonicalBytes(string type)
    {
        foreach (var example in Examples.Of(type))
        {
            // The example is a payload the ledger accepts today, so it is one the project can write.
            Assert.Empty(EntrySchemas.ValidatePayload(type, JsonSerializer.SerializeToElement(example))!);

            var read = EventCatalogue.Read(type, example);

            Assert.IsNotType<UnknownEvent>(read);
            Assert.Equal(EventCatalogue.Find(type)!.Record, read.GetType());
            Assert.Equal(type, read.Type);
            Assert.Equal(Examples.Canonical(example), Examples.Canonical(EventCatalogue.ToJson(read)));
            Assert.Equal(Examples.Canonical(example), Examples.Canonical(JsonDocumentNode(EventCatalogue.ToUtf8(read))));
        }
    }

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void Read_FullExample_ModelsEverySchemaMemberSoNothingLandsInExtra(string type)
    {
        var read = EventCatalogue.Read(type, Examples.Of(type)[0]);

        // Only the deliberate vendor member of the open dataset.registered schema is left over.
        Assert.Equal(type == DatasetRegistered.TypeName ? ["vendorField"] : [], read.Extra?.Select(kv => kv.Key).ToArray() ?? []);
    }

    private static System.Text.Json.Nodes.JsonNode JsonDocumentNode(byte[] utf8) => System.Text.Json.Nodes.JsonNode.Parse(utf8)!;

    public static TheoryData<string> TypeNames() => [.. EventCatalogue.All.Select(k => k.Type)];
}
