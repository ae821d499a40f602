using Governance.Core.Policies;
using Governance.Policies.Diagnostics;
using Governance.Policies.Yaml;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Governance.Policies.Schema;

/// <summary>
/// Validates parsed documents against the published schemas with NJsonSchema. Loading NJsonSchema and Newtonsoft.Json
/// costs hundreds of milliseconds, so only <c>govern policy lint</c> uses this; loaders validate by hand.
/// </summary>
internal static class SchemaValidator
{
    private static readonly Lazy<JsonSchema> Policy = new(() => Load(PolicySchemas.PolicySchemaJson));
    private static readonly Lazy<JsonSchema> Evidence = new(() => Load(PolicySchemas.EvidenceSchemaJson));

    /// <summary>Errors of a policy document against <c>policy.schema.json</c>.</summary>
    public static List<Diagnostic> ValidatePolicy(YamlNode root, string path) => Validate(Policy.Value, root, path);

    /// <summary>Errors of an evidence document against <c>evidence.schema.json</c>.</summary>
    public static List<Diagnostic> ValidateEvidence(YamlNode root, string path) => Validate(Evidence.Value, root, path);

    private static List<Diagnostic> Validate(JsonSchema schema, YamlNode root, string path)
    {
        var projection = JsonProjection.Of(root);
        using var reader = new JsonTextReader(new StringReader(projection.Json)) { DateParseHandling = DateParseHandling.None };
        var token = JToken.Load(reader, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load });
        var diagnostics = new List<Diagnostic>();
        foreach (var error in Flatten(schema.Validate(token)))
        {
            var location = error.HasLineInfo ? projection.Locate(error.LineNumber) : null;
            diagnostics.Add(new(location ?? new SourceLocation(path, 0, 0), SchemaMessages.Describe(error)));
        }

        return [.. diagnostics.OrderBy(d => d.Location!.Line).ThenBy(d => d.Location!.Column)];
    }

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            if (error is ChildSchemaValidationError child && error.Kind is not (ValidationErrorKind.NotOneOf or ValidationErrorKind.NotAnyOf))
            {
                foreach (var inner in Flatten(child.Errors.Values.SelectMany(e => e)))
                {
                    yield return inner;
                }
            }
            else
            {
                yield return error;
            }
        }
    }

    private static JsonSchema Load(string json) => JsonSchema.FromJsonAsync(json).GetAwaiter().GetResult();
}
