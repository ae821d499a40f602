using Governance.Workflows.Hosting;
using System.CommandLine;

namespace Governance.Cli.Commands.Policies;

/// <summary><c>govern policy lint|test|schema|explain|build</c>: the governance team's authoring loop.</summary>
internal static class PolicyCommand
{
    /// <summary>Builds the command and its subcommands.</summary>
    public static Command Create(HostContext context) => new("policy", "Author policies: lint, test, print the schema, explain")
    {
        Lint(context),
        Test(context),
        Schema(context),
        Explain(context),
        Build(context),
    };

    private static Command Lint(HostContext context)
    {
        Argument<string[]> paths = new("paths") { Description = "Policy files or directories", Arity = ArgumentArity.OneOrMore };
        var command = new Command("lint", "Validate policies against the schema and check their semantics: exit 0 clean, 2 on any error") { paths };
        command.SetAction((parse, cancellationToken) => new PolicyLintHandler(context).HandleAsync(parse.GetRequiredValue(paths), cancellationToken));
        return command;
    }

    private static Command Test(HostContext context)
    {
        Argument<string> directory = new("dir") { Description = "Directory of policy test files (*.yaml, searched recursively)" };
        Option<string> format = new("--format", "-f") { Description = "text or junit", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "junit");
        Option<string?> output = new("--output", "-o") { Description = "Write the report to this file instead of standard output" };
        var command = new Command("test", "Run policy test cases: exit 0 when every case passes, 1 when any fails, 2 when none ran") { directory, format, output };
        command.SetAction((parse, cancellationToken) => new PolicyTestHandler(context).HandleAsync(
            parse.GetRequiredValue(directory), parse.GetValue(format) == "junit", parse.GetValue(output), cancellationToken));
        return command;
    }

    private static Command Schema(HostContext context)
    {
        Option<bool> evidence = new("--evidence") { Description = "Print the evidence file schema instead of the policy schema" };
        var command = new Command("schema", "Print the policy JSON Schema (for editors: # yaml-language-server: $schema=…)") { evidence };
        command.SetAction((parse, cancellationToken) => new PolicySchemaHandler(context).HandleAsync(parse.GetValue(evidence), cancellationToken));
        return command;
    }

    private static Command Explain(HostContext context)
    {
        Argument<string[]> paths = new("paths") { Description = "Policy files or directories", Arity = ArgumentArity.OneOrMore };
        var command = new Command("explain", "Say in plain sentences what each policy demands") { paths };
        command.SetAction((parse, cancellationToken) => new PolicyExplainHandler(context).HandleAsync(parse.GetRequiredValue(paths), cancellationToken));
        return command;
    }

    private static Command Build(HostContext context)
    {
        Argument<string[]> paths = new("paths") { Description = "Policy files or directories", Arity = ArgumentArity.OneOrMore };
        var command = new Command("build", "Pre-compile the policies' C# conditions into the cache so checks skip the compiler") { paths };
        command.SetAction((parse, cancellationToken) => new PolicyBuildHandler(context).HandleAsync(parse.GetRequiredValue(paths), cancellationToken));
        return command;
    }
}
