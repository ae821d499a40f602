using System.Net.Http.Headers;

namespace Governance.GitHub.Rest;

/// <summary>Reads RFC 8288 <c>Link</c> headers as GitHub sends them for pagination.</summary>
internal static class LinkHeader
{
    /// <summary>The URI tagged <c>rel="next"</c>, or null on the last page.</summary>
    public static Uri? FindNext(HttpResponseHeaders headers)
    {
        if (!headers.TryGetValues("Link", out var values))
        {
            return null;
        }

        foreach (var value in values)
        {
            var next = FindNext(value);
            if (next is not null)
            {
                return next;
            }
        }

        return null;
    }

    /// <summary>The URI tagged <c>rel="next"</c> in one header value, e.g. <c>&lt;https://…?page=2&gt;; rel="next"</c>.</summary>
    public static Uri? FindNext(string value)
    {
        foreach (var link in value.Split(','))
        {
            var parts = link.Split(';');
            var target = parts[0].Trim();
            if (target.Length < 2 || target[0] != '<' || target[^1] != '>')
            {
                continue;
            }

            for (var i = 1; i < parts.Length; i++)
            {
                var param = parts[i].Trim();
                if (!param.StartsWith("rel=", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var rels = param[4..].Trim('"').Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (rels.Contains("next", StringComparer.OrdinalIgnoreCase)
                    && Uri.TryCreate(target[1..^1], UriKind.Absolute, out var uri))
                {
                    return uri;
                }
            }
        }

        return null;
    }
}
