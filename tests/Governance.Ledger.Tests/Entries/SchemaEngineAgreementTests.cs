using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Ledger.Entries;
using NJsonSchema;

namespace Governance.Ledger.Tests.Entries;

/// <summary>
/// The ledger's own schema engine (<see cref="JsonSchemaSubset"/>) against NJsonSchema (what <c>policy lint</c> uses),
/// on every embedded entry schema, over valid instances derived from each schema and every single-edit mutation of
/// them: both engines must give the same verdict on every instance.
/// </summary>
public sealed class SchemaEngineAgreementTests
{
    public static TheoryData<string> EmbeddedSchemas() => [.. EntryTypes.All.Append("entry/v1")];

    [Theory]
    [MemberData(nameof(EmbeddedSchemas))]
    public async Task Validate_EveryEmbeddedSchemaOnDerivedInstances_AgreesWithNJsonSchema(string type)
    {
        var schema = type == "entry/v1" ? EntrySchemas.EntrySchema : EntrySchemas.PayloadSchema(type)!.Value;
        var reference = await JsonSchema.FromJsonAsync(schema.GetRawText());
        var valid = new[] { SchemaSamples.Valid(schema, full: false), SchemaSamples.Valid(schema, full: true) };
        var instances = valid.Concat(valid.SelectMany(SchemaSamples.Mutations)).Select(i => i?.ToJsonString() ?? "null").Distinct(StringComparer.Ordinal).ToList();

        var verdicts = instances.Select(json =>
        {
            using var doc = JsonDocument.Parse(json);
            var ours = JsonSchemaSubset.Validate(schema, doc.RootElement);
            var theirs = reference.Validate(json);
            return (json, Ours: ours.Count == 0, Theirs: theirs.Count == 0, Detail: string.Join("; ", ours) + " | " + string.Join("; ", theirs.Select(e => $"{e.Path}: {e.Kind}")));
        }).ToList();

        Assert.All(valid, v => Assert.True(verdicts.Single(x => x.json == (v?.ToJsonString() ?? "null")).Theirs, "the derived instance should be valid"));
        Assert.Contains(verdicts, v => !v.Theirs);
        var disagreements = verdicts.Where(v => v.Ours != v.Theirs).Select(v => $"{v.json}\n  ledger {(v.Ours ? "valid" : "invalid")}, NJsonSchema {(v.Theirs ? "valid" : "invalid")}: {v.Detail}").ToList();
        Assert.True(disagreements.Count == 0, $"{type}: {disagreements.Count} of {verdicts.Count} instances disagree:\n" + string.Join("\n", disagreements.Take(10)));
    }
}
