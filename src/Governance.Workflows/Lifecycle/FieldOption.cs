namespace Governance.Workflows.Lifecycle;

/// <summary>One typed option of a record kind, as a host offers it (the CLI as <c>--name</c>, a form as a field).</summary>
/// <param name="Name">The option name, e.g. <c>--content-digest</c>.</param>
/// <param name="Description">Help text.</param>
/// <param name="Repeatable">True when the option may be given several times (its values are a list).</param>
/// <param name="Choices">The only values accepted, or null for any.</param>
public sealed record FieldOption(string Name, string Description, bool Repeatable = false, IReadOnlyList<string>? Choices = null);
