using Governance.Ledger.Storage;
using Governance.Testing.Builders;
using Governance.Testing.Time;
using Governance.Testing.Trust;
using Governance.Workflows.Hosting;
using Governance.Workflows.Recording;

namespace Governance.Workflows.Tests;

/// <summary>
/// A real git repository whose default branch trusts a recorder key (recorder@acme) and two person keys in
/// acme/ml-governance (alice@acme, bob@acme), with a host context on a clock that each <see cref="Context"/> call
/// advances by a minute, so entries are ordered.
/// </summary>
internal sealed class RecordingRepo : IDisposable
{
    private readonly TrustedRepository _trusted = TrustedRepository.Create(
    [
        TrustedPrincipal.RecorderKey("recorder", "recorder@acme"),
        TrustedPrincipal.Person("alice", "alice@acme", "acme/ml-governance"),
        TrustedPrincipal.Person("bob", "bob@acme", "acme/ml-governance"),
    ]);

    private readonly FixedClock _clock = new(Some.Now);

    /// <summary>The work tree.</summary>
    public string Path => _trusted.Path;

    /// <summary>The ledger here, as a host names it.</summary>
    public LedgerLocation Ledger => new(Path);

    /// <summary>What the last context wrote to standard error.</summary>
    public StringWriter Error { get; } = new();

    /// <summary>The private key file of recorder, alice or bob.</summary>
    public string Key(string who) => _trusted.Key(who);

    /// <summary>A host context in the repository; the clock moves on a minute each time.</summary>
    public HostContext Context()
    {
        _clock.Now = _clock.Now.AddMinutes(1);
        return new HostContext(new StringWriter(), Error, new Dictionary<string, string>(), Path, _clock);
    }

    /// <summary>The ledger ref's commit, or null when there is no ledger.</summary>
    public string? Tip()
    {
        var result = _trusted.Repo.Git("rev-parse", "-q", "--verify", LedgerLayout.Ref);
        return result.ExitCode == 0 ? result.StdOut.Trim() : null;
    }

    /// <summary>Verifies the whole ledger under the trusted branch's keys and reads its evidence (throws when tampered).</summary>
    public LedgerEvidence Verified()
    {
        var target = Ledger.Resolve(Context());
        return LedgerEvidence.Read(target, PrincipalsFile.LoadTrust(target), _clock);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _trusted.Dispose();
        Error.Dispose();
    }
}
