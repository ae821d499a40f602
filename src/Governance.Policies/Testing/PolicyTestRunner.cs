using Governance.Core.Evaluation;
using Governance.Core.Policies;
using Governance.Policies.Diagnostics;
using Governance.Policies.Loading;
using Governance.Policies.Yaml;

namespace Governance.Policies.Testing;

/// <summary>
/// <c>govern policy test &lt;dir&gt;</c>: runs every test file (<c>*.yaml</c>, <c>*.yml</c>, recursively) under a directory.
/// A YAML file with neither <c>policy</c> nor <c>cases</c> is not a test file (e.g. YAML evidence) and is skipped.
/// Each case is evaluated with <see cref="PolicyEvaluator"/>; the decision time is the evidence's <c>context.time</c>,
/// otherwise the runner's <see cref="TimeProvider"/>.
/// </summary>
public sealed class PolicyTestRunner
{
    private readonly TimeProvider _time;
    private readonly Func<IReadOnlyList<Policy>, IConditionEngine?>? _conditions;

    /// <summary>Creates a runner.</summary>
    /// <param name="time">The clock for cases whose evidence fixes no time, and for durations.</param>
    /// <param name="conditions">Builds the C# condition engine for a policy set; called only when a set has expressions.</param>
    public PolicyTestRunner(TimeProvider time, Func<IReadOnlyList<Policy>, IConditionEngine?>? conditions = null)
    {
        _time = time;
        _conditions = conditions;
    }

    /// <summary>Runs every test file under <paramref name="directory"/>.</summary>
    public PolicyTestReport Run(string directory)
    {
        var diagnostics = new List<Diagnostic>();
        var results = new List<PolicyTestCaseResult>();
        if (!Directory.Exists(directory))
        {
            diagnostics.Add(new(new SourceLocation(directory, 0, 0), File.Exists(directory) ? "is a file; give the directory holding test files" : "directory not found"));
            return new PolicyTestReport(results, diagnostics);
        }

        var files = Directory.EnumerateFiles(directory, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var path in files)
        {
            RunFile(path, results, diagnostics);
        }

        if (results.Count == 0 && !diagnostics.Any(d => d.IsError))
        {
            diagnostics.Add(new(new SourceLocation(directory, 0, 0), "no test cases found (test files are *.yaml with 'policy' and 'cases')"));
        }

        return new PolicyTestReport(results, diagnostics);
    }

    private void RunFile(string path, List<PolicyTestCaseResult> results, List<Diagnostic> diagnostics)
    {
        var root = YamlDocumentReader.ReadFile(path, diagnostics);
        if (root is null || TestFileReader.Read(path, root, diagnostics, out _) is not { } file)
        {
            return;
        }

        var loaded = PolicyLoader.Load(file.Policies);
        diagnostics.AddRange(loaded.Diagnostics);
        if (!loaded.Succeeded)
        {
            results.AddRange(file.Cases.Select(c => new PolicyTestCaseResult(path, c.Name, false, ["the policies under test could not be loaded"], TimeSpan.Zero)));
            return;
        }

        IConditionEngine? conditions = null;
        if (_conditions is not null && loaded.Value!.Any(p => p.HasExpressions))
        {
            try
            {
                conditions = _conditions(loaded.Value!);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                diagnostics.Add(new(new SourceLocation(path, 0, 0), $"C# conditions could not be prepared: {ex.Message}"));
            }
        }

        var evaluator = new PolicyEvaluator(_time, conditions);
        foreach (var testCase in file.Cases)
        {
            var started = _time.GetTimestamp();
            var failures = TestCaseEvaluator.Run(evaluator, loaded.Value!, testCase);
            results.Add(new PolicyTestCaseResult(path, testCase.Name, failures.Count == 0, failures, _time.GetElapsedTime(started)));
        }
    }
}
