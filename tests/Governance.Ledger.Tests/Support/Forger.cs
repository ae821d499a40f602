using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Governance.Ledger.Canonical;
using Governance.Ledger.Checkpoints;
using Governance.Ledger.Merkle;
using Governance.Ledger.Signing;
using Governance.Ledger.Storage;

namespace Governance.Ledger.Tests.Support;

/// <summary>One commit's content as an attacker sees it.</summary>
public sealed record ForgedEntry(byte[] Entry, string? Checkpoint, byte[]? Envelope, long CommitTime)
{
    public JsonObject Json => JsonNode.Parse(Entry)!.AsObject();

    public ForgedEntry WithJson(Action<JsonObject> edit)
    {
        var json = Json;
        edit(json);
        return this with { Entry = JsonCanonicalizer.Canonicalize(json) };
    }
}

/// <summary>Rewrites ledger history the way an attacker with git access (and optionally some key) could.</summary>
public static class Forger
{
    public static List<ForgedEntry> Read(LedgerStore store) =>
        store.ReadAll().Select(e => new ForgedEntry(e.Entry.CanonicalBytes.ToArray(), e.Checkpoint, e.Envelope?.ToArray(), e.Entry.Time.ToUnixTimeSeconds())).ToList();

    /// <summary>Re-numbers seq/prev and re-signs every checkpoint consistently (what an insider holding the key would do).</summary>
    public static List<ForgedEntry> Rechain(List<ForgedEntry> entries, ISigner checkpointSigner, string origin = "example.com/acme/ledger")
    {
        var range = new CompactRange();
        string? prev = null;
        var result = new List<ForgedEntry>();
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i].WithJson(j =>
            {
                j["seq"] = i + 1;
                j.Remove("prev");
                if (prev is not null)
                {
                    j["prev"] = prev;
                }
            });
            range.AppendData(e.Entry);
            var note = CheckpointNote.Sign(new Checkpoint(origin, i + 1, range.Root()), checkpointSigner);
            prev = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(e.Entry));
            result.Add(e with { Checkpoint = note });
        }

        return result;
    }

    /// <summary>Writes the entries as a new chain (commits signed by <paramref name="commitSigner"/>, or unsigned) and force-moves the ref.</summary>
    public static void Write(LedgerStore store, List<ForgedEntry> entries, ISigner? commitSigner) =>
        Write(store, entries, _ => commitSigner);

    /// <summary>
    /// Like <see cref="Write(LedgerStore, List{ForgedEntry}, ISigner?)"/> with a signer per entry (0-based index); entries
    /// for which <paramref name="corrupt"/> holds get their message edited after signing, so their signature breaks.
    /// </summary>
    public static void Write(LedgerStore store, List<ForgedEntry> entries, Func<int, ISigner?> signerOf, Func<int, bool>? corrupt = null)
    {
        var git = store.Objects;
        string? parent = null;
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var commitSigner = signerOf(i);
            var files = new List<(string, string)> { (LedgerLayout.EntryFile, git.WriteBlob(e.Entry)) };
            if (e.Checkpoint is not null)
            {
                files.Add((LedgerLayout.CheckpointFile, git.WriteBlob(Encoding.UTF8.GetBytes(e.Checkpoint))));
            }

            if (e.Envelope is not null)
            {
                files.Add((LedgerLayout.EnvelopeFile, git.WriteBlob(e.Envelope)));
            }

            var unsigned = CommitFormat.Build(git.WriteTree(files), parent, "Mallory <m@evil.example>", e.CommitTime, "forged\n");
            var signed = commitSigner is null ? unsigned : CommitFormat.InsertSignature(unsigned, Sshsig.Sign(unsigned, commitSigner, "git"));
            if (corrupt?.Invoke(i) == true)
            {
                signed[^2] = (byte)'D';
            }

            parent = git.WriteCommit(signed);
        }

        Governance.Testing.Git.ProcessRunner.Run("git", ["update-ref", LedgerLayout.Ref, parent!], git.WorkingDirectory).EnsureSuccess("update-ref");
    }
}
