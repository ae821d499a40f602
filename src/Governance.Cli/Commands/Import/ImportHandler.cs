using System.Globalization;
using Governance.Core.Evaluation;
using Governance.Imports.LlmAuditTrail;
using Governance.Workflows.Hosting;
using Governance.Workflows.Imports;
using Governance.Workflows.Recording;

namespace Governance.Cli.Commands.Import;

/// <summary>Runs the imports (<see cref="TrailImporter"/>, <see cref="EvaluationImporter"/>) and says what they appended.</summary>
internal sealed class ImportHandler(HostContext context)
{
    /// <summary><c>govern import llm-audit-trail</c>: exit 1, and nothing imported, when the trail fails verification.</summary>
    public async Task<int> TrailAsync(TrailOptions options, CancellationToken cancellationToken)
    {
        var result = await new TrailImporter(context).ImportAsync(options.Ledger, options.File, options.Anchor, options.HmacKeyVariable, options.Key, cancellationToken).ConfigureAwait(false);
        if (result.Failed is { } failed)
        {
            context.Error.WriteLine($"{options.File}:{failed}");
            context.Error.WriteLine($"govern: the trail failed verification ({failed.Kind}); nothing was imported");
            return ExitCodes.Deny;
        }

        var intact = (TrailIntact)result.Verification;
        if (result.Plan is not { } plan || intact.Head is null)
        {
            context.Output.WriteLine($"nothing new to import from {options.File}: all {intact.Records} record(s) are already in the ledger");
            return ExitCodes.Allow;
        }

        var appended = result.Appended;
        var head = intact.Head.Seq?.ToString(CultureInfo.InvariantCulture) ?? "(none)";
        context.Output.WriteLine($"verified {intact.Records} record(s) ({result.AlgorithmName}{(result.Anchored ? ", anchor matched" : "")}); imported {plan.Fresh} new event(s) as seq {appended[0].Entry.Seq}-{appended[^1].Entry.Seq - 1}, head seq {head} {intact.Head.CurrHash} recorded at seq {appended[^1].Entry.Seq}");
        context.Output.WriteLine($"  {plan.AsLifecycle} as lifecycle entries, {plan.AsExternal} as external.event/v1 ({plan.WithCounterpart} had a counterpart type)");
        return ExitCodes.Allow;
    }

    /// <summary><c>govern import lm-eval</c>.</summary>
    public async Task<int> LmEvalAsync(LmEvalOptions options, CancellationToken cancellationToken)
    {
        var result = await new EvaluationImporter(context).ImportAsync(options.Ledger, options.File, options.Model, options.Digest, options.Key, cancellationToken).ConfigureAwait(false);
        var appended = result.Appended;
        context.Output.WriteLine($"imported {appended.Count} evaluation(s) from {options.File} for {options.Model} {result.Digest} as seq {appended[0].Entry.Seq}-{appended[^1].Entry.Seq}");
        foreach (var e in result.Evaluations)
        {
            context.Output.WriteLine($"  {e.Metric} = {Format.Number(e.Value)}{(e.IsGroup ? " (group)" : "")}");
        }

        return ExitCodes.Allow;
    }

    /// <summary>The options of <c>govern import llm-audit-trail</c>.</summary>
    /// <param name="Ledger">The ledger.</param>
    /// <param name="File">The trail.</param>
    /// <param name="Anchor">The anchor file, if given.</param>
    /// <param name="HmacKeyVariable">The environment variable holding the HMAC key, if the chain is keyed.</param>
    /// <param name="Key">The recorder key.</param>
    internal sealed record TrailOptions(LedgerLocation Ledger, string File, string? Anchor, string? HmacKeyVariable, string? Key);

    /// <summary>The options of <c>govern import lm-eval</c>.</summary>
    /// <param name="Ledger">The ledger.</param>
    /// <param name="File">The results file.</param>
    /// <param name="Model">The model name.</param>
    /// <param name="Digest">The evaluated model digest.</param>
    /// <param name="Key">The recorder key.</param>
    internal sealed record LmEvalOptions(LedgerLocation Ledger, string File, string Model, string Digest, string? Key);
}
