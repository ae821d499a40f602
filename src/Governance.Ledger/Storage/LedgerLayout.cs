namespace Governance.Ledger.Storage;

/// <summary>Names used in the git layout of the ledger.</summary>
public static class LedgerLayout
{
    /// <summary>The ledger ref.</summary>
    public const string Ref = "refs/governance/ledger";

    /// <summary>The canonical entry file in each commit's tree.</summary>
    public const string EntryFile = "entry.json";

    /// <summary>The signed checkpoint note after this entry.</summary>
    public const string CheckpointFile = "checkpoint";

    /// <summary>The DSSE envelope the entry commits to by digest (person-made records only).</summary>
    public const string EnvelopeFile = "envelope.intoto.json";
}
