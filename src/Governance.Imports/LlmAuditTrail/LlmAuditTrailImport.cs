namespace Governance.Imports.LlmAuditTrail;

/// <summary>
/// The result of importing an llm-audit-trail: how it verified and, only when it is intact, its events in
/// trail order (a trail that fails verification imports nothing).
/// </summary>
/// <param name="Verification">The verification outcome.</param>
/// <param name="Events">The mapped events; empty unless <paramref name="Verification"/> is <see cref="TrailIntact"/>.</param>
public sealed record LlmAuditTrailImport(TrailVerificationResult Verification, IReadOnlyList<ImportedEvent> Events)
{
    /// <summary>Verifies the trail at <paramref name="path"/> and maps its records, in one streaming pass.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static LlmAuditTrailImport FromFile(string path, LlmAuditTrailVerifyOptions options)
    {
        using var stream = File.OpenRead(path);
        return FromStream(stream, options);
    }

    /// <summary>Verifies the trail read from <paramref name="stream"/> and maps its records, in one streaming pass.</summary>
    public static LlmAuditTrailImport FromStream(Stream stream, LlmAuditTrailVerifyOptions options)
    {
        var events = new List<ImportedEvent>();
        var verification = new LlmAuditTrailVerifier(options).Verify(stream, record => events.Add(LlmAuditTrailMapper.Map(record)));
        return new LlmAuditTrailImport(verification, verification.IsIntact ? events : []);
    }
}
