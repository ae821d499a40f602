using Governance.Core.Provenance;

namespace Governance.Events.Lineage;

/// <summary>One input of a training stage, read from a single input of its <c>training.completed</c> payload.</summary>
/// <param name="Input">The parsed input: a dataset (optionally pinned) or a parent model digest.</param>
/// <param name="Weight">Its mix weight in the stage, if recorded.</param>
/// <param name="Replay">True when the stage replayed it from an earlier stage.</param>
public sealed record StageInput(TrainingInput Input, double? Weight, bool Replay);
