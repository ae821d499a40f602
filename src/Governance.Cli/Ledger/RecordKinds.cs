namespace Governance.Cli.Ledger;

/// <summary>The record kinds the CLI offers, with typed fields where a feature supplies them.</summary>
internal static class RecordKinds
{
    /// <summary>Typed fields by kind name (lifecycle commands register theirs here).</summary>
    public static IReadOnlyDictionary<string, IRecordFields> Fields { get; } = Lifecycle.LifecycleFields.ByKind;

    /// <summary>Every kind with its typed fields attached.</summary>
    public static IEnumerable<RecordKind> All() =>
        RecordKind.Builtin.Select(k => Fields.TryGetValue(k.Name, out var fields) ? k with { Fields = fields } : k);
}
