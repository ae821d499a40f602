using System.CommandLine;
using Governance.Workflows.Lifecycle;

namespace Governance.Cli.Commands.Shared;

/// <summary>A record kind's typed fields (<see cref="FieldSet"/>) as command-line options, and their parsed values.</summary>
internal sealed class FieldOptions(ParseResult parse) : IFieldValues
{
    /// <summary>Adds one option per field, in the field set's order.</summary>
    public static void AddTo(Command command, FieldSet fields)
    {
        foreach (var field in fields.Options)
        {
            if (field.Repeatable)
            {
                command.Options.Add(new Option<string[]>(field.Name) { Description = field.Description });
                continue;
            }

            var option = new Option<string?>(field.Name) { Description = field.Description };
            if (field.Choices is { } choices)
            {
                option.AcceptOnlyFromAmong([.. choices]);
            }

            command.Options.Add(option);
        }
    }

    /// <inheritdoc />
    public string? Single(string option) => parse.GetValue<string?>(option);

    /// <inheritdoc />
    public IReadOnlyList<string> Many(string option) => parse.GetValue<string[]>(option) ?? [];
}
