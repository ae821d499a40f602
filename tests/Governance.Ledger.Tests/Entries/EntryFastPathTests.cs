using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Governance.Ledger.Canonical;
using Governance.Ledger.Entries;

namespace Governance.Ledger.Tests.Entries;

/// <summary>
/// <see cref="LedgerEntry.Parse(byte[], bool, out IReadOnlyList{string})"/> (fast path, falling back) against
/// <see cref="LedgerEntry.ParseFully"/> (document, canonical check, fields, schemas): the same entry, the same schema
/// errors in the same order, the same exception and message, on valid entries of every type, every single-edit
/// mutation of them (canonical, so the schemas decide), crafted corner cases and random byte damage.
/// </summary>
public sealed class EntryFastPathTests
{
    public static TheoryData<string> Types() => [.. EntryTypes.All];

    [Theory]
    [MemberData(nameof(Types))]
    public void Parse_ValidEntriesAndTheirMutations_SameOutcomeAsTheFullPath(string type)
    {
        var vouched = 0;
        foreach (var full in new[] { false, true })
        {
            var entry = ValidEntry(type, full);
            Assert.NotNull(EntryFastPath.TryRead(JsonCanonicalizer.Canonicalize(entry)));
            foreach (var mutation in SchemaSamples.Mutations(entry).Where(m => m is JsonObject))
            {
                vouched += AssertSameOutcome(JsonCanonicalizer.Canonicalize(mutation)) ? 1 : 0;
            }
        }

        Assert.InRange(vouched, 1, int.MaxValue);
    }

