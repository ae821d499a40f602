using System.Text.Json.Nodes;
using Governance.Events.Projection;
using Governance.Events.Trust;
using Governance.Testing.Builders;

namespace Governance.Events.Tests.Support;

/// <summary>Builds projected entries (as the ledger hands them over after verification) for the projection tests.</summary>
internal static class Entries
{
    public const string Recorder = "ci@acme.example";
    public const string Alice = "alice@acme.example";
    public const string Bob = "bob@acme.example";

    /// <summary>alice and bob in acme/ml-governance, ci a recorder.</summary>
    public static PrincipalDirectory Principals { get; } = new(
    [
        new Principal(Alice, ["acme/ml-governance"], false),
        new Principal(Bob, ["acme/ml-governance"], false),
        new Principal(Recorder, [], true),
    ]);

    public static string Model(int n) => Some.Digest(n).Value;

    /// <summary>An entry written by the recorder's commit; <paramref name="person"/> signed its bound statement, if given.</summary>
    public static ProjectedEntry Entry(long seq, string type, string payload, string? person = null, string? recorder = Recorder, string subject = "{}", bool unbound = false) =>
        ProjectedEntry.FromPayload(seq, type, Some.Now.AddMinutes(seq - 100), JsonNode.Parse(subject)!.AsObject(), JsonNode.Parse(payload)!.AsObject(), new VerifiedSigners(recorder, person, unbound));

    public static ProjectedEntry Approval(long seq, string approver, string? signedBy, int model = 1, string type = "approval.granted/v1") =>
        Entry(seq, type, $$"""{"approver":"{{approver}}","digest":"{{Model(model)}}","teams":["forged/team"]}""", signedBy);

    public static ProjectedEntry Relayed(long seq, string approver, string from, string? recorder) =>
        Entry(seq, "approval.granted/v1", $$"""{"approver":"{{approver}}","digest":"{{Model(1)}}","teams":["acme/ml-governance"],"recordedFrom":"{{from}}"}""", null, recorder);

    public static ProjectedEntry Retraction(long seq, long target, string? signedBy) =>
        Entry(seq, "record.retracted/v1", $$"""{"seq":{{target}},"entry":"sha256:{{new string('e', 64)}}","reason":"mistake"}""", signedBy);

    public static ProjectedEntry Flag(long seq, string dataset, string? signedBy = null) =>
        Entry(seq, "dataset.flagged/v1", $$"""{"dataset":"{{dataset}}","reason":"pii found"}""", signedBy);

    public static ProjectedEntry Evaluation(long seq, string metric, double value) =>
        Entry(seq, "evaluation.recorded/v1", $$"""{"metric":"{{metric}}","value":{{value}},"digest":"{{Model(1)}}"}""");

    public static Core.Evidence.EvidenceSet Project(params ProjectedEntry[] entries) => Project(out _, entries);

    public static Core.Evidence.EvidenceSet Project(out List<string> notes, params ProjectedEntry[] entries)
    {
        var projection = new EvidenceProjection(Principals);
        foreach (var entry in entries)
        {
            projection.Add(entry);
        }

        notes = projection.Notes;
        return projection.Build();
    }
}
