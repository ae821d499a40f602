using Governance.Core.Evidence;
using Governance.Policies.Diagnostics;

namespace Governance.Policies.Evidence;

/// <summary>
/// Evidence files (unsigned, <c>EvidenceSource.File</c>) as an evidence source: each file is parsed in turn and merged;
/// an invalid file fails the whole collection with its diagnostics (<see cref="DiagnosticsException"/>), never a part.
/// </summary>
public sealed class FileEvidenceSource : IEvidenceSource
{
    private readonly IReadOnlyList<string> _paths;
    private readonly Func<string, byte[]> _read;

    /// <summary>Creates the source.</summary>
    /// <param name="paths">The evidence files as the user named them (they name the items' origins and the diagnostics).</param>
    /// <param name="read">Reads a named file's bytes (the host resolves the path, caps the size and reports a missing file).</param>
    public FileEvidenceSource(IReadOnlyList<string> paths, Func<string, byte[]> read)
    {
        _paths = paths ?? throw new ArgumentNullException(nameof(paths));
        _read = read ?? throw new ArgumentNullException(nameof(read));
    }

    /// <inheritdoc />
    public Task<EvidenceBatch> CollectAsync(EvidenceRequest request, CancellationToken cancellationToken)
    {
        var evidence = EvidenceSet.Empty;
        foreach (var path in _paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var loaded = EvidenceLoader.Parse(path, _read(path));
            evidence = evidence.Merge(loaded.Succeeded ? loaded.Value! : throw new DiagnosticsException(loaded.Diagnostics));
        }

        return Task.FromResult(new EvidenceBatch(EvidenceSource.File, evidence));
    }
}
