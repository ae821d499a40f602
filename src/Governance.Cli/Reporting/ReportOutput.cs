using Governance.Workflows.Hosting;
using System.Security.Cryptography;

namespace Governance.Cli.Reporting;

/// <summary>
/// Writes a rendered report to standard output. Inside GitHub Actions (<c>GITHUB_ACTIONS=true</c>) the runner reads
/// every stdout line as a possible workflow command (<c>::add-mask::…</c>, <c>::error file=…</c>, legacy
/// <c>##[…]</c>), and a report quotes text from evidence files and pull requests. So the report is written between
/// <c>::stop-commands::&lt;token&gt;</c> and <c>::&lt;token&gt;::</c>, with a fresh token of 32 random bytes from a
/// cryptographic generator that the report does not contain: no line in between is processed as a command. The
/// commands the tool itself issues (annotations, masks, groups) are written outside that span.
/// </summary>
internal static class ReportOutput
{
    /// <summary>Writes <paramref name="rendered"/> to <see cref="HostContext.Output"/>, fenced when running in Actions.</summary>
    public static void Write(HostContext context, string rendered)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(rendered);
        if (!string.Equals(context.Env("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase))
        {
            context.Output.Write(rendered);
            return;
        }

        context.Output.Write(Fence(rendered, NewToken));
    }

    /// <summary>
    /// <paramref name="text"/> between <c>::stop-commands::&lt;token&gt;</c> and <c>::&lt;token&gt;::</c>, each on its
    /// own line; the token is drawn again while the text contains it.
    /// </summary>
    public static string Fence(string text, Func<string> tokenFactory)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokenFactory);
        for (var i = 0; i < 5; i++)
        {
            var token = tokenFactory();
            if (token.Length >= 16 && !text.Contains(token, StringComparison.OrdinalIgnoreCase))
            {
                var body = text.Length == 0 || text.EndsWith('\n') ? text : text + "\n";
                return $"::stop-commands::{token}\n{body}::{token}::\n";
            }
        }

        throw new InvalidOperationException("could not draw a stop-commands token that the report does not contain");
    }

    /// <summary>A fresh token: 32 bytes from <see cref="RandomNumberGenerator"/>, as lower-case hex.</summary>
    public static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
}
