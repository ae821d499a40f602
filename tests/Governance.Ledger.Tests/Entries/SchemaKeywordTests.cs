using System.Text.Json;
using Governance.Ledger.Entries;

namespace Governance.Ledger.Tests.Entries;

/// <summary>The ledger's schema engine refuses, when a schema is compiled, any keyword it does not implement.</summary>
public sealed class SchemaKeywordTests
{
    [Theory]
    [InlineData("""{"type":"object","properties":{"a":{"oneOf":[{"type":"string"}]}}}""", "oneOf", "#/properties/a")]
    [InlineData("""{"type":"object","properties":{"a":{"type":"string","maxLength":3}}}""", "maxLength", "#/properties/a")]
    [InlineData("""{"type":"array","items":{"type":"string","format":"date-time"}}""", "format", "#/items")]
    [InlineData("""{"$ref":"#/$defs/x","$defs":{"x":{"type":"string"}}}""", "$ref", "#")]
    [InlineData("""{"type":"object","additionalProperties":{"const":1}}""", "const", "#/additionalProperties")]
    [InlineData("""{"type":"object","properties":{"a/b":{"exclusiveMinimum":0}}}""", "exclusiveMinimum", "#/properties/a~1b")]
    public void Compile_UnimplementedKeyword_ThrowsNamingSchemaKeywordAndLocation(string schema, string keyword, string location)
    {
        var error = Assert.Throws<SchemaKeywordException>(() => Validate(schema, "{}"));
        Assert.Equal(keyword, error.Keyword);
        Assert.Equal(location, error.Location);
        Assert.Equal("(inline schema)", error.SchemaName);
        Assert.Contains($"keyword '{keyword}' is not implemented", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"type":"strng"}""", "type")]
    [InlineData("""{"type":["string","string"]}""", "type")]
    [InlineData("""{"minLength":"3"}""", "minLength")]
    [InlineData("""{"minItems":-1}""", "minItems")]
    [InlineData("""{"items":[{"type":"string"}]}""", "items")]
    [InlineData("""{"required":["a","a"]}""", "required")]
    [InlineData("""{"enum":[]}""", "enum")]
    [InlineData("""{"pattern":"(unclosed"}""", "pattern")]
    [InlineData("""{"$schema":"http://json-schema.org/draft-07/schema#"}""", "$schema")]
    [InlineData("""{"properties":{"a":{"$id":"x"}}}""", "$id")]
    public void Compile_MisshapedKeywordOrOtherDialect_Throws(string schema, string keyword) =>
        Assert.Equal(keyword, Assert.Throws<SchemaKeywordException>(() => Validate(schema, "{}")).Keyword);

    [Fact]
    public void Compile_SubschemaThatIsNotASchema_Throws() =>
        Assert.Contains("must be an object or a boolean", Assert.Throws<SchemaKeywordException>(() => Validate("""{"properties":{"a":3}}""", "{}")).Message, StringComparison.Ordinal);

    [Fact]
    public void Compile_AnnotationsAndRootIdentifiers_Accepted() =>
        Assert.Empty(Validate("""{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"x","title":"t","$comment":"c","description":"d","type":"object"}""", "{}"));

    [Fact]
    public void Validate_FalseSubschema_RejectsAnyValue()
    {
        // Before keywords were checked, a boolean schema other than additionalProperties accepted everything.
        Assert.Contains(Validate("""{"properties":{"a":false}}""", """{"a":1}"""), e => e.StartsWith("$.a:", StringComparison.Ordinal));
        Assert.Empty(Validate("""{"properties":{"a":false}}""", """{"b":1}"""));
    }

    [Theory]
    [InlineData("\"\\ud83d\\ude00\\ud83d\\ude00\"", false)]
    [InlineData("\"\\ud83d\\ude00\\ud83d\\ude00x\"", true)]
    [InlineData("\"abc\"", true)]
    public void Validate_MinLength_CountsCodePointsNotUtf16Units(string json, bool valid) =>
        Assert.Equal(valid, Validate("""{"type":"string","minLength":3}""", json).Count == 0);

    [Fact]
    public void EntrySchemas_EveryEmbeddedSchema_CompilesWithoutUnknownKeywords()
    {
        foreach (var type in EntryTypes.All)
        {
            using var doc = JsonDocument.Parse("{}");
            Assert.NotNull(EntrySchemas.ValidatePayload(type, doc.RootElement));
        }
    }

    [Fact]
    public void LedgerAssembly_DoesNotReferenceNJsonSchema() =>
        Assert.DoesNotContain(typeof(EntrySchemas).Assembly.GetReferencedAssemblies(), a => a.Name!.StartsWith("NJsonSchema", StringComparison.Ordinal));

    private static IReadOnlyList<string> Validate(string schema, string instance)
    {
        using var s = JsonDocument.Parse(schema);
        using var i = JsonDocument.Parse(instance);
        return JsonSchemaSubset.Validate(s.RootElement, i.RootElement);
    }
}
