using System.Text.Json.Nodes;

namespace Governance.Ledger.Entries;

/// <summary>What an entry is about: a model (name + digest), a dataset, a deployment and/or a commit.</summary>
public sealed record EntrySubject(string? Model = null, string? Digest = null, string? Dataset = null, string? Deployment = null, string? Commit = null)
{
    /// <summary>The subject object exactly as an entry stores it (unset members are left out).</summary>
    public JsonObject ToJson()
    {
        var subject = new JsonObject();
        foreach (var (name, value) in new[] { ("model", Model), ("digest", Digest), ("dataset", Dataset), ("deployment", Deployment), ("commit", Commit) })
        {
            if (value is not null)
            {
                subject[name] = value;
            }
        }

        return subject;
    }
}
