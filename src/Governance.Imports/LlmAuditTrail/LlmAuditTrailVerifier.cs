namespace Governance.Imports.LlmAuditTrail;

/// <summary>
/// Verifies an llm-audit-trail JSONL file as the reference <c>verify_log</c> does (reference §2.6): line by
/// line, blank lines skipped but counted, stopping at the first problem. Stricter than the reference:
/// the algorithm and key come from <see cref="LlmAuditTrailVerifyOptions"/>, never from the records
/// (so a downgraded record fails); a present <c>seq</c> must be an integer that follows the previous
/// one, starting at 0 as the writer numbers; duplicate keys are rejected.
/// Without an anchor, deleting the newest records is undetectable (the reference's documented weakness).
/// </summary>
public sealed class LlmAuditTrailVerifier
{
    private const string Genesis = "GENESIS";
    private readonly LlmAuditTrailVerifyOptions _options;

    /// <summary>Creates a verifier for the caller's requirements.</summary>
    public LlmAuditTrailVerifier(LlmAuditTrailVerifyOptions options) =>
        _options = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>Verifies the trail file at <paramref name="path"/>.</summary>
    /// <exception cref="IOException">The file cannot be read (an infrastructure failure, not tampering).</exception>
    public TrailVerificationResult VerifyFile(string path, Action<TrailRecord>? onRecord = null)
    {
        using var stream = File.OpenRead(path);
        return Verify(stream, onRecord);
    }

    /// <summary>
    /// Verifies a UTF-8 trail (no BOM, as the reference writes it) read from <paramref name="stream"/>, one line
    /// at a time. <paramref name="onRecord"/> sees each record once its line passed every check; discard
    /// what it collected unless the result is <see cref="TrailIntact"/>.
    /// </summary>
    public TrailVerificationResult Verify(Stream stream, Action<TrailRecord>? onRecord = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var lines = new TrailLineReader(stream);
        var checker = new TrailRecordChecker(_options);
        var anchor = _options.ExpectedHead;
        var anchorReached = false;
        var previousHash = Genesis;
        long? previousSeq = null;
        long records = 0;
        TrailHead? head = null;

        while (lines.Next() is { } line)
        {
            if (line.DecodingError is { } decodingError)
            {
                return new TrailFailed(line.Number, null, TrailFailureKind.MalformedJson, decodingError);
            }

            var outcome = checker.Check(line, previousHash, previousSeq, records == 0);
            if (outcome.Failure is { } failure)
            {
                return failure.Kind == TrailFailureKind.BrokenLink ? BrokenLinkDiagnosis.Refine(failure, outcome.FoundPrevHash, lines) : failure;
            }

            var record = outcome.Record!;
            if (anchor is not null && !anchorReached)
            {
                if (anchor.Seq is { } anchoredSeq ? record.Seq == anchoredSeq : record.CurrHash == anchor.Hash)
                {
                    anchorReached = true;
                    if (record.CurrHash != anchor.Hash)
                    {
                        return new TrailFailed(line.Number, null, TrailFailureKind.AnchorMismatch,
                            $"the record at anchored seq {anchor.Seq} has curr_hash {record.CurrHash} but the anchor says {anchor.Hash}: the anchored history was rewritten");
                    }
                }
            }

            records++;
            previousHash = record.CurrHash;
            previousSeq = record.Seq;
            head = new TrailHead(record.Seq, record.CurrHash, record.Json["timestamp"]?.String);
            onRecord?.Invoke(record);
        }

        if (anchor is not null && !anchorReached)
        {
            var end = head is null ? "the trail is empty" : $"the trail ends at seq {Describe(head.Seq)} (curr_hash {head.CurrHash})";
            return new TrailFailed(Math.Max(lines.LastNumber, 1), null, TrailFailureKind.Truncated,
                $"anchored record seq {Describe(anchor.Seq)} (hash {anchor.Hash}) is missing but {end}: the tail was truncated or rewritten");
        }

        return new TrailIntact(records, head);
    }

    private static string Describe(long? seq) => seq?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)";
}
