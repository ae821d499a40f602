using Governance.Ledger.Keys;
using Governance.Ledger.Storage;
using Governance.Ledger.Trust;
using Governance.Testing.Files;
using Governance.Testing.Git;

namespace Governance.Ledger.Tests.Support;

/// <summary>A temporary repository with a recorder key, an approver key and an allowed_signers file trusting both.</summary>
public sealed class LedgerFixture : IDisposable
{
    public const string RecorderPrincipal = "ledger-ci@acme.example";
    public const string ApproverPrincipal = "alice@acme.example";

    public LedgerFixture(bool bare = false)
    {
        Repo = bare ? TempGitRepository.CreateBare() : TempGitRepository.Create();
        AllowedSignersPath = System.IO.Path.Combine(Dir.Path, "allowed_signers");
        File.WriteAllText(AllowedSignersPath, $"""
            {RecorderPrincipal} namespaces="git" {Recorder.PublicKey.ToOpenSsh()}
            {ApproverPrincipal} namespaces="{TrustStore.AttestationNamespace}" {Approver.PublicKey.ToOpenSsh()}

            """);
        Trust = TrustStore.Load(AllowedSignersPath).WithRecorders([RecorderPrincipal]);
    }

    public TempGitRepository Repo { get; }

    public TempDirectory Dir { get; } = new();

    public KeyPair Recorder { get; } = KeyPair.Generate();

    public KeyPair Approver { get; } = KeyPair.Generate();

    public string AllowedSignersPath { get; }

    public TrustStore Trust { get; }

    public LedgerStore OpenStore(TimeProvider? time = null) => new(Repo.Path, new LedgerOptions(Origin: "example.com/acme/ledger"), time);

    public void Dispose()
    {
        Recorder.Dispose();
        Approver.Dispose();
        Repo.Dispose();
        Dir.Dispose();
    }
}
