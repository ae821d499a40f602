using Governance.Imports.LlmAuditTrail.PythonJson;

namespace Governance.Imports.LlmAuditTrail;

/// <summary>
/// Says more about a broken link by reading on (still one line at a time): if the record the broken one
/// claims to follow appears later, the trail was reordered; a <c>GENESIS</c> mid-trail is a second chain.
/// </summary>
internal static class BrokenLinkDiagnosis
{
    public static TrailFailed Refine(TrailFailed failure, string? foundPrevHash, TrailLineReader rest)
    {
        if (foundPrevHash == "GENESIS")
        {
            return failure with
            {
                Reason = failure.Reason + ": a new chain starts here (records were inserted, or the ones before it replaced)",
            };
        }

        if (foundPrevHash is not null)
        {
            while (rest.Next() is { DecodingError: null } line)
            {
                PyJsonValue json;
                try
                {
                    json = PyJson.Parse(line.Text);
                }
                catch (PythonJsonException)
                {
                    continue;
                }

                if (json["curr_hash"]?.String == foundPrevHash)
                {
                    return failure with
                    {
                        Kind = TrailFailureKind.Reordered,
                        Reason = failure.Reason + $": the record it follows is on line {line.Number}, later in the file: records were reordered",
                    };
                }
            }
        }

        return failure with
        {
            Reason = failure.Reason + ": a record was deleted, or one was inserted, here",
        };
    }
}
