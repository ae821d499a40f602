using System.Text.Json.Serialization.Metadata;

namespace Governance.GitHub.Rest;

/// <summary>Follows <c>Link: rel="next"</c> across pages, only on the API host, with a page cap.</summary>
internal static class GitHubPager
{
    /// <summary>GETs every page of a listing (100 per page) and concatenates the arrays.</summary>
    public static async Task<List<T>> GetAllPagesAsync<T>(
        this GitHubConnection connection, string relativePath, JsonTypeInfo<T[]> type, string? hint, int maxPages, CancellationToken ct)
    {
        var items = new List<T>();
        var separator = relativePath.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        Uri? next = connection.Resolve($"{relativePath}{separator}per_page=100");
        var seen = new HashSet<Uri>();
        for (var page = 1; next is not null; page++)
        {
            var request = new GitHubRequest(HttpMethod.Get, next, JsonBody: null, hint);
            if (page > maxPages || !seen.Add(next))
            {
                throw connection.Invalid(request, $"pagination did not end after {maxPages} pages or looped; refusing a possibly endless listing.");
            }

            if (!connection.IsUnderApiRoot(next))
            {
                throw connection.Invalid(request, "the pagination link points outside the API host; refusing to send the token there.");
            }

            var response = await connection.SendAsync(request, allowedStatus: null, ct).ConfigureAwait(false);
            items.AddRange(connection.Deserialize(request, response.Body, type));
            next = response.NextPage;
        }

        return items;
    }
}
