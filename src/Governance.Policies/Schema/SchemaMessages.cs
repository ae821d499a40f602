using System.Globalization;
using NJsonSchema.Validation;

namespace Governance.Policies.Schema;

/// <summary>Turns NJsonSchema validation errors into one-line messages in the loaders' vocabulary.</summary>
internal static class SchemaMessages
{
    /// <summary>Describes one error (children of <c>oneOf</c> failures are summarised, not listed).</summary>
    public static string Describe(ValidationError error)
    {
        var name = error.Property is { Length: > 0 } p ? $"'{p}'" : "value";
        var schema = error.Schema;
        return error.Kind switch
        {
            ValidationErrorKind.PropertyRequired => $"missing required key '{error.Property}'",
            ValidationErrorKind.NoAdditionalPropertiesAllowed => $"unknown key '{error.Property}'",
            ValidationErrorKind.StringExpected => $"{name} must be a string",
            ValidationErrorKind.NumberExpected => $"{name} must be a number",
            ValidationErrorKind.IntegerExpected => $"{name} must be a whole number",
            ValidationErrorKind.BooleanExpected => $"{name} must be true or false",
            ValidationErrorKind.ObjectExpected => $"{name} must be a mapping",
            ValidationErrorKind.ArrayExpected => $"{name} must be a list",
            ValidationErrorKind.NullExpected => $"{name} must be null",
            ValidationErrorKind.PatternMismatch => $"{name} does not match the pattern {schema?.Pattern}",
            ValidationErrorKind.NotInEnumeration => $"{name} must be one of {string.Join(", ", schema?.Enumeration ?? [])}",
            ValidationErrorKind.NumberTooSmall => $"{name} must be at least {schema?.Minimum?.ToString(CultureInfo.InvariantCulture)}",
            ValidationErrorKind.TooFewItems => $"{name} must list at least {schema?.MinItems} item(s)",
            ValidationErrorKind.StringTooShort => $"{name} must not be empty",
            ValidationErrorKind.NotOneOf => "rule must have exactly one of 'approvals', 'evaluation', 'attestation', 'provenance' or 'expression'",
            _ => $"{name}: {error.Kind} (at {error.Path})",
        };
    }
}
