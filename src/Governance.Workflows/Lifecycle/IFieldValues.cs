namespace Governance.Workflows.Lifecycle;

/// <summary>The values a host parsed for the options of a record kind (and its subject options), by option name.</summary>
public interface IFieldValues
{
    /// <summary>The value of a single-valued option, or null when not given.</summary>
    string? Single(string option);

    /// <summary>The values of a repeatable option, empty when not given.</summary>
    IReadOnlyList<string> Many(string option);
}
