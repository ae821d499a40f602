using System.Text.Json.Nodes;
using Governance.Audit.Report;
using Governance.Ledger.Signing;
using Governance.Ledger.Storage;

namespace Governance.Audit.Export;

/// <summary>
/// A recorded decision as an in-toto Statement with the Simple Verification Result predicate
/// (<c>https://in-toto.io/attestation/svr/v0.1</c>): the passing rules are its properties; the decision, every rule
/// outcome and the ledger position ride in a <c>governance</c> extension field (docs/auditor.md says why SVR).
/// </summary>
public static class DecisionAttestation
{
    /// <summary>The SVR predicate type.</summary>
    public const string PredicateType = "https://in-toto.io/attestation/svr/v0.1";

    /// <summary>The verifier id written into every statement.</summary>
    public const string VerifierId = "https://governance.dev/govern/check/v1";

    /// <summary>The statement for a <c>decision.recorded</c> entry.</summary>
    public static InTotoStatement Statement(StoredEntry stored, string origin)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var entry = stored.Entry;
        var p = entry.Payload;
        var subjects = new List<InTotoSubject>();
        if (EntryFacts.Digest(entry) is { } digest && digest.StartsWith("sha256:", StringComparison.Ordinal))
        {
            subjects.Add(new InTotoSubject(EntryFacts.Model(entry) ?? "model", digest[7..]));
        }

        subjects.Add(new InTotoSubject($"ledger:{entry.Seq}", entry.Digest[7..]));
        var rules = p["rules"] as JsonArray ?? [];
        var properties = new JsonArray();
        if (EntryFacts.Str(p["decision"]) == "allow")
        {
            properties.Add("GOVERN_DECISION_ALLOW");
        }

        foreach (var rule in rules.Where(r => EntryFacts.Str(r?["outcome"]) == "pass"))
        {
            properties.Add($"GOVERN_RULE_PASSED:{EntryFacts.Str(rule?["policy"])}/{EntryFacts.Str(rule?["id"])}");
        }

        var policies = new JsonArray([.. (p["policies"] as JsonArray ?? []).Select(x => (JsonNode)new JsonObject
        {
            ["name"] = EntryFacts.Str(x?["name"]),
            ["digest"] = new JsonObject { ["sha256"] = EntryFacts.Str(x?["digest"])?.Replace("sha256:", "", StringComparison.Ordinal) },
        })]);
        var predicate = new JsonObject
        {
            ["verifier"] = new JsonObject { ["id"] = VerifierId, ["policies"] = policies },
            ["timeCreated"] = entry.TimeText,
            ["properties"] = properties,
            ["governance"] = new JsonObject
            {
                ["decision"] = EntryFacts.Str(p["decision"]),
                ["environment"] = EntryFacts.Str(p["environment"]),
                ["rules"] = rules.DeepClone(),
                ["evidence"] = (p["evidence"] ?? new JsonArray()).DeepClone(),
                ["ledger"] = new JsonObject { ["origin"] = origin, ["seq"] = entry.Seq, ["entry"] = entry.Digest, ["commit"] = stored.CommitId },
            },
        };
        return new InTotoStatement(subjects, PredicateType, predicate);
    }

    /// <summary>The DSSE envelope of the statement, signed by <paramref name="recorder"/>.</summary>
    public static byte[] Envelope(StoredEntry stored, string origin, ISigner recorder) =>
        Dsse.Sign(Dsse.InTotoPayloadType, Statement(stored, origin).ToJson(), recorder).ToJson();
}
