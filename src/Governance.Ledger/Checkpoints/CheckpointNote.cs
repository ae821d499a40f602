using Governance.Ledger.Keys;
using Governance.Ledger.Signing;

namespace Governance.Ledger.Checkpoints;

/// <summary>Signs and opens checkpoints as signed notes whose key name is the checkpoint origin.</summary>
public static class CheckpointNote
{
    /// <summary>Signs <paramref name="checkpoint"/> with <paramref name="signer"/>; returns the note text.</summary>
    public static string Sign(Checkpoint checkpoint, ISigner signer)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        return SignedNote.Sign(checkpoint.ToBody(), checkpoint.Origin, signer).Format();
    }

    /// <summary>
    /// Parses a checkpoint note and returns it with the first trusted key whose signature verifies (key name =
    /// origin); the signer is null when no trusted key signed it. Throws <see cref="FormatException"/> when malformed.
    /// </summary>
    public static (Checkpoint Checkpoint, SshPublicKey? Signer) Open(string note, IEnumerable<SshPublicKey> trustedKeys)
    {
        ArgumentNullException.ThrowIfNull(trustedKeys);
        var signed = SignedNote.Parse(note);
        var checkpoint = Checkpoint.ParseBody(signed.Text);
        foreach (var key in trustedKeys)
        {
            if (signed.IsSignedBy(checkpoint.Origin, key, SignedNote.KeyIdOf(key)))
            {
                return (checkpoint, key);
            }
        }

        return (checkpoint, null);
    }
}
