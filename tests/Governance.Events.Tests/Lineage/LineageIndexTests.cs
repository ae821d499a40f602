using Governance.Events.Lineage;
using static Governance.Events.Tests.Lineage.Pipeline;

namespace Governance.Events.Tests.Lineage;

public sealed class LineageIndexTests
{
    [Fact]
    public void Resolve_Name_NewestDigestAndWhichEntryChoseIt()
    {
        var resolved = Index().Resolve("bot");

        Assert.NotNull(resolved);
        Assert.Equal(D6, resolved.Digest.Value);
        Assert.StartsWith($"model 'bot' is {D6}: the digest of the newest entry naming it (ledger:7, ", resolved.Note, StringComparison.Ordinal);
        Assert.EndsWith($"; 1 other digest(s) recorded under that name: {D5} (pass one as --model to see it)", resolved.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_Digest_TakenAsGivenWithoutNote()
    {
        Assert.Equal(new ModelResolution(Core.Subjects.Digest.Parse(D20), null), Index().Resolve(D20));
    }

    [Fact]
    public void Resolve_UnknownName_NullAndNamesForAHint()
    {
        var index = Index();

        Assert.Null(index.Resolve("bott"));
        Assert.Equal(["bot"], index.ModelNames);
    }

    [Fact]
    public void KnownDatasets_RegisteredFlaggedOrConsumed()
    {
        Assert.Equal(["books", "chat-sft", "web-crawl"], Index().KnownDatasets().Order(StringComparer.Ordinal));
    }
}
