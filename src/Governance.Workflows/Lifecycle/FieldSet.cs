using System.Globalization;
using System.Text.Json.Nodes;
using Governance.Workflows.Hosting;

namespace Governance.Workflows.Lifecycle;

/// <summary>
/// Typed options of a record kind (<c>govern record &lt;kind&gt;</c>), each writing one payload member when given.
/// Built fluently; values are checked here (digests, numbers) so a typo fails before anything is signed. A host
/// offers <see cref="Options"/> and passes the parsed values to <see cref="Fill"/>.
/// </summary>
public sealed class FieldSet
{
    private readonly List<FieldOption> _options = [];
    private readonly List<Action<IFieldValues, JsonObject>> _fills = [];
    private readonly SortedSet<string> _members = new(StringComparer.Ordinal);

    /// <summary>The options, in the order a host offers them.</summary>
    public IReadOnlyList<FieldOption> Options => _options;

    /// <summary>The payload members the options write (each a member of the kind's catalogued event record).</summary>
    public IReadOnlyCollection<string> Members => _members;

    /// <summary>A string member.</summary>
    public FieldSet Text(string option, string member, string description) =>
        Member(member).Add(new FieldOption(option, description), (o, v, p) => p[member] = v);

    /// <summary>A string member limited to <paramref name="values"/>.</summary>
    public FieldSet Choice(string option, string member, string description, params string[] values) =>
        Member(member).Add(new FieldOption(option, description, Choices: values), (_, v, p) => p[member] = v);

    /// <summary>A <c>sha256:&lt;hex&gt;</c> member.</summary>
    public FieldSet Digest(string option, string member, string description) =>
        Member(member).Add(new FieldOption(option, description), (o, v, p) => p[member] = ParseDigest(o, v));

    /// <summary>A number member.</summary>
    public FieldSet Number(string option, string member, string description) =>
        Member(member).Add(new FieldOption(option, description), (o, v, p) => p[member] = ParseNumber(o, v));

    /// <summary>A non-negative integer member.</summary>
    public FieldSet Count(string option, string member, string description) =>
        Member(member).Add(new FieldOption(option, description), (o, v, p) =>
            p[member] = long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw new WorkflowException($"{o}: '{v}' is not a non-negative integer"));

    /// <summary>A repeatable option collected into a string array member.</summary>
    public FieldSet Texts(string option, string member, string description) =>
        Custom(new FieldOption(option, description + " (repeatable)", Repeatable: true), member, (values, payload) =>
        {
            if (values.Many(option) is { Count: > 0 } given)
            {
                payload[member] = new JsonArray([.. given.Select(v => (JsonNode)v)]);
            }
        });

    /// <summary>A repeatable <c>key=value</c> option collected into an object member (numbers and booleans typed).</summary>
    public FieldSet Pairs(string option, string member, string description) =>
        Custom(new FieldOption(option, description + " as key=value (repeatable)", Repeatable: true), member, (values, payload) =>
        {
            if (values.Many(option) is not { Count: > 0 } given)
            {
                return;
            }

            var target = payload[member] as JsonObject ?? [];
            foreach (var pair in given)
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

    /// <summary>An option with its own way of writing the payload's <paramref name="member"/>.</summary>
    public FieldSet Custom(FieldOption option, string member, Action<IFieldValues, JsonObject> fill)
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
        _fills.Add((values, payload) =>
        {
            if (payload[member] is null && values.Single(subjectOption) is { } value)
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

    /// <summary>Writes the given option values into the payload (leaving unset options alone), in declaration order.</summary>
    public void Fill(IFieldValues values, JsonObject payload)
    {
        foreach (var fill in _fills)
        {
            fill(values, payload);
        }
    }

    /// <summary>Parses a digest given to <paramref name="option"/>.</summary>
    public static string ParseDigest(string option, string text) => OptionValues.Digest(option, text).Value;

    private FieldSet Member(string member)
    {
        _members.Add(member);
        return this;
    }

    private FieldSet Add(FieldOption option, Action<string, string, JsonObject> write)
    {
        _options.Add(option);
        _fills.Add((values, payload) =>
        {
            if (values.Single(option.Name) is { } value)
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
