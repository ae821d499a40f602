namespace Governance.Audit.Export;

/// <summary>A written bundle.</summary>
/// <param name="Bytes">The zip.</param>
/// <param name="Digest">Its SHA-256 (<c>sha256:…</c>).</param>
/// <param name="Files">How many files it holds.</param>
/// <param name="Entries">How many entries it exports (the ledger bundle holds all).</param>
/// <param name="Decisions">How many decision attestations it holds.</param>
public sealed record ExportResult(byte[] Bytes, string Digest, int Files, int Entries, int Decisions);
