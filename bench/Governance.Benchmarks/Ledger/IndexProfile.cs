using System.Diagnostics;
using Governance.Ledger.Index;
using Governance.Ledger.Storage;

namespace Governance.Benchmarks.Ledger;

/// <summary>
/// How long the full verifier's last step takes: reading every key of the tip's subject index and folding its lines
/// (<see cref="IndexAudit.Compare"/> without the entries' side):
/// <c>dotnet Governance.Benchmarks.dll profile-index &lt;repo&gt;</c>.
/// </summary>
internal static class IndexProfile
{
    public static int Run(string[] args)
    {
        using var git = new GitObjects(args[1]);
        var tip = git.ResolveRef(LedgerLayout.Ref)!;
        var watch = Stopwatch.StartNew();
        var reader = IndexReader.Open(git, git.ReadCommit(tip).TreeId)!;
        var expected = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        long lines = 0;
        foreach (var shard in reader.Shards)
        {
            foreach (var (hash, chunks) in IndexReader.KeysIn(git, shard))
            {
                var digest = new byte[32];
                foreach (var chunk in chunks)
                {
                    foreach (var line in System.Text.Encoding.ASCII.GetString(chunk).Split('\n', StringSplitOptions.RemoveEmptyEntries))
                    {
                        digest = System.Security.Cryptography.SHA256.HashData([.. digest, .. System.Text.Encoding.ASCII.GetBytes(line + "\n")]);
                        lines++;
                    }
                }

                expected[hash] = digest;
            }
        }

        Console.WriteLine($"index of {reader.Meta.Size} entries: {expected.Count} keys, {lines} lines, read and folded naively in {watch.Elapsed.TotalSeconds:0.00} s");
        watch.Restart();
        long blobs = 0;
        foreach (var shard in reader.Shards)
        {
            foreach (var (_, chunks) in IndexReader.KeysIn(git, shard))
            {
                blobs += chunks.Count;
            }
        }

        Console.WriteLine($"reading only: {blobs} chunks in {watch.Elapsed.TotalSeconds:0.00} s");
        watch.Restart();
        var d = new byte[32];
        Span<byte> buf = stackalloc byte[120];
        for (var i = 0; i < lines; i++)
        {
            System.Security.Cryptography.SHA256.HashData(buf[..94], d);
        }

        Console.WriteLine($"{lines} SHA-256 of 94 bytes: {watch.Elapsed.TotalSeconds:0.00} s");
        foreach (var workers in new[] { 1, Environment.ProcessorCount, 1, Environment.ProcessorCount })
        {
            watch.Restart();
            var finding = new IndexComparison(reader, expected, git.GitDirectory).Run(workers);
            Console.WriteLine($"IndexComparison with {workers} worker(s): {watch.Elapsed.TotalSeconds:0.00} s, {finding ?? "match"}");
        }

        return 0;
    }
}
