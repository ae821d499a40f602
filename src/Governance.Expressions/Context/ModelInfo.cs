namespace Governance.Expressions.Context;

/// <summary><c>Model</c>: the model being gated.</summary>
public sealed class ModelInfo
{
    internal ModelInfo(string name, string digest, LabelDictionary labels)
    {
        Name = name;
        Digest = digest;
        Labels = labels;
    }

    /// <summary>The model name, e.g. <c>support-bot</c>.</summary>
    public string Name { get; }

    /// <summary>The exact model digest, <c>sha256:&lt;64 hex&gt;</c>.</summary>
    public string Digest { get; }

    /// <summary>Model labels from the evidence context (<c>context.labels</c>); a missing label reads as <c>""</c>.</summary>
    public LabelDictionary Labels { get; }
}
