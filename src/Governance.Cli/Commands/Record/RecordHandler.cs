using Governance.Cli.Commands.Shared;
using Governance.Ledger.Entries;
using Governance.Workflows.Hosting;
using Governance.Workflows.Lifecycle;
using Governance.Workflows.Recording;

namespace Governance.Cli.Commands.Record;

/// <summary>Runs <c>govern record</c>: the items of an evidence file, or one entry of a kind; prints the new seqs.</summary>
internal sealed class RecordHandler(HostContext context)
{
    /// <summary><c>govern record --from-evidence FILE</c>.</summary>
    public async Task<int> HandleEvidenceAsync(EvidenceOptions options, CancellationToken cancellationToken)
    {
        var file = options.File ?? throw new WorkflowException("give a kind (govern record dataset|training|evaluation|…) or --from-evidence <file>; see 'govern record --help'");
        var service = new RecordService(context);
        var evidence = service.LoadEvidence(file);
        AppendedLines.Write(context.Output, await service.RecordEvidenceAsync(options.Ledger, options.Key, evidence, cancellationToken).ConfigureAwait(false));
        return ExitCodes.Allow;
    }

    /// <summary><c>govern record &lt;kind&gt;</c>: the payload from <c>--payload</c> with the typed options written over it.</summary>
    public async Task<int> HandleKindAsync(KindOptions options, CancellationToken cancellationToken)
    {
        var payload = RecordPayload.Parse(options.Payload);
        options.Fields?.Fill(options.Values, payload);
        var appended = await new RecordService(context).RecordAsync(options.Ledger, options.Keys, options.Type, options.Subject, payload, cancellationToken).ConfigureAwait(false);
        AppendedLines.Write(context.Output, appended);
        return ExitCodes.Allow;
    }

    /// <summary>The options of <c>govern record --from-evidence</c>.</summary>
    /// <param name="Ledger">The ledger.</param>
    /// <param name="Key">The recorder key.</param>
    /// <param name="File">The evidence file, or null when none was given.</param>
    internal sealed record EvidenceOptions(LedgerLocation Ledger, string? Key, string? File);

    /// <summary>The options of <c>govern record &lt;kind&gt;</c>.</summary>
    /// <param name="Ledger">The ledger.</param>
    /// <param name="Keys">The recorder key (<c>--key</c>), or a person's key and the recorder key for person-made records.</param>
    /// <param name="Type">The full entry type (a kind's, or the normalised argument of <c>record entry</c>).</param>
    /// <param name="Payload">The <c>--payload</c> text, if given.</param>
    /// <param name="Subject">The subject options.</param>
    /// <param name="Fields">The kind's typed fields, if any.</param>
    /// <param name="Values">The parsed values of those fields.</param>
    internal sealed record KindOptions(LedgerLocation Ledger, SignerKeys Keys, string Type, string? Payload, EntrySubject Subject, FieldSet? Fields, IFieldValues Values);
}
