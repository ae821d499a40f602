using Governance.Core.Evidence;
using Governance.Core.Subjects;
using Governance.Policies.Diagnostics;
using Governance.Policies.Evidence;
using Governance.Policies.Yaml;

namespace Governance.Policies.Testing;

/// <summary>Reads policy test files: <c>policy</c> (a path or list, relative to the file) and <c>cases</c>.</summary>
internal static class TestFileReader
{
    private static readonly string[] Decisions = ["allow", "deny", "not-applicable"];
    private static readonly string[] Outcomes = ["pass", "fail", "waived", "skipped", "error"];

    /// <summary>Parses a test document; null after errors. A YAML file with neither key is not a test file (<paramref name="isTestFile"/> false).</summary>
    public static TestFile? Read(string path, YamlNode root, List<Diagnostic> diagnostics, out bool isTestFile)
    {
        isTestFile = root is not YamlMapping m || m.TryGet("policy", out _) || m.TryGet("cases", out _);
        if (!isTestFile)
        {
            return null;
        }

        var errorsBefore = diagnostics.Count(d => d.IsError);
        var file = MappingReader.Open(root, "test file", diagnostics);
        if (file is null)
        {
            return null;
        }

        var directory = System.IO.Path.GetDirectoryName(path) ?? "";
        var policyNode = file.Required("policy");
        var policies = policyNode is YamlSequence ? file.StringList("policy", minItems: 1) : Values.String(policyNode, "'policy'", diagnostics) is { } one ? [one] : null;
        var cases = new List<TestCase>();
        if (file.Required("cases") is { } casesNode)
        {
            if (casesNode is YamlSequence sequence)
            {
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    if (Case(sequence.Items[i], i, path, directory, diagnostics) is { } testCase)
                    {
                        cases.Add(testCase);
                    }
                }
            }
            else
            {
                diagnostics.Add(new(casesNode.Location, $"'cases' must be a list, not {casesNode.Describe()}"));
            }
        }

        file.RejectUnknown();
        return policies is null || diagnostics.Count(d => d.IsError) > errorsBefore ? null
            : new TestFile(path, [.. policies.Select(p => System.IO.Path.Combine(directory, p))], cases);
    }

    private static TestCase? Case(YamlNode node, int index, string path, string directory, List<Diagnostic> diagnostics)
    {
        var reader = MappingReader.Open(node, $"cases[{index}]", diagnostics);
        if (reader is null)
        {
            return null;
        }

        var name = reader.String("name", required: true);
        var subject = Subject(reader.Child("subject", required: true));
        var evidence = Evidence(reader.Optional("evidence"), $"{path}#/cases/{index}/evidence", directory, diagnostics);
        var expect = reader.Child("expect", required: true);
        reader.RejectUnknown();
        if (expect is null)
        {
            return null;
        }

        var decision = expect.Choice("decision", false, Decisions);
        var rules = Pairs(expect.Child("rules"), Outcomes);
        var messages = Pairs(expect.Child("messages"), null);
        expect.RejectUnknown();
        return name is null || subject is null ? null
            : new TestCase(name, node.Location, subject, evidence, decision, rules, messages);
    }

    private static Subject? Subject(MappingReader? subject)
    {
        if (subject is null)
        {
            return null;
        }

        var model = subject.String("model", required: true);
        var digest = Values.Digest(subject.Required("digest"), "'digest'", subject.Diagnostics);
        var environment = subject.String("environment", required: true);
        var commit = subject.String("commit");
        subject.RejectUnknown();
        return model is null || digest is null || environment is null ? null : new Subject(model, digest.Value, environment, commit);
    }

    private static EvidenceSet? Evidence(YamlNode? node, string reference, string directory, List<Diagnostic> diagnostics)
    {
        if (node is null)
        {
            return EvidenceSet.Empty;
        }

        if (node is YamlMapping)
        {
            return EvidenceBuilder.Build(node, reference, diagnostics);
        }

        if (Values.String(node, "'evidence'", diagnostics) is not { } relative)
        {
            return null;
        }

        var loaded = EvidenceLoader.Load(System.IO.Path.Combine(directory, relative));
        diagnostics.AddRange(loaded.Diagnostics);
        return loaded.Value;
    }

    private static List<KeyValuePair<string, string>> Pairs(MappingReader? map, string[]? allowed)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        if (map is null)
        {
            return pairs;
        }

        foreach (var (key, value) in map.Mapping.Entries)
        {
            var text = Values.String(value, $"'{key.Value}'", map.Diagnostics);
            if (text is not null && allowed is not null && Array.IndexOf(allowed, text) < 0)
            {
                map.Diagnostics.Add(new(((YamlScalar)value).ContentLocation, $"'{key.Value}' must be {Values.OneOf(allowed)}, not '{text}'"));
            }
            else if (text is not null)
            {
                pairs.Add(new(key.Value, text));
            }
        }

        return pairs;
    }
}
