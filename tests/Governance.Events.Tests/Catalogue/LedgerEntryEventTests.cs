using System.Text;
using Governance.Events.Catalogue;
using Governance.Ledger.Canonical;
using Governance.Ledger.Entries;

namespace Governance.Events.Tests.Catalogue;

public sealed class LedgerEntryEventTests
{
    private static readonly DateTimeOffset Time = new(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Event_EntryCreatedFromATypedDraft_ReadsBackTheSameEventAndPayload()
    {
        var flag = new DatasetFlagged { Dataset = "chat", Reason = "PII leak", Severity = "high", References = ["INC-7"], ObservedAt = "2026-02-28T10:00:00.000Z" };

        var entry = LedgerEntry.Create(EntryDraft.Of(flag, new EntryActor("recorder"), new EntrySubject(Dataset: "chat")), 1, null, Time, null);

        var read = Assert.IsType<DatasetFlagged>(entry.Event);
        Assert.Equal(DatasetFlagged.TypeName, entry.Type);
        Assert.Equal(flag with { References = read.References }, read);
        Assert.Equal(["INC-7"], read.References);
        Assert.Equal(Examples.Canonical(entry.Payload), Examples.Canonical(EventCatalogue.ToJson(read)));
        Assert.Same(read, entry.Event);
    }

    [Fact]
    public void Event_ForeignEntryOfAnUnknownType_ParsesAndReadsAsUnknown()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"actor":{"name":"them"},"payload":{"a":"x","b":[1]},"seq":1,"subject":{},"time":"2026-03-01T09:30:00.000Z","type":"model.quantised/v3","v":1}""");
        Assert.True(JsonCanonicalizer.IsCanonical(bytes));

        var entry = LedgerEntry.Parse(bytes);

        var unknown = Assert.IsType<UnknownEvent>(entry.Event);
        Assert.Equal("model.quantised/v3", unknown.Type);
        Assert.Equal("""{"a":"x","b":[1]}""", Examples.Canonical(EventCatalogue.ToJson(unknown)));
    }
}
