using System.Text.RegularExpressions;
using Governance.Core.Policies;
using Governance.Policies.Diagnostics;

namespace Governance.Policies.Yaml;

/// <summary>
/// Reads the keys of one mapping with typed accessors that report every problem at the offending node:
/// a missing required key at the mapping, a wrong type or value at the value, an unknown key at the key.
/// </summary>
internal sealed class MappingReader
{
    private readonly List<string> _known = [];

    /// <summary>Wraps <paramref name="mapping"/>; <paramref name="what"/> names it in messages (e.g. <c>rule</c>).</summary>
    public MappingReader(YamlMapping mapping, string what, List<Diagnostic> diagnostics)
    {
        Mapping = mapping;
        What = what;
        Diagnostics = diagnostics;
    }

    /// <summary>The mapping being read.</summary>
    public YamlMapping Mapping { get; }

    /// <summary>What the mapping is, for messages (renamed once its id is known).</summary>
    public string What { get; set; }

    /// <summary>Where problems are reported.</summary>
    public List<Diagnostic> Diagnostics { get; }

    /// <summary>Opens the value of <paramref name="node"/> as a mapping, or reports its type.</summary>
    public static MappingReader? Open(YamlNode? node, string what, List<Diagnostic> diagnostics)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YamlMapping mapping)
        {
            return new MappingReader(mapping, what, diagnostics);
        }

        diagnostics.Add(new(node.Location, $"{what} must be a mapping, not {node.Describe()}"));
        return null;
    }

    /// <summary>True when the key is present.</summary>
    public bool Has(string key)
    {
        Know(key);
        return Mapping.TryGet(key, out _);
    }

    /// <summary>The value of an optional key, or null when absent. An explicit <c>null</c> is present (and a type error later).</summary>
    public YamlNode? Optional(string key)
    {
        Know(key);
        return Mapping.TryGet(key, out var value) ? value : null;
    }

    /// <summary>The value of a required key, or null after reporting it missing at the mapping.</summary>
    public YamlNode? Required(string key)
    {
        var value = Optional(key);
        if (value is null)
        {
            Diagnostics.Add(new(Mapping.Location, $"{What} is missing required key '{key}'"));
        }

        return value;
    }

    /// <summary>A string value; reports other types and pattern mismatches.</summary>
    public string? String(string key, bool required = false, Regex? pattern = null, string? expected = null) =>
        Values.String(required ? Required(key) : Optional(key), $"'{key}'", Diagnostics, pattern, expected);

    /// <summary>A string value that must be one of <paramref name="allowed"/>.</summary>
    public string? Choice(string key, bool required, params string[] allowed)
    {
        var node = required ? Required(key) : Optional(key);
        var value = Values.String(node, $"'{key}'", Diagnostics);
        if (value is not null && Array.IndexOf(allowed, value) < 0)
        {
            Diagnostics.Add(new(((YamlScalar)node!).ContentLocation, $"'{key}' must be {Values.OneOf(allowed)}, not '{value}'"));
            return null;
        }

        return value;
    }

    /// <summary>A boolean value.</summary>
    public bool? Bool(string key) => Values.Bool(Optional(key), $"'{key}'", Diagnostics);

    /// <summary>A number, optionally with a lower bound.</summary>
    public double? Number(string key, bool required = false, double? minimum = null) =>
        Values.Number(required ? Required(key) : Optional(key), $"'{key}'", Diagnostics, minimum);

    /// <summary>A whole number, optionally with a lower bound.</summary>
    public int? Integer(string key, bool required = false, int? minimum = null) =>
        Values.Integer(required ? Required(key) : Optional(key), $"'{key}'", Diagnostics, minimum);

    /// <summary>A list of non-empty strings.</summary>
    public IReadOnlyList<string>? StringList(string key, bool required = false, int minItems = 0) =>
        Values.StringList(required ? Required(key) : Optional(key), $"'{key}'", Diagnostics, minItems);

    /// <summary>A duration such as <c>14d</c>.</summary>
    public TimeSpan? Duration(string key, bool required = false) =>
        Values.Duration(required ? Required(key) : Optional(key), $"'{key}'", Diagnostics);

    /// <summary>A nested mapping.</summary>
    public MappingReader? Child(string key, bool required = false) =>
        Open(required ? Required(key) : Optional(key), $"'{key}'", Diagnostics);

    private void Know(string key)
    {
        if (!_known.Contains(key))
        {
            _known.Add(key);
        }
    }

    /// <summary>Reports every key not read so far: typos must not silently drop content.</summary>
    public void RejectUnknown()
    {
        foreach (var (key, _) in Mapping.Entries)
        {
            if (!_known.Contains(key.Value))
            {
                var hint = Suggest.Closest(key.Value, _known);
                var expected = hint is null ? $"expected {Values.OneOf(_known)}" : $"did you mean '{hint}'?";
                Diagnostics.Add(new(key.Location, $"unknown key '{key.Value}' in {What} ({expected})"));
            }
        }
    }
}
