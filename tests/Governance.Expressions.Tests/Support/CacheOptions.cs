using Governance.Testing.Files;

namespace Governance.Expressions.Tests.Support;

/// <summary>A temporary directory as the compiled-expression cache of an engine under test.</summary>
internal static class CacheOptions
{
    extension(TempDirectory directory)
    {
        /// <summary>Default options with the cache in this directory.</summary>
        public ExpressionOptions Options => new() { CacheDirectory = directory.Path };
    }
}
