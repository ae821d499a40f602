using Governance.Events.Lineage;
using Governance.Events.Projection;
using Governance.Testing.Builders;
using static Governance.Events.Tests.Support.Entries;

namespace Governance.Events.Tests.Lineage;

/// <summary>
/// A two-stage pipeline on an unrecorded base model: pretrain (web-crawl pinned, weight 0.7; books, a bare string, later
/// flagged; base model D20) produces D5; sft (chat-sft; D5; web-crawl replayed, weight 0.1) produces D6, deployed to prod.
/// </summary>
internal static class Pipeline
{
    public static readonly string D5 = Model(5), D6 = Model(6), D10 = Model(10), D20 = Model(20);

    public static ProjectedEntry[] Entries() =>
    [
        Entry(1, "dataset.registered/v1", $$"""{"id":"web-crawl","digest":"{{D10}}"}""", subject: """{"dataset":"web-crawl"}"""),
        Entry(2, "training.completed/v1",
            $$"""{"stage":"pretrain","stageKind":"pretraining","output":"{{D5}}","inputs":[{"id":"web-crawl","digest":"{{D10}}","weight":0.7},{"id":"books"},{"kind":"model","id":"base","digest":"{{D20}}"}]}""",
            subject: $$"""{"model":"bot","digest":"{{D5}}"}"""),
        Entry(3, "training.completed/v1",
            $$"""{"stage":"sft","output":"{{D6}}","inputs":[{"id":"chat-sft"},{"kind":"model","id":"bot","digest":"{{D5}}"},{"id":"web-crawl","replay":true,"weight":0.1}]}""",
            subject: $$"""{"model":"bot","digest":"{{D6}}"}"""),
        Entry(4, "dataset.flagged/v1", """{"dataset":"books","reason":"licence"}""", subject: """{"dataset":"books"}"""),
        Entry(5, "dataset.attested/v1", """{"dataset":"chat-sft","statement":"consented"}""", subject: """{"dataset":"chat-sft"}"""),
        Entry(6, "approval.granted/v1", $$"""{"approver":"{{Alice}}","digest":"{{D6}}"}""", person: Alice, subject: $$"""{"model":"bot","digest":"{{D6}}"}"""),
        Entry(7, "deployment.completed/v1", $$"""{"environment":"prod","model":"bot","digest":"{{D6}}"}""", subject: $$"""{"model":"bot","digest":"{{D6}}"}"""),
    ];

    public static LineageIndex Index(params ProjectedEntry[] extra)
    {
        var entries = Entries().Concat(extra).ToArray();
        return LineageIndex.Build(Project(entries), entries, Some.Now);
    }
}
