using Governance.Workflows.Hosting;
using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Governance.Cli.Infrastructure;
using Governance.Cli.Ledger;

namespace Governance.Cli.Lifecycle;

/// <summary>
/// Typed options of a <c>govern record &lt;kind&gt;</c> subcommand, each writing one payload member when given.
/// Built fluently; values are checked here (digests, numbers) so a typo fails before anything is signed.
/// </summary>
internal sealed class FieldSet : IRecordFields
{
    private readonly List<Option> _options = [];
    private readonly List<Action<ParseResult, JsonObject>> _fills = [];
    private readonly SortedSet<string> _members = new(StringComparer.Ordinal);

    /// <summary>The payload members the options write (each a member of the kind's catalogued event record).</summary>
    public IReadOnlyCollection<string> Members => _members;

    /// <summary>A string member.</summary>
    public FieldSet Text(string option, string member, string description) =>
        Member(member).Add(new Option<string?>(option) { Description = description }, (o, v, p) => p[member] = v);

    /// <summary>A string member limited to <paramref name="values"/>.</summary>
    public FieldSet Choice(string option, string member, string description, params string[] values)
    {
        var o = new Option<string?>(option) { Description = description };
        o.AcceptOnlyFromAmong(values);
        return Member(member).Add(o, (_, v, p) => p[member] = v);
    }

    /// <summary>A <c>sha256:&lt;hex&gt;</c> member.</summary>
    public FieldSet Digest(string option, string member, string description) =>
        Member(member).Add(new Option<string?>(option) { Description = description }, (o, v, p) => p[member] = ParseDigest(o, v));

    /// <summary>A number member.</summary>
    public FieldSet Number(string option, string member, string description) =>
        Member(member).Add(new Option<string?>(option) { Description = description }, (o, v, p) => p[member] = ParseNumber(o, v));

    /// <summary>A non-negative integer member.</summary>
    public FieldSet Count(string option, string member, string description) =>
        Member(member).Add(new Option<string?>(option) { Description = description }, (o, v, p) =>
            p[member] = long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw new WorkflowException($"{o}: '{v}' is not a non-negative integer"));

    /// <summary>A repeatable option collected into a string array member.</summary>
    public FieldSet Texts(string option, string member, string description)
    {
        var o = new Option<string[]>(option) { Description = description + " (repeatable)", AllowMultipleArgumentsPerToken = false };
        _members.Add(member);
        _options.Add(o);
        _fills.Add((parse, payload) =>
        {
            if (parse.GetValue(o) is { Length: > 0 } values)
            {
                payload[member] = new JsonArray([.. values.Select(v => (JsonNode)v)]);
            }
        });
        return this;
    }

    /// <summary>A repeatable <c>key=value</c> option collected into an object member (numbers and booleans typed).</summary>
    public FieldSet Pairs(string option, string member, string description)
    {
        var o = new Option<string[]>(option) { Description = description + " as key=value (repeatable)" };
        _members.Add(member);
        _options.Add(o);
        _fills.Add((parse, payload) =>
        {
            if (parse.GetValue(o) is not { Length: > 0 } values)
            {
                return;
            }

            var target = payload[member] as JsonObject ?? [];
            foreach (var pair in values)
            {
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                if (eq <= 0)
                {
                    throw new WorkflowException($"{option}: '{pair}' is not key=value");
                }

                target[pair[..eq]] = Scalar(pair[(eq + 1)..]);
            }

            payload[member] = target;
        });
        return this;
    }

    /// <summary>An option with its own way of writing the payload's <paramref name="member"/>.</summary>
    public FieldSet Custom(Option option, string member, Action<ParseResult, JsonObject> fill)
    {
        _members.Add(member);
        _options.Add(option);
        _fills.Add(fill);
        return this;
    }

    /// <summary>Copies a subject option (e.g. <c>--digest</c>) into <paramref name="member"/> when the payload lacks it.</summary>
    public FieldSet FromSubject(string subjectOption, string member)
    {
        _members.Add(member);
        _fills.Add((parse, payload) =>
        {
            if (payload[member] is null && parse.GetValue<string?>(subjectOption) is { } value)
            {
                payload[member] = value;
            }
        });
        return this;
    }

    /// <summary>Fails when the payload lacks <paramref name="member"/> after every option was applied.</summary>
    public FieldSet Require(string member, string hint)
    {
        _members.Add(member);
        _fills.Add((_, payload) =>
        {
            if (payload[member] is null)
            {
                throw new WorkflowException($"missing {member}: {hint}");
            }
        });
        return this;
    }

    /// <inheritdoc />
    public void AddTo(Command command)
    {
        foreach (var option in _options)
        {
            command.Options.Add(option);
        }
    }

    /// <inheritdoc />
    public void Fill(ParseResult parse, JsonObject payload)
    {
        foreach (var fill in _fills)
        {
            fill(parse, payload);
        }
    }

    /// <summary>Parses a digest given to <paramref name="option"/>.</summary>
    public static string ParseDigest(string option, string text) => OptionValues.Digest(option, text).Value;

    private FieldSet Member(string member)
    {
        _members.Add(member);
        return this;
    }

    private FieldSet Add(Option<string?> option, Action<string, string, JsonObject> write)
    {
        _options.Add(option);
        _fills.Add((parse, payload) =>
        {
            if (parse.GetValue(option) is { } value)
            {
                write(option.Name, value, payload);
            }
        });
        return this;
    }

    private static double ParseNumber(string option, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) ? n : throw new WorkflowException($"{option}: '{text}' is not a number");

    private static JsonValue Scalar(string text) =>
        text is "true" or "false" ? JsonValue.Create(text == "true")
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) ? JsonValue.Create(n)
        : JsonValue.Create(text);
}
