using Governance.Workflows.Hosting;
using Governance.GitHub.Events;
using Governance.GitHub.Rest;

namespace Governance.Workflows.GitHub;

/// <summary>Runs GitHub library work, turning its API, payload and setup failures into exit-2 errors with the CLI's wording.</summary>
internal static class GitHubCalls
{
    /// <summary>Awaits a GitHub call.</summary>
    public static async Task<T> Run<T>(Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception ex) when (Map(ex) is { } mapped)
        {
            throw mapped;
        }
    }

    /// <summary>Runs a synchronous GitHub step (reading a payload, opening a client).</summary>
    public static T Run<T>(Func<T> call)
    {
        try
        {
            return call();
        }
        catch (Exception ex) when (Map(ex) is { } mapped)
        {
            throw mapped;
        }
    }

    /// <summary>The token from the command's environment, or null.</summary>
    public static string? Token(HostContext context) => GitHubSession.Token(context.Env);

    /// <summary>Opens a REST session on the command's environment.</summary>
    public static GitHubSession Open(HostContext context) => Run(() => GitHubSession.Open(context.Env, context.Time));

    private static WorkflowException? Map(Exception ex) => ex switch
    {
        GitHubApiException api => new WorkflowException($"GitHub: {api.Message}", api),
        GitHubEventException payload => new WorkflowException($"GitHub event: {payload.Message}", payload),
        GitHubSetupException setup => new WorkflowException(setup.Message, setup),
        _ => null,
    };
}
