using System.CommandLine;
using Governance.Cli.Check;
using Governance.Cli.Infrastructure;
using Governance.Policies.Diagnostics;
using Governance.Policies.Lint;
using Governance.Policies.Schema;
using Governance.Policies.Testing;

namespace Governance.Cli.Authoring;

/// <summary><c>govern policy lint|test|schema|explain</c>: the governance team's authoring loop.</summary>
internal static class PolicyCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context) => new("policy", "Author policies: lint, test, print the schema, explain")
    {
        Lint(context),
        Test(context),
        Schema(context),
        PolicyExplainCommand.Create(context),
        Build(context),
    };

    private static Command Lint(CliContext context)
    {
        Argument<string[]> paths = new("paths") { Description = "Policy files or directories", Arity = ArgumentArity.OneOrMore };
        var command = new Command("lint", "Validate policies against the schema and check their semantics: exit 0 clean, 2 on any error") { paths };
        command.SetAction(parse =>
        {
            var files = parse.GetRequiredValue(paths).SelectMany(p => InputFiles.PolicyFiles(context, p)).Select(context.Resolve).ToList();
            var diagnostics = PolicyLinter.Lint(files).Concat(ExpressionLint.Check(context, files)).ToList();
            foreach (var diagnostic in diagnostics)
            {
                context.Error.WriteLine(Relative(context, diagnostic));
            }

            var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            context.Output.WriteLine(errors == 0
                ? $"{files.Count} policy file{(files.Count == 1 ? "" : "s")} OK"
                : $"{errors} error{(errors == 1 ? "" : "s")} in {files.Count} policy file{(files.Count == 1 ? "" : "s")}");
            return errors == 0 ? ExitCodes.Allow : ExitCodes.NoDecision;
        });
        return command;
    }

    private static Command Test(CliContext context)
    {
        Argument<string> directory = new("dir") { Description = "Directory of policy test files (*.yaml, searched recursively)" };
        Option<string> format = new("--format", "-f") { Description = "text or junit", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "junit");
        Option<string?> output = new("--output", "-o") { Description = "Write the report to this file instead of standard output" };
        var command = new Command("test", "Run policy test cases: exit 0 when every case passes, 1 when any fails, 2 when none ran") { directory, format, output };
        command.SetAction(parse =>
        {
            var dir = context.Resolve(parse.GetRequiredValue(directory));
            if (!Directory.Exists(dir))
            {
                throw new CliException($"{parse.GetRequiredValue(directory)}: directory not found");
            }

            var report = new PolicyTestRunner(context.Time, ConditionEngines.CreateIfNeeded).Run(dir);
            foreach (var diagnostic in report.Diagnostics)
            {
                context.Error.WriteLine(Relative(context, diagnostic));
            }

            var shown = report.RelativeTo(RepositoryRoot(dir) ?? context.WorkingDirectory);
            var rendered = parse.GetValue(format) == "junit" ? shown.ToJUnitXml() : shown.ToText();
            if (parse.GetValue(output) is { } file)
            {
                File.WriteAllText(context.Resolve(file), rendered);
                context.Output.WriteLine(shown.ToText().Split('\n').LastOrDefault(l => l.Length > 0));
            }
            else
            {
                context.Output.Write(rendered);
            }

            return report.Cases.Count == 0 || report.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? ExitCodes.NoDecision
                : report.Passed ? ExitCodes.Allow : ExitCodes.Deny;
        });
        return command;
    }

    private static Command Schema(CliContext context)
    {
        Option<bool> evidence = new("--evidence") { Description = "Print the evidence file schema instead of the policy schema" };
        var command = new Command("schema", "Print the policy JSON Schema (for editors: # yaml-language-server: $schema=…)") { evidence };
        command.SetAction(parse =>
        {
            context.Output.WriteLine(parse.GetValue(evidence) ? PolicySchemas.EvidenceSchemaJson : PolicySchemas.PolicySchemaJson);
            return ExitCodes.Allow;
        });
        return command;
    }

    private static Command Build(CliContext context)
    {
        Argument<string[]> paths = new("paths") { Description = "Policy files or directories", Arity = ArgumentArity.OneOrMore };
        var command = new Command("build", "Pre-compile the policies' C# conditions into the cache so checks skip the compiler") { paths };
        command.SetAction(parse =>
        {
            var policies = PolicySource.Load(context, parse.GetRequiredValue(paths), null, context.WorkingDirectory);
            var path = ConditionEngines.Build(policies);
            context.Output.WriteLine(path.Length == 0 ? "no C# conditions to compile" : $"compiled C# conditions cached at {path}");
            return ExitCodes.Allow;
        });
        return command;
    }

    /// <summary>The repository holding <paramref name="directory"/>, so reports name files as the repository does.</summary>
    private static string? RepositoryRoot(string directory)
    {
        try
        {
            return GitCli.RunText(directory, "rev-parse", "--show-toplevel");
        }
        catch (CliException)
        {
            return null;
        }
    }

    private static string Relative(CliContext context, Diagnostic diagnostic)
    {
        if (diagnostic.Location is not { } location || !Path.IsPathRooted(location.File))
        {
            return diagnostic.ToString();
        }

        var relative = Path.GetRelativePath(context.WorkingDirectory, location.File);
        return (diagnostic with { Location = location with { File = relative.StartsWith("..", StringComparison.Ordinal) ? location.File : relative } }).ToString();
    }
}
