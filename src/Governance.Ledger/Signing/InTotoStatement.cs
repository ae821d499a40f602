using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Ledger.Canonical;

namespace Governance.Ledger.Signing;

/// <summary>An in-toto Statement v1: subjects (name + sha256 digest), predicateType and predicate.</summary>
public sealed record InTotoStatement(IReadOnlyList<InTotoSubject> Subjects, string PredicateType, JsonObject? Predicate)
{
    /// <summary>The Statement v1 type URI.</summary>
    public const string StatementType = "https://in-toto.io/Statement/v1";

    /// <summary>Canonical JSON bytes of the statement.</summary>
    public byte[] ToJson()
    {
        var subjects = new JsonArray();
        foreach (var s in Subjects)
        {
            subjects.Add(new JsonObject { ["name"] = s.Name, ["digest"] = new JsonObject { ["sha256"] = s.Sha256 } });
        }

        var o = new JsonObject { ["_type"] = StatementType, ["subject"] = subjects, ["predicateType"] = PredicateType };
        if (Predicate is not null)
        {
            o["predicate"] = Predicate.DeepClone();
        }

        return JsonCanonicalizer.Canonicalize(o);
    }

    /// <summary>Parses a statement, ignoring unknown fields and digest algorithms other than sha256.</summary>
    public static InTotoStatement Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            var node = JsonNode.Parse(json.ToArray())?.AsObject() ?? throw new FormatException("Statement is not an object.");
            if ((string?)node["_type"] != StatementType)
            {
                throw new FormatException("Not an in-toto Statement v1.");
            }

            var subjects = new List<InTotoSubject>();
            foreach (var s in node["subject"]?.AsArray() ?? [])
            {
                var sha = (string?)s?["digest"]?["sha256"];
                if (sha is not null)
                {
                    subjects.Add(new InTotoSubject((string?)s!["name"] ?? "_", sha));
                }
            }

            var type = (string?)node["predicateType"] ?? throw new FormatException("predicateType is missing.");
            return new InTotoStatement(subjects, type, node["predicate"]?.AsObject());
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            throw new FormatException("Malformed in-toto statement: " + ex.Message, ex);
        }
    }
}