    [Theory]
    [InlineData("""{"actor":{"name":"a\"b"},"payload":{"id":"d\\x"},"seq":1,"subject":{"dataset":"\u001f"},"time":"2026-11-22T09:00:00.123Z","type":"dataset.registered/v1","v":1}""")]
    [InlineData("""{"actor":{"name":"\n"},"payload":{"id":"é"},"seq":1,"subject":{"dataset":"😀"},"time":"2026-11-22T09:00:00.123Z","type":"dataset.registered/v1","v":1}""")]
    [InlineData("""{"actor":{"name":"x"},"payload":{"\n":1,"id":"d"},"seq":1,"subject":{},"time":"2026-11-22T09:00:00.123Z","type":"dataset.registered/v1","v":1}""")]
    [InlineData("""{"actor":{"name":"x"},"payload":{"id":"d"},"seq":1,"subject":{},"time":"2026-11-22T09:00:00Z","type":"dataset.registered/v1","v":1}""")]
    [InlineData("""{"actor":{"name":"x"},"payload":{"id":"d"},"seq":1,"subject":{},"time":"2026-11-22T09:00:00.123456789Z","type":"dataset.registered/v1","v":1}""")]
    [InlineData("""{"actor":{"name":"x"},"payload":{"id":"d"},"seq":1,"subject":{},"time":"2026-13-22T09:00:00.123Z","type":"dataset.registered/v1","v":1}""")]
    [InlineData("""{"actor":{"name":"x"},"payload":{"id":"d"},"seq":1,"subject":{},"time":"2026-02-29T09:00:00.123Z","type":"dataset.registered/v1","v":1}""")]
    [InlineData("""{"actor":{"name":"x"},"payload":{"id":"d"},"seq":1,"subject":{},"time":"2028-02-29T23:59:59.999Z","type":"dataset.registered/v1","v":1}""")]
    [InlineData("""{"actor":{"name":"x"},"payload":{"id":"d"},"seq":1,"subject":{},"time":"0000-01-01T00:00:00.000Z","type":"dataset.registered/v1","v":1}""")]
    [InlineData("""{"actor":{"name":"x"},"payload":{"id":"d"},"seq":1,"subject":{},"time":"2026-11-22T24:00:00.000Z","type":"dataset.registered/v1","v":1}""")]
    [InlineData("""{"actor":{"name":"x"},"payload":{"id":"d"},"seq":1,"subject":{},"time":"2026-11-22T23:59:60.000Z","type":"dataset.registered/v1","v":1}""")]
    [InlineData("""{"actor":{"name":"x"},"payload":{"id":"d"},"seq":1e+21,"subject":{},"time":"2026-11-22T09:00:00.123Z","type":"dataset.registered/v1","v":1}""")]
    [InlineData("""{"actor":{"name":"x"},"payload":{"id":"d"},"seq":9007199254740993,"subject":{},"time":"2026-11-22T09:00:00.123Z","type":"dataset.registered/v1","v":1}""")]
    [InlineData("""{"actor":{"name":"x"},"payload":{"id":"d"},"seq":0,"subject":{},"time":"2026-11-22T09:00:00.123Z","type":"dataset.registered/v1","v":1}""")]
    [InlineData("""{"actor":{"name":"x"},"payload":{"id":"d"},"seq":1.5,"subject":{},"time":"2026-11-22T09:00:00.123Z","type":"dataset.registered/v1","v":1}""")]
    [InlineData("""{"actor":{"name":"x"},"payload":{"id":"d"},"seq":1,"subject":{},"time":"2026-11-22T09:00:00.123Z","type":"dataset.registered/v1","v":2}""")]
    [InlineData("""{"actor":{"name":"x"},"payload":{"id":"d"},"seq":1,"subject":{},"time":"2026-11-22T09:00:00.123Z","type":"dataset.registered\/v1","v":1}""")]
    [InlineData("""{"actor":{"name":"x"},"payload":{"id":"d"},"seq":1,"subject":{},"time":"2026-11-22T09:00:00.123Z","type":"dataset.registered/v1","v":1} """)]
    [InlineData("""{"actor":{"name":"x"},"payload":{"id":"d"},"seq":1,"subject":{},"time":"2026-11-22T09:00:00.123Z","type":"dataset.registered/v1","v":true}""")]
    [InlineData("""{"actor":{"name":"x"},"payload":{"approver":"p"},"seq":1,"subject":{},"time":"2026-11-22T09:00:00.123Z","type":"approval.granted/v1","v":1}""")]
    [InlineData("""{"actor":{"name":"x"},"payload":{"approver":"p","recordedFrom":"file"},"seq":1,"subject":{},"time":"2026-11-22T09:00:00.123Z","type":"approval.granted/v1","v":1}""")]
    [InlineData("""{"actor":{"name":"x"},"envelope":"sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef","payload":{"approver":"p"},"seq":1,"subject":{},"time":"2026-11-22T09:00:00.123Z","type":"approval.granted/v1","v":1}""")]
    [InlineData("""{"actor":{"name":"x"},"envelope":null,"payload":{"approver":"p"},"seq":1,"subject":{},"time":"2026-11-22T09:00:00.123Z","type":"approval.granted/v1","v":1}""")]
    [InlineData("""{"actor":{"name":"x"},"payload":{"id":"d"},"prev":null,"seq":1,"subject":{},"time":"2026-11-22T09:00:00.123Z","type":"dataset.registered/v1","v":1}""")]
    [InlineData("""{"actor":{"name":"x"},"payload":{"id":"d"},"seq":1,"subject":{},"time":null,"type":"dataset.registered/v1","v":1}""")]
    [InlineData("""{"actor":{"name":"x"},"payload":{"id":"d"},"seq":1,"subject":{},"time":"2026-11-22T09:00:00.123Z","type":null,"v":1}""")]
    [InlineData("""{"actor":{"name":"x"},"payload":{"id":"d"},"seq":1,"subject":{},"time":"2026-11-22T09:00:00.123Z","type":"dataset.registered/v1"}""")]
    [InlineData("""{"actor":{"name":"x"},"payload":[],"seq":1,"subject":{},"time":"2026-11-22T09:00:00.123Z","type":"dataset.registered/v1","v":1}""")]
    [InlineData("""{"actor":{"name":"x"},"payload":{"id":"d"},"seq":1,"subject":{},"time":"2026-11-22T09:00:00.123Z","type":"dataset.registered/v1","v":1,"zz":1}""")]
    [InlineData("""{"\u0001":1,"actor":{"name":"x"},"payload":{"id":"d"},"seq":1,"subject":{},"time":"2026-11-22T09:00:00.123Z","type":"dataset.registered/v1","v":1}""")]
    [InlineData("""{"actor":{"name":""},"payload":{"id":"d"},"seq":1,"subject":{"digest":"sha256:0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef"},"time":"2026-11-22T09:00:00.123Z","type":"dataset.registered/v1","v":1}""")]
    [InlineData("""{"actor":{"name":"x"},"payload":{"id":"d"},"seq":1,"subject":{},"time":"2026-11-22T09:00:00.123Z","type":"made.up/v1","v":1}""")]
    [InlineData("""{"actor":{"name":"x"},"payload":{"a":{"b":1,"type":"dataset.registered/v1"},"id":"d"},"seq":1,"subject":{},"time":"2026-11-22T09:00:00.123Z","type":1,"v":1}""")]
    [InlineData("""{"actor":{"name":"x"},"payload":{"id":"d"},"seq":1,"subject":{},"time":"2026-11-22T09:00:00.123Z","type":"dataset.registered/v1","type2":"x","v":1}""")]
    [InlineData("""{"actor":{"name":"x"},"payload":{"id":"d"},"seq":1,"subject":{},"time":"2026-11-22T09:00:00.123Z","type":"dataset.registered/v1x","v":1}""")]
    [InlineData("""[1]""")]
    [InlineData("")]
    public void Parse_CraftedEntry_SameOutcomeAsTheFullPath(string json) => AssertSameOutcome(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Parse_RandomByteDamage_SameOutcomeAsTheFullPath()
    {
        var random = new Random(1558);
        var valid = EntryTypes.All.Select(t => JsonCanonicalizer.Canonicalize(ValidEntry(t, full: true))).ToList();
        const string Damage = "{}[],:\" \\0123456789.eE+-tfnuABFZaz/\u00e9\n";
        for (var i = 0; i < 20_000; i++)
        {
            var bytes = valid[random.Next(valid.Count)].ToList();
            var position = random.Next(bytes.Count);
            var damage = Encoding.UTF8.GetBytes(Damage[random.Next(Damage.Length)].ToString());
            switch (random.Next(3))
            {
                case 0:
                    bytes.InsertRange(position, damage);
                    break;
                case 1:
                    bytes.RemoveAt(position);
                    break;
                default:
                    bytes.RemoveAt(position);
                    bytes.InsertRange(position, damage);
                    break;
            }

            AssertSameOutcome([.. bytes]);
        }
    }

    [Fact]
    public void TryParseTime_RandomTimes_SameAsTryParseExact()
    {
        var random = new Random(3339);
        for (var i = 0; i < 50_000; i++)
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"{random.Next(10_000):0000}-{random.Next(14):00}-{random.Next(33):00}T{random.Next(26):00}:{random.Next(62):00}:{random.Next(62):00}.{random.Next(1000):000}Z");
            var expected = DateTimeOffset.TryParseExact(text, LedgerEntry.TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var exact);
            var ours = EntryTime.TryParse(text, out var time);
            Assert.True(expected == ours && exact.Ticks == time.Ticks && exact.Offset == time.Offset, $"{text}: {expected} {exact:O} vs {ours} {time:O}");
        }
    }

    private static JsonObject ValidEntry(string type, bool full)
    {
        var entry = SchemaSamples.Valid(EntrySchemas.EntrySchema, full)!.AsObject();
        entry["type"] = type;
        entry["payload"] = SchemaSamples.Valid(EntrySchemas.PayloadSchema(type)!.Value, full);
        if (EntryTypes.RequiresEnvelope(type))
        {
            entry["envelope"] = SchemaSamples.PatternSamples["^sha256:[0-9a-f]{64}$"];
        }

        return entry;
    }

    // True when the fast path vouched for the entry (then the full path must find it valid, with the same fields).
    private static bool AssertSameOutcome(byte[] bytes)
    {
        var vouched = EntryFastPath.TryRead(bytes) is not null;
        foreach (var validate in new[] { true, false })
        {
            var expected = Outcome(() => (LedgerEntry.ParseFully(bytes, validate, out var errors), errors));
            var actual = Outcome(() => (LedgerEntry.Parse(bytes, validate, out var errors), errors));
            Assert.True(expected == actual, $"{Encoding.UTF8.GetString(bytes)}\n  full path: {expected}\n  fast path: {actual}");
            Assert.True(!vouched || expected.EndsWith("| ", StringComparison.Ordinal), $"vouched for {Encoding.UTF8.GetString(bytes)}: {expected}");
        }

        return vouched;
    }

    private static string Outcome(Func<(LedgerEntry Entry, IReadOnlyList<string> Errors)> parse)
    {
        try
        {
            var (e, errors) = parse();
            return $"{e.Seq} {e.Prev} {e.Type} {e.TimeText} {e.Time.Ticks} {e.Time.Offset} {e.Envelope} {e.Digest} | {string.Join("; ", errors)}";
        }
        catch (Exception ex)
        {
            return $"{ex.GetType().FullName}: {ex.Message} ({ex.InnerException?.GetType().FullName})";
        }
    }
}
