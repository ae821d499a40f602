using System.Text.Json.Nodes;
using Governance.Ledger.Entries;
using Governance.Ledger.Keys;
using Governance.Ledger.Storage;
using Governance.Ledger.Trust;
using Governance.Testing.Files;
using Governance.Testing.Git;

namespace Governance.Workflows.Tests.Audit;

/// <summary>A real git repository with a ledger written by a trusted recorder key, and the trust to verify it.</summary>
internal sealed class AuditLedger : IDisposable
{
    public const string RecorderPrincipal = "ledger-ci@acme.example";
    public const string ModelDigest = "sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    public const string OtherDigest = "sha256:bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

    private readonly TempDirectory _dir = new();

    public AuditLedger(TempGitRepository? repo = null)
    {
        Repo = repo ?? TempGitRepository.Create();
        var signers = Path.Combine(_dir.Path, "allowed_signers");
        File.WriteAllText(signers, $"{RecorderPrincipal} namespaces=\"git\" {Recorder.PublicKey.ToOpenSsh()}\n");
        Trust = new LedgerTrust(TrustStore.Load(signers).WithRecorders([RecorderPrincipal]), Events.Trust.PrincipalDirectory.Empty, signers);
    }

    public TempGitRepository Repo { get; }

    public KeyPair Recorder { get; } = KeyPair.Generate();

    public LedgerTrust Trust { get; }

    public LedgerStore OpenStore() => new(Repo.Path, new LedgerOptions(Origin: "example.com/acme/ledger"));

    /// <summary>Appends evaluations of <see cref="ModelDigest"/> (model <c>support-bot</c>) or of another digest and model.</summary>
    public void Evaluations(LedgerStore store, params (string Model, string Digest)[] subjects) =>
        store.Append([.. subjects.Select((s, i) => new EntryDraft(
            EntryTypes.EvaluationRecorded,
            new EntryActor("ci", Run: "run-" + i),
            new EntrySubject(Model: s.Model, Digest: s.Digest),
            new JsonObject { ["metric"] = "accuracy", ["value"] = 0.9, ["digest"] = s.Digest, ["dataset"] = "eval-set" }))], Recorder);

    public void Dispose()
    {
        Recorder.Dispose();
        Repo.Dispose();
        _dir.Dispose();
    }
}
