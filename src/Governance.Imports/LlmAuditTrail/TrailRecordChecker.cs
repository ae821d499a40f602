using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Governance.Imports.LlmAuditTrail.PythonJson;

namespace Governance.Imports.LlmAuditTrail;

/// <summary>The result of checking one trail line: a verified record, or the failure.</summary>
internal sealed record TrailCheckOutcome(TrailRecord? Record, TrailFailed? Failure, string? FoundPrevHash = null);

/// <summary>The per-line checks of reference §2.6, in its order: parse, curr_hash, link, algorithm, digest, seq.</summary>
internal sealed class TrailRecordChecker(LlmAuditTrailVerifyOptions options)
{
    private const string Genesis = "GENESIS";

    public TrailCheckOutcome Check(TrailLine line, string previousHash, long? previousSeq, bool isFirst)
    {
        PyJsonValue json;
        try
        {
            json = PyJson.Parse(line.Text);
        }
        catch (PythonJsonException e)
        {
            return Fail(line, TrailFailureKind.MalformedJson, $"malformed JSON at {line.Number}:{e.Column}: {e.Reason}", e.Column);
        }

        if (json.Kind != PyJsonKind.Object)
        {
            return Fail(line, TrailFailureKind.MalformedRecord, "the line is JSON but not an object");
        }

        if (json["curr_hash"] is not { Kind: PyJsonKind.String, String: { } currHash })
        {
            return Fail(line, TrailFailureKind.MissingCurrHash, "the record has no string curr_hash");
        }

        var foundPrev = json["prev_hash"]?.String;
        if (!string.Equals(foundPrev, previousHash, StringComparison.Ordinal))
        {
            var expected = isFirst ? "GENESIS (first record)" : previousHash;
            return new TrailCheckOutcome(null, new TrailFailed(line.Number, null, TrailFailureKind.BrokenLink,
                $"prev_hash {foundPrev ?? "(missing)"} does not match the previous record's curr_hash {expected}"), foundPrev);
        }

        if (CheckAlgorithm(line, json["hash_alg"]) is { } algorithmFailure)
        {
            return algorithmFailure;
        }

        var body = json.Members.Where(m => m.Key != "curr_hash").ToDictionary(StringComparer.Ordinal);
        var payload = Encoding.UTF8.GetBytes(previousHash + PyJson.Serialize(PyJsonValue.FromObject(body)));
        var digest = Convert.ToHexStringLower(options.Algorithm == LlmAuditHashAlgorithm.HmacSha256
            ? HMACSHA256.HashData(options.HmacKey.Span, payload)
            : SHA256.HashData(payload));
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(digest), Encoding.UTF8.GetBytes(currHash)))
        {
            return options.Algorithm == LlmAuditHashAlgorithm.HmacSha256
                ? Fail(line, TrailFailureKind.HmacMismatch, $"HMAC does not match (expected {digest}, found {currHash}): the key is wrong, or the record was modified after it was written")
                : Fail(line, TrailFailureKind.HashMismatch, $"hash does not match (expected {digest}, found {currHash}): the record was modified after it was written");
        }

        long? seq = null;
        switch (json["seq"])
        {
            case null or { Kind: PyJsonKind.Null }:
                break;
            case { Kind: PyJsonKind.Integer } s when s.Integer >= 0 && s.Integer <= long.MaxValue:
                seq = (long)s.Integer;
                var expectedSeq = previousSeq is { } p ? p + 1 : 0;
                if (seq != expectedSeq)
                {
                    return Fail(line, TrailFailureKind.SequenceGap, $"seq {seq} does not follow {Describe(previousSeq)}: expected seq {expectedSeq}");
                }

                break;
            default:
                return Fail(line, TrailFailureKind.MalformedRecord, $"seq {json["seq"]} is not a non-negative integer");
        }

        return new TrailCheckOutcome(new TrailRecord(line.Number, json, seq, currHash), null);
    }

    private TrailCheckOutcome? CheckAlgorithm(TrailLine line, PyJsonValue? hashAlg)
    {
        var claimed = hashAlg is null ? "sha256" : hashAlg.String;
        if (claimed is not ("sha256" or "hmac-sha256"))
        {
            return Fail(line, TrailFailureKind.UnknownHashAlgorithm, $"hash_alg {hashAlg} is not sha256 or hmac-sha256");
        }

        if (claimed == options.AlgorithmName)
        {
            return null;
        }

        var described = hashAlg is null ? "has no hash_alg (a plain SHA-256 paper-era record)" : $"says hash_alg {claimed}";
        return options.Algorithm == LlmAuditHashAlgorithm.HmacSha256
            ? Fail(line, TrailFailureKind.AlgorithmDowngrade, $"the record {described} but hmac-sha256 is required: downgraded, anyone could have rewritten it")
            : Fail(line, TrailFailureKind.AlgorithmMismatch, $"the record {described} but sha256 was expected: verify it with its HMAC key");
    }

    private static string Describe(long? seq) =>
        seq?.ToString(CultureInfo.InvariantCulture) ?? "a record without seq (numbering starts at 0)";

    private static TrailCheckOutcome Fail(TrailLine line, TrailFailureKind kind, string reason, int? column = null) =>
        new(null, new TrailFailed(line.Number, column, kind, reason));
}
