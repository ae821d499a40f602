using System.Text.Json;
using Governance.Ledger.Storage;
using Governance.Ledger.Trust;

namespace Governance.Reporting.Audit;

/// <summary>How <c>govern audit show</c> presents one entry in full: its JSON, commit, digest, verified signer and checkpoint.</summary>
public static class EntryDetail
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the entry.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="stored">The entry as stored.</param>
    /// <param name="trust">The trust its signer is named under; null names no signer.</param>
    public static void Write(TextWriter output, StoredEntry stored, LedgerTrust? trust)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(stored);
        output.WriteLine(stored.Entry.Json.ToJsonString(Indented));
        output.WriteLine($"commit:  {stored.CommitId}");
        output.WriteLine($"digest:  {stored.Entry.Digest}");
        output.WriteLine($"signer:  {EntryView.Signer(stored, trust) ?? "unknown (no trusted signers loaded)"}");
        output.Write(stored.Checkpoint is { } note ? $"checkpoint:\n{note}" : "checkpoint: none (inside a batch; its batch's last entry carries it)\n");
    }
}
