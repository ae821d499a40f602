using System.Text.Json;
using Governance.Ledger.Entries;

namespace Governance.Ledger.Tests.Entries;

public sealed class JsonSchemaSubsetTests
{
    private const string Schema = """
        {"type":"object","required":["id","tags"],"additionalProperties":false,
         "properties":{"id":{"type":"string","pattern":"^x-[0-9]+$","minLength":3},
                       "n":{"type":"integer","minimum":1},
                       "kind":{"enum":["a","b"]},
                       "tags":{"type":"array","minItems":1,"items":{"type":"string"}}}}
        """;

    private static IReadOnlyList<string> Validate(string json)
    {
        using var schema = JsonDocument.Parse(Schema);
        using var doc = JsonDocument.Parse(json);
        return JsonSchemaSubset.Validate(schema.RootElement, doc.RootElement);
    }

    [Fact]
    public void Validate_ValidInstance_NoErrors() =>
        Assert.Empty(Validate("""{"id":"x-12","n":3,"kind":"a","tags":["t"]}"""));

    [Theory]
    [InlineData("""{"tags":["t"]}""", "missing required 'id'")]
    [InlineData("""{"id":"y-1","tags":["t"]}""", "does not match")]
    [InlineData("""{"id":"x-12\n","tags":["t"]}""", "does not match")]
    [InlineData("""{"id":"x-1","n":1.5,"tags":["t"]}""", "$.n: expected")]
    [InlineData("""{"id":"x-1","n":0,"tags":["t"]}""", "below minimum")]
    [InlineData("""{"id":"x-1","kind":"c","tags":["t"]}""", "must be one of")]
    [InlineData("""{"id":"x-1","tags":[]}""", "at least 1")]
    [InlineData("""{"id":"x-1","tags":[1]}""", "$.tags[0]: expected")]
    [InlineData("""{"id":"x-1","tags":["t"],"extra":true}""", "not allowed")]
    [InlineData("""[]""", "$: expected")]
    public void Validate_InvalidInstance_ReportsPathAndReason(string json, string expected) =>
        Assert.Contains(Validate(json), e => e.Contains(expected, StringComparison.Ordinal));

    [Fact]
    public void EntrySchemas_EveryEntryType_HasAnEmbeddedPayloadSchema() =>
        Assert.All(EntryTypes.All, t => Assert.NotNull(EntrySchemas.PayloadSchema(t)));

    [Fact]
    public void EntrySchemas_DecisionRecordedWithUnknownOutcome_Rejected()
    {
        var entry = """
            {"actor":{"name":"ci"},"payload":{"decision":"allow","evidence":[1,2],"policies":[{"digest":"sha256:AAAA","name":"p"}],
             "rules":[{"id":"r","outcome":"maybe","policy":"p"}]},"seq":1,"subject":{},"time":"2026-01-01T00:00:00.000Z","type":"decision.recorded/v1","v":1}
            """;
        using var doc = JsonDocument.Parse(entry);
        var errors = EntrySchemas.Validate(doc.RootElement);
        Assert.Contains(errors, e => e.StartsWith("$.payload.policies[0].digest", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("$.payload.rules[0].outcome", StringComparison.Ordinal));
    }

    [Fact]
    public void EntrySchemas_UnknownType_Rejected()
    {
        using var doc = JsonDocument.Parse("""{"actor":{"name":"ci"},"payload":{},"seq":1,"subject":{},"time":"2026-01-01T00:00:00Z","type":"made.up/v1","v":1}""");
        Assert.Contains(EntrySchemas.Validate(doc.RootElement), e => e.StartsWith("$.type", StringComparison.Ordinal));
    }

    [Fact]
    public void KnownPatterns_EveryPatternInTheEmbeddedSchemas_IsPrecompiled()
    {
        var schemas = EntryTypes.All.Select(t => EntrySchemas.PayloadSchema(t)!.Value).Append(EntrySchemas.EntrySchema);
        var patterns = schemas.SelectMany(Patterns).Distinct(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(patterns);
        Assert.All(patterns, p => Assert.NotNull(KnownPatterns.Find(p)));
        Assert.Null(KnownPatterns.Find("^x-[0-9]+$"));
    }

    [Theory]
    [InlineData("""{"a":"sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"}""", true)]
    [InlineData("""{"a":"sha256:0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef"}""", false)]
    [InlineData("""{"a":"sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde"}""", false)]
    [InlineData("""{"a":"sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n"}""", false)]
    [InlineData("""{"a":"\u0073ha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"}""", true)]
    [InlineData("""{"a":"sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\u00e9"}""", false)]
    public void Validate_PrecompiledPatternOnEscapedOrPlainStrings_MatchesDecodedText(string json, bool valid)
    {
        using var schema = JsonDocument.Parse("""{"type":"object","properties":{"a":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$","minLength":71}}}""");
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(valid, JsonSchemaSubset.Validate(schema.RootElement, doc.RootElement).Count == 0);
    }

    private static IEnumerable<string> Patterns(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p =>
            p.Name == "pattern" && p.Value.ValueKind == JsonValueKind.String ? [p.Value.GetString()!] : Patterns(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Patterns),
        _ => [],
    };
}
