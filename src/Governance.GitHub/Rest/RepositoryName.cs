using System.Diagnostics.CodeAnalysis;

namespace Governance.GitHub.Rest;

/// <summary>A repository named by its owner and name, as in <c>GITHUB_REPOSITORY</c> (<c>owner/name</c>).</summary>
/// <param name="Owner">The user or organisation that owns the repository.</param>
/// <param name="Name">The repository name.</param>
public sealed record RepositoryName(string Owner, string Name)
{
    /// <summary>The <c>owner/name</c> form.</summary>
    public string FullName => $"{Owner}/{Name}";

    /// <summary>Parses <c>owner/name</c>; throws <see cref="FormatException"/> when malformed.</summary>
    /// <param name="value">The text to parse, e.g. <c>acme/models</c>.</param>
    public static RepositoryName Parse(string value) =>
        TryParse(value, out var result)
            ? result
            : throw new FormatException($"'{value}' is not a repository name of the form owner/name.");

    /// <summary>Parses <c>owner/name</c> without throwing.</summary>
    /// <param name="value">The text to parse.</param>
    /// <param name="result">The parsed name, when the text is well formed.</param>
    public static bool TryParse(string? value, [NotNullWhen(true)] out RepositoryName? result)
    {
        result = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var parts = value.Trim().Split('/');
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            return false;
        }

        result = new RepositoryName(parts[0], parts[1]);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => FullName;
}
