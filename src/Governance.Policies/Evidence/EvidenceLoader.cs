using Governance.Core.Evidence;
using Governance.Policies.Diagnostics;
using Governance.Policies.Yaml;

namespace Governance.Policies.Evidence;

/// <summary>
/// Loads evidence files (v1, JSON or YAML; schema <c>evidence.schema.json</c>). Items are unsigned and carry the
/// origin <c>EvidenceOrigin(EvidenceSource.File, "path#/approvals/0")</c>. Unknown keys, wrong types, bad digests and
/// times without a zone are errors: a typo must never silently drop evidence.
/// </summary>
public static class EvidenceLoader
{
    /// <summary>Reads and parses an evidence file.</summary>
    public static LoadResult<EvidenceSet> Load(string path)
    {
        var diagnostics = new List<Diagnostic>();
        var bytes = TextDecoder.ReadFile(path, diagnostics);
        return bytes is null ? new LoadResult<EvidenceSet>(null, diagnostics) : Parse(path, bytes);
    }

    /// <summary>Parses evidence from its bytes; <paramref name="path"/> names it in diagnostics and origins.</summary>
    public static LoadResult<EvidenceSet> Parse(string path, byte[] content)
    {
        var diagnostics = new List<Diagnostic>();
        var root = YamlDocumentReader.Parse(path, content, diagnostics);
        var evidence = root is null ? null : EvidenceBuilder.Build(root, path + "#", diagnostics);
        return new LoadResult<EvidenceSet>(evidence, diagnostics);
    }
}
