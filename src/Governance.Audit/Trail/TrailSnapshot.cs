using Governance.Ledger.Checkpoints;
using Governance.Ledger.Storage;

namespace Governance.Audit.Trail;

/// <summary>Every entry of a ledger read once, in <c>seq</c> order, with the newest signed checkpoint.</summary>
public sealed class TrailSnapshot
{
    private TrailSnapshot(IReadOnlyList<StoredEntry> entries, string? headNote, string? headCommit)
    {
        Entries = entries;
        HeadCheckpointNote = headNote;
        HeadCommit = headCommit;
        Head = headNote is null ? null : Checkpoint.ParseBody(SignedNote.Parse(headNote).Text);
    }

    /// <summary>The entries, <c>seq</c> 1 first.</summary>
    public IReadOnlyList<StoredEntry> Entries { get; }

    /// <summary>The newest checkpoint note (signed by the recorder), or null for an empty ledger.</summary>
    public string? HeadCheckpointNote { get; }

    /// <summary>The newest checkpoint, parsed (not verified: see <see cref="TrailVerification"/>).</summary>
    public Checkpoint? Head { get; }

    /// <summary>The commit the ledger ref points at, or null when empty.</summary>
    public string? HeadCommit { get; }

    /// <summary>The entry with a given <c>seq</c>, or null.</summary>
    public StoredEntry? At(long seq) => seq >= 1 && seq <= Entries.Count ? Entries[(int)seq - 1] : null;

    /// <summary>Reads the ledger of <paramref name="repository"/>.</summary>
    /// <exception cref="InvalidDataException">The ledger cannot be read as a chain of entries.</exception>
    public static TrailSnapshot Read(string repository)
    {
        using var store = new LedgerStore(repository);
        var entries = new List<StoredEntry>();
        try
        {
            entries.AddRange(store.ReadAll());
        }
        catch (FormatException ex)
        {
            throw new InvalidDataException("The ledger cannot be read: " + ex.Message, ex);
        }

        entries.Sort((a, b) => a.Entry.Seq.CompareTo(b.Entry.Seq));
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Entry.Seq != i + 1)
            {
                throw new InvalidDataException($"The ledger is not contiguous at entry {i + 1}.");
            }
        }

        var last = entries.LastOrDefault(e => e.Checkpoint is not null);
        return new TrailSnapshot(entries, last?.Checkpoint, entries.Count == 0 ? null : entries[^1].CommitId);
    }
}
