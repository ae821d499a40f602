using static Governance.Ledger.Entries.EntryTypes;

namespace Governance.Audit.Controls;

/// <summary>The mapping of ledger evidence to EU AI Act Art. 12, 19 and Annex IV items and NIST AI RMF subcategories (docs/auditor.md).</summary>
public static class ControlCatalog
{
    private const string Eu = "EU AI Act";
    private const string Nist = "NIST AI RMF 1.0";

    /// <summary>Every mapped control, in the order of controls.csv.</summary>
    public static IReadOnlyList<ControlItem> All { get; } =
    [
        new(Eu, "Art. 12(1)", "Automatic recording of events over the system's lifetime", "evidenced", [], "every entry is recorded by the recorder key in a signed, hash-linked, Merkle-checkpointed ledger"),
        new(Eu, "Art. 12(2)(a)", "Logs identify situations that may present a risk or a substantial modification", "partial", [IncidentOpened, DatasetFlagged, DeploymentRolledBack], "only situations someone records; the ledger does not detect risks itself"),
        new(Eu, "Art. 12(2)(b)", "Logs facilitate post-market monitoring (Art. 72)", "partial", [MonitoringReported, IncidentOpened], "monitoring figures are as reported by the deployer's tooling"),
        new(Eu, "Art. 12(2)(c)", "Logs monitor the operation of the system (Art. 26(5))", "partial", [DeploymentCompleted, MonitoringReported], "deployment and monitoring events, not per-request logs"),
        new(Eu, "Art. 12(3)", "Biometric identification: period of use, reference database, input data, verifying persons", "not evidenceable", [], "per-use logs of remote biometric identification are outside this ledger"),
        new(Eu, "Art. 19(1)", "Automatically generated logs kept at least six months", "partial", [], "the signed chain shows the logs exist since the first entry; retention of the repository itself is the provider's"),
        new(Eu, "Annex IV 1(a)", "Intended purpose, provider, versions of the system", "partial", [DeploymentRequested, DeploymentCompleted, DecisionRecorded], "model names, digests and environments; the intended purpose is prose outside the ledger"),
        new(Eu, "Annex IV 2(a)", "Development methods and steps, including pre-trained systems and tools", "evidenced", [TrainingStarted, TrainingCompleted, TrailImported], "training stages with inputs (datasets, base models) and outputs by digest; lineage across stages"),
        new(Eu, "Annex IV 2(d)", "Data requirements: datasheets, provenance, scope, labelling, cleaning", "partial", [DatasetRegistered, DatasetAttested, DatasetFlagged], "registration, provenance tags and attestations; the datasheets themselves are referenced, not held"),
        new(Eu, "Annex IV 2(g)", "Validation and testing procedures, test logs and reports, dated and signed", "evidenced", [EvaluationRecorded, AttestationAdded, DecisionRecorded], "evaluations and decisions are dated and signed by the recorder; attestations by the person who made them"),
        new(Eu, "Annex IV 3", "Monitoring, functioning and control; human oversight measures", "partial", [ApprovalGranted, ApprovalRevoked, WaiverGranted], "approvals and waivers signed by the principals who gave them"),
        new(Eu, "Annex IV 6", "Relevant changes made through the lifecycle", "partial", [PolicyChanged, DeploymentCompleted, DeploymentRolledBack], "policy and deployment changes; code changes live in git history"),
        new(Nist, "GOVERN 1.4", "Risk management process and outcomes established through transparent policies and controls", "evidenced", [PolicyChanged, DecisionRecorded], "policy digests and every gate decision with per-rule outcomes"),
        new(Nist, "GOVERN 2.1", "Roles, responsibilities and lines of communication documented", "partial", [ApprovalGranted, WaiverGranted], "who approved what, by signature; the role definitions are in principals.yaml (trust/)"),
        new(Nist, "GOVERN 6.1", "Policies address risks of third-party entities", "partial", [TrailImported], "foreign trails imported or linked with their heads; the policies themselves are outside the ledger"),
        new(Nist, "MAP 4.1", "Approaches for mapping legal risks of components, including third-party data", "partial", [DatasetRegistered, DatasetAttested], "licences and provenance tags of registered datasets"),
        new(Nist, "MEASURE 2.1", "Test sets, metrics and tools documented", "evidenced", [EvaluationRecorded], "metric, value, dataset and harness of every evaluation"),
        new(Nist, "MEASURE 2.3", "Performance demonstrated for deployment-like conditions", "partial", [EvaluationRecorded, MonitoringReported], "recorded figures; whether the conditions are deployment-like is a judgement"),
        new(Nist, "MEASURE 2.4", "Functionality and behaviour monitored in production", "partial", [MonitoringReported], "monitoring reports as recorded"),
        new(Nist, "MANAGE 1.1", "Determination whether the system achieves its purpose and should proceed", "evidenced", [DecisionRecorded, ApprovalGranted], "allow/deny decisions with the rules and evidence they used"),
        new(Nist, "MANAGE 2.4", "Mechanisms to supersede, disengage or deactivate", "partial", [DeploymentRolledBack, DatasetFlagged], "rollbacks and dataset flags that deny dependent models"),
        new(Nist, "MANAGE 4.3", "Incidents and errors tracked and communicated", "partial", [IncidentOpened], "incidents as opened; their resolution is tracked elsewhere"),
        new(Nist, "MEASURE 1.1", "Approaches and metrics for the risks that cannot be measured are documented", "not evidenceable", [], "a statement about what is not measured is prose, not an event"),
    ];
}
