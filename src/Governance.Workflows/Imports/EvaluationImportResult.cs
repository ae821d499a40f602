using Governance.Imports.LmEval;
using Governance.Ledger.Storage;

namespace Governance.Workflows.Imports;

/// <summary>What an evaluation import appended.</summary>
/// <param name="Digest">The model digest the results were recorded for.</param>
/// <param name="Evaluations">The results read, in file order.</param>
/// <param name="Appended">One entry per result.</param>
public sealed record EvaluationImportResult(string Digest, IReadOnlyList<ImportedEvaluation> Evaluations, IReadOnlyList<AppendedEntry> Appended);
