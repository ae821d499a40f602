namespace Governance.Audit.Report;

/// <summary>A node of a drawn lineage: a dataset, a model or a training stage.</summary>
/// <param name="Id">A stable id within the graph.</param>
/// <param name="Kind"><c>dataset</c>, <c>model</c> or <c>stage</c>.</param>
/// <param name="Label">What the node shows.</param>
/// <param name="Seq">The ledger entry behind the node (a stage's <c>training.completed</c>), or 0.</param>
/// <param name="Flagged">True for a dataset whose newest flag entry flags it.</param>
public sealed record StageNode(string Id, string Kind, string Label, long Seq, bool Flagged);
