namespace Governance.Workflows.Lifecycle;

/// <summary>The record kinds a host offers, with typed fields where a feature supplies them.</summary>
public static class RecordKinds
{
    /// <summary>Typed fields by kind name (lifecycle commands register theirs here).</summary>
    public static IReadOnlyDictionary<string, FieldSet> Fields { get; } = LifecycleFields.ByKind;

    /// <summary>Every kind with its typed fields attached.</summary>
    public static IEnumerable<RecordKind> All() =>
        RecordKind.Builtin.Select(k => Fields.TryGetValue(k.Name, out var fields) ? k with { Fields = fields } : k);
}
