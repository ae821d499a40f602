using Governance.Core.Approvals;
using Governance.Core.Evaluation;
using Governance.Core.Policies;
using Governance.Expressions.Context;

namespace Governance.Expressions.Runtime;

/// <summary>Builds the read-only context views from an evaluation scope, applying the same binding and
/// usability rules as the declarative checks (subject digest, decision time, signatures).</summary>
internal static class ContextViews
{
    public static ModelInfo Model(EvaluationScope scope) =>
        new(scope.Subject.Model, scope.Subject.Digest.Value, new LabelDictionary(scope.Evidence.Context.LabelsOrEmpty));

    public static ApprovalList Approvals(EvaluationScope scope, Rule rule) =>
        new([.. SubjectApprovals.Of(scope, rule).Select(a => new Approval(a.Approver, a.Teams, a.Time))]);

    public static EvaluationResults Evaluations(EvaluationScope scope, Rule rule) =>
        new([.. scope.Evidence.Evaluations.Where(e => e.Digest == scope.Subject.Digest && scope.Unusable(e, rule) is null)]);

    public static AttestationSet Attestations(EvaluationScope scope, Rule rule) =>
        new([.. scope.Evidence.Attestations.Where(a => a.Digest == scope.Subject.Digest && scope.Unusable(a, rule) is null)]);

    public static DatasetList Datasets(EvaluationScope scope) =>
        new([.. scope.Evidence.Datasets
            .Where(d => d.Time <= scope.Time)
            .Select(d => new Dataset(d.Id, d.Digest?.Value, d.Time, scope.ActiveFlags(d.Id).Any()))]);

    public static LineageInfo Lineage(EvaluationScope scope)
    {
        var trace = scope.Lineage;
        return new LineageInfo([.. trace.DatasetIds], [.. trace.Stages.Select(s => s.Stage)]);
    }

    public static FlagList Flags(EvaluationScope scope) =>
        new([.. scope.Evidence.Flags
            .Where(f => f.Time <= scope.Time && (f.Cleared is null || f.Cleared > scope.Time))
            .Select(f => new Flag(f.Dataset, f.Reason, f.Time))]);
}
