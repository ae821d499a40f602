using System.Text.Json;
using Governance.Ledger.Entries;
using NJsonSchema;

namespace Governance.Ledger.Tests.Entries;

/// <summary>
/// Where the ledger's engine and NJsonSchema part ways, the ledger follows JSON Schema 2020-12 (the embedded schemas'
/// <c>$schema</c>); these instances are kept out of <see cref="SchemaEngineAgreementTests"/> and pinned here, each
/// with NJsonSchema's verdict, so that the exclusion stays justified.
/// </summary>
public sealed class SchemaEngineDifferenceTests
{
    [Theory]
    [InlineData("1e3")]
    [InlineData("1.0")]
    [InlineData("2.000")]
    public async Task Validate_IntegralNumberWithFractionOrExponent_IsAnIntegerUnlikeNJsonSchema(string number)
    {
        // 2020-12 §6.1.1 (validation) and core §4.2.2: an integer is a number with a zero fractional part, however written.
        const string schema = """{"$schema":"https://json-schema.org/draft/2020-12/schema","type":"integer","minimum":1}""";
        Assert.True(Ledger(schema, number));
        Assert.False(await NJsonSchemaAccepts(schema, number));
    }

    [Fact]
    public async Task Validate_PatternEndingInDollarOnTextWithTrailingNewline_RejectedUnlikeNJsonSchema()
    {
        // ECMA-262 '$' is the end of input; .NET's '$' (NJsonSchema's regex) also matches before a final newline.
        const string schema = """{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"}""";
        var instance = JsonSerializer.Serialize("sha256:" + new string('a', 64) + "\n");
        Assert.False(Ledger(schema, instance));
        Assert.True(await NJsonSchemaAccepts(schema, instance));
    }

    private static bool Ledger(string schema, string instance)
    {
        using var s = JsonDocument.Parse(schema);
        using var i = JsonDocument.Parse(instance);
        return JsonSchemaSubset.Validate(s.RootElement, i.RootElement).Count == 0;
    }

    private static async Task<bool> NJsonSchemaAccepts(string schema, string instance) =>
        (await JsonSchema.FromJsonAsync(schema)).Validate(instance).Count == 0;
}
