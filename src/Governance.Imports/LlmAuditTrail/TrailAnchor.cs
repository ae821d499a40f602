using Governance.Imports.LlmAuditTrail.PythonJson;

namespace Governance.Imports.LlmAuditTrail;

/// <summary>
/// An expected head of an llm-audit-trail (reference §2.7): the trail may have grown past it, but the
/// record at <see cref="Seq"/> must still exist with <see cref="Hash"/> as its <c>curr_hash</c>.
/// </summary>
/// <param name="Seq">The anchored <c>seq</c>; <c>null</c> (a paper-era head) means "any record with this hash".</param>
/// <param name="Hash">The anchored record's <c>curr_hash</c>.</param>
/// <param name="Timestamp">The anchored record's timestamp, informational.</param>
public sealed record TrailAnchor(long? Seq, string Hash, string? Timestamp = null)
{
    /// <summary>
    /// Reads an anchor file as <c>write_anchor</c> writes it (sorted-key JSON with <c>seq</c>, <c>hash</c>,
    /// <c>timestamp</c>, <c>path</c>, <c>anchored_at</c>); only <c>hash</c> is required.
    /// </summary>
    /// <exception cref="PythonJsonException">The text is not JSON, or lacks a string <c>hash</c> / integer <c>seq</c>.</exception>
    public static TrailAnchor Parse(string json)
    {
        var value = PyJson.Parse(json);
        if (value.Kind != PyJsonKind.Object)
        {
            throw new PythonJsonException("an anchor must be a JSON object", 1, 1);
        }

        if (value["hash"] is not { Kind: PyJsonKind.String, String: { } hash })
        {
            throw new PythonJsonException("an anchor needs a string \"hash\"", 1, 1);
        }

        long? seq = value["seq"] switch
        {
            null or { Kind: PyJsonKind.Null } => null,
            { Kind: PyJsonKind.Integer } s when s.Integer >= 0 && s.Integer <= long.MaxValue => (long)s.Integer,
            _ => throw new PythonJsonException("an anchor's \"seq\" must be a non-negative integer or null", 1, 1),
        };

        var timestamp = value["timestamp"] is { Kind: PyJsonKind.String } t ? t.String : null;
        return new TrailAnchor(seq, hash, timestamp);
    }
}
