using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Governance.Ledger.Entries;
using Governance.Ledger.Keys;
using Governance.Ledger.Storage;

namespace Governance.Benchmarks.Ledger;

/// <summary>
/// Grows a repository's ledger to a given size for the process benchmarks of docs/benchmarks.md:
/// <c>dotnet Governance.Benchmarks.dll build-ledger &lt;repo&gt; &lt;recorder.pem&gt; &lt;entries&gt; [batch]</c>.
/// Entries are about many other models (blocks of 200 per model: a dataset, a training stage, a deployment and
/// evaluations), the shape of a busy team's history; the gated model's own entries are whatever the repo already has.
/// </summary>
internal static class LedgerBuilder
{
    private const int PerModel = 200;

    public static int Run(string[] args)
    {
        var repo = args[1];
        using var key = KeyPair.Load(args[2]);
        var target = long.Parse(args[3], CultureInfo.InvariantCulture);
        var batch = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 10_000;
        using var store = new LedgerStore(repo);
        var size = store.Tip?.Seq ?? 0;
        var clock = Stopwatch.StartNew();
        var n = size;
        while (n < target)
        {
            var count = (int)Math.Min(batch, target - n);
            var drafts = new List<EntryDraft>(count);
            for (var i = 0; i < count; i++)
            {
                drafts.Add(Draft(n + i));
            }

            store.Append(drafts, key);
            n += count;
            Console.Error.WriteLine($"{n} entries, {clock.Elapsed.TotalSeconds:F1} s");
        }

        return 0;
    }

    private static EntryDraft Draft(long n)
    {
        var model = n / PerModel;
        var name = "noise-model-" + model.ToString(CultureInfo.InvariantCulture);
        var digest = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)));
        var dataset = "ds:noise-" + model.ToString(CultureInfo.InvariantCulture);
        var actor = new EntryActor("bench", "run-" + n.ToString(CultureInfo.InvariantCulture));
        return (n % PerModel) switch
        {
            0 => new EntryDraft(EntryTypes.DatasetRegistered, actor, new EntrySubject(Dataset: dataset), new JsonObject { ["id"] = dataset }),
            1 => new EntryDraft(EntryTypes.TrainingCompleted, actor, new EntrySubject(name, digest),
                new JsonObject { ["stage"] = "sft", ["inputs"] = new JsonArray(new JsonObject { ["id"] = dataset, ["kind"] = "dataset" }), ["output"] = digest }),
            2 => new EntryDraft(EntryTypes.DeploymentCompleted, actor, new EntrySubject(name, digest),
                new JsonObject { ["environment"] = "staging", ["model"] = name, ["digest"] = digest }),
            var j => new EntryDraft(EntryTypes.EvaluationRecorded, actor, new EntrySubject(name, digest),
                new JsonObject { ["metric"] = "task-" + j.ToString(CultureInfo.InvariantCulture) + "/acc", ["value"] = 0.5 + (j % 40 / 100.0), ["digest"] = digest }),
        };
    }
}
