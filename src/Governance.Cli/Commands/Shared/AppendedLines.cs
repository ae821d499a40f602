using Governance.Ledger.Storage;

namespace Governance.Cli.Commands.Shared;

/// <summary>What every writing command prints: one line per appended entry (seq, type, commit).</summary>
internal static class AppendedLines
{
    /// <summary>Writes one line per appended entry.</summary>
    public static void Write(TextWriter output, IEnumerable<AppendedEntry> appended)
    {
        foreach (var entry in appended)
        {
            output.WriteLine($"recorded seq {entry.Entry.Seq} {entry.Entry.Type} (commit {entry.CommitId[..12]})");
        }
    }
}
