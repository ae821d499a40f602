using Governance.Core.Evidence;
using Governance.Policies.Diagnostics;
using Governance.Policies.Yaml;

namespace Governance.Policies.Evidence;

/// <summary>Builds an <see cref="EvidenceSet"/> from a parsed evidence document (a file, or inline in a policy test).</summary>
internal static class EvidenceBuilder
{
    /// <summary>The evidence, or null after errors. <paramref name="reference"/> prefixes origins, e.g. <c>file.json#</c>.</summary>
    public static EvidenceSet? Build(YamlNode root, string reference, List<Diagnostic> diagnostics)
    {
        var errorsBefore = diagnostics.Count(d => d.IsError);
        var top = MappingReader.Open(root, "evidence", diagnostics);
        if (top is null)
        {
            return null;
        }

        var evidence = new EvidenceSet
        {
            Context = Context(top.Child("context")),
            Approvals = Section(top, "approvals", reference, EvidenceRecords.Approval),
            Evaluations = Section(top, "evaluations", reference, EvidenceRecords.Evaluation),
            Attestations = Section(top, "attestations", reference, EvidenceRecords.Attestation),
            Datasets = Section(top, "datasets", reference, EvidenceRecords.Dataset),
            Training = Section(top, "training", reference, EvidenceRecords.Training),
            Flags = Section(top, "flags", reference, EvidenceRecords.Flag),
            Waivers = Section(top, "waivers", reference, EvidenceRecords.Waiver),
            Deployments = Section(top, "deployments", reference, EvidenceRecords.Deployment),
        };
        top.RejectUnknown();
        return diagnostics.Count(d => d.IsError) > errorsBefore ? null : evidence;
    }

    private static DecisionContext Context(MappingReader? context)
    {
        if (context is null)
        {
            return DecisionContext.Empty;
        }

        var commit = context.String("commit");
        var author = context.String("author");
        var deployer = context.String("deployer");
        var time = Values.Time(context.Optional("time"), "'time'", context.Diagnostics);
        var labels = Labels(MappingReader.Open(context.Optional("labels"), "'labels'", context.Diagnostics));
        context.RejectUnknown();
        return new DecisionContext(commit, author, deployer, time, labels);
    }

    private static Dictionary<string, string>? Labels(MappingReader? labels)
    {
        if (labels is null)
        {
            return null;
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in labels.Mapping.Entries)
        {
            if (Values.String(value, $"label '{key.Value}'", labels.Diagnostics) is { } text)
            {
                result[key.Value] = text;
            }
        }

        return result;
    }

    private static List<T> Section<T>(MappingReader top, string key, string reference, Func<MappingReader, EvidenceOrigin, T?> build)
        where T : class
    {
        var items = new List<T>();
        var node = top.Optional(key);
        if (node is null)
        {
            return items;
        }

        if (node is not YamlSequence sequence)
        {
            top.Diagnostics.Add(new(node.Location, $"'{key}' must be a list, not {node.Describe()}"));
            return items;
        }

        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var item = MappingReader.Open(sequence.Items[i], $"{key}[{i}]", top.Diagnostics);
            if (item is not null && build(item, new EvidenceOrigin(EvidenceSource.File, $"{reference}/{key}/{i}")) is { } record)
            {
                items.Add(record);
            }

            item?.RejectUnknown();
        }

        return items;
    }
}
