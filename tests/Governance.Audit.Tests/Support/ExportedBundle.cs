namespace Governance.Audit.Tests.Support;

/// <summary>One exported bundle (17 entries, one decision) shared by a test class.</summary>
public sealed class ExportedBundle : IDisposable
{
    private readonly AuditRepo _repo;

    public ExportedBundle()
    {
        _repo = AuditRepo.Create();
        var result = _repo.Govern("audit", "export", "--out", "bundle.zip", "--key", "keys/recorder.pem", "--no-record");
        Assert.True(result.Exit == 0, result.Output + result.Error);
    }

    internal AuditRepo Repo => _repo;

    public string Zip => _repo.File_("bundle.zip");

    public string Path => _repo.Path;

    public void Dispose() => _repo.Dispose();
}
