using System.ComponentModel;
using Governance.Core.Evaluation;
using Governance.Core.Policies;
using Governance.Expressions.Context;

namespace Governance.Expressions.Runtime;

/// <summary>The base of the generated class: its protected members are the names an expression sees
/// (<c>Model</c>, <c>Environment</c>, <c>Now</c>, …). Each member is computed on first use.</summary>
/// <remarks>Infrastructure for generated code; not part of the expression language itself.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class ExpressionGlobals
{
    private readonly EvaluationScope _scope;
    private readonly Rule _rule;
    private ModelInfo? _model;
    private ApprovalList? _approvals;
    private EvaluationResults? _evaluations;
    private AttestationSet? _attestations;
    private DatasetList? _datasets;
    private LineageInfo? _lineage;
    private FlagList? _flags;

    /// <summary>Binds the globals to one decision and rule.</summary>
    protected ExpressionGlobals(EvaluationScope scope, Rule rule)
    {
        _scope = scope;
        _rule = rule;
    }

    /// <summary>The model being gated.</summary>
    protected ModelInfo Model => _model ??= ContextViews.Model(_scope);

    /// <summary>The target environment.</summary>
    protected string Environment => _scope.Subject.Environment;

    /// <summary>The decision time.</summary>
    protected DateTimeOffset Now => _scope.Time;

    /// <summary>The subject's valid approvals.</summary>
    protected ApprovalList Approvals => _approvals ??= ContextViews.Approvals(_scope, _rule);

    /// <summary>Evaluations of the subject's digest.</summary>
    protected EvaluationResults Evaluations => _evaluations ??= ContextViews.Evaluations(_scope, _rule);

    /// <summary>Attestations about the subject's digest.</summary>
    protected AttestationSet Attestations => _attestations ??= ContextViews.Attestations(_scope, _rule);

    /// <summary>Registered datasets.</summary>
    protected DatasetList Datasets => _datasets ??= ContextViews.Datasets(_scope);

    /// <summary>The subject's training lineage.</summary>
    protected LineageInfo Lineage => _lineage ??= ContextViews.Lineage(_scope);

    /// <summary>Active dataset flags.</summary>
    protected FlagList Flags => _flags ??= ContextViews.Flags(_scope);
}
