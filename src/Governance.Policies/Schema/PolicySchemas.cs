using System.Reflection;

namespace Governance.Policies.Schema;

/// <summary>The published JSON Schemas (draft-07), embedded from <c>policies/schema/</c>: what <c>govern policy schema</c> prints.</summary>
public static class PolicySchemas
{
    private static readonly Lazy<string> Policy = new(() => Read("policy.schema.json"));
    private static readonly Lazy<string> Evidence = new(() => Read("evidence.schema.json"));

    /// <summary>The schema of <c>DeploymentPolicy</c> files (<c>policy.schema.json</c>).</summary>
    public static string PolicySchemaJson => Policy.Value;

    /// <summary>The schema of evidence files (<c>evidence.schema.json</c>).</summary>
    public static string EvidenceSchemaJson => Evidence.Value;

    private static string Read(string file)
    {
        var name = "Governance.Schema." + file;
        using var stream = typeof(PolicySchemas).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing from {typeof(PolicySchemas).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
