using Governance.Workflows.Hosting;
using Governance.Ledger.Keys;
using Governance.Ledger.Storage;
using Governance.Ledger.Writing;
using Governance.Policies.Diagnostics;

namespace Governance.Cli.Hosting;

/// <summary>Turns exceptions into one clear message per problem and exit 2; stack traces only with <c>--verbose</c>.</summary>
internal static class ErrorReport
{
    /// <summary>Writes the error and returns the exit code.</summary>
    public static int Write(TextWriter error, Exception exception, bool verbose)
    {
        var ex = exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : exception;
        switch (ex)
        {
            case DiagnosticsException diagnostics:
                foreach (var diagnostic in diagnostics.Diagnostics)
                {
                    error.WriteLine(diagnostic);
                }

                break;
            case NativeLibraryUnavailableException native:
                error.WriteLine($"govern: {native.Message}");
                break;
            case SigningKeyException key:
                error.WriteLine($"govern: {key.Message}");
                break;
            case LedgerWriteException write:
                error.WriteLine($"govern: {write.Message}");
                break;
            case TypeInitializationException { InnerException: DllNotFoundException missing }:
                // A native library failed inside a library's static constructor: say which, not "type initializer".
                error.WriteLine($"govern: a native library could not be loaded: {missing.Message}");
                break;
            case WorkflowException cli:
                error.WriteLine($"govern: {cli.Message}");
                if (verbose && cli.InnerException is { } inner)
                {
                    error.WriteLine(inner);
                }

                return cli.ExitCode;
            default:
                error.WriteLine($"govern: unexpected error: {ex.Message}");
                error.WriteLine(verbose ? ex.ToString() : "Run again with --verbose for details.");
                break;
        }

        return ExitCodes.NoDecision;
    }
}
