using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Governance.Ledger.Canonical;
using Governance.Ledger.Entries;

namespace Governance.Ledger.Tests.Entries;

/// <summary>
/// Adversarial cases for <see cref="EntryFastPath"/>: structure-aware entries built to slip past a one-pass reader
/// (duplicate or unordered members at any depth, escapes, invalid UTF-8, number spellings, a fooled type guess,
/// every schema keyword at its bound, odd times, whitespace, BOM, trailing bytes, nesting). For each, whenever the fast
/// path vouches, the full path must accept the same bytes with no schema errors and the same fields, and the bytes
/// must be canonical by the independent "canonicalize and compare" check. Controls hold that the fast path does read
/// the template entries (else the attacks would prove nothing). Byte escapes in case text: <c>&lt;XX&gt;</c> is the raw byte 0xXX.
/// </summary>
public sealed class EntryFastPathAttackTests
{
    private const string T = "2026-11-22T09:00:00.123Z";
    private static readonly string D = "sha256:" + new string('a', 60) + "09fe";
    private static readonly string Hex64 = new('b', 64);

    public static TheoryData<string> Controls() =>
    [
        Entry("""{"id":"d"}"""),
        Entry("""{"approver":"p"}""", "approval.granted/v1", envelope: Q(D)),
        Entry("""{"approver":"p","recordedFrom":"file"}""", "approval.granted/v1"),
        Entry($$"""{"digest":"{{D}}","predicateType":"p","recordedFrom":"import","signer":"s"}""", "attestation.added/v1"),
        Entry($$"""{"bundle":"{{D}}","checkpoint":"c","origin":"o","root":"{{Hex64}}","signers":["12345678"],"size":1}""", "trail.linked/v1"),
        Entry($$"""{"entry":"{{D}}","reason":"r","seq":1,"type":"approval.granted/v1"}""", "record.retracted/v1"),
        Entry($$"""{"decision":"allow","evidence":[1],"policies":[{"digest":"{{D}}","name":"n"}],"rules":[{"id":"i","outcome":"pass","policy":"p"}]}""", "decision.recorded/v1"),
        Entry($$"""{"digest":"{{D}}","metric":"m","value":1e-7}""", "evaluation.recorded/v1"),
        Entry($$"""{"digest":"{{D}}","metric":"m","value":-5e-324}""", "evaluation.recorded/v1"),
        Entry($$"""{"bundle":"{{D}}","checkpoint":"c","origin":"o","root":"{{new string('f', 63)}}😀","signers":["1234567😀"],"size":1}""", "trail.linked/v1"),
        Entry("""{"id":"d","imported":{"curr_hash":"h","format":"f","seq":9007199254740991}}"""),
        Entry("""{"id":"d"}""", time: "2028-02-29T23:59:59.999Z", seq: "999999999999999", prev: Q(D)),
        Entry("""{"id":"é😀"}""", actor: """{"name":"\u001f","run":"\"","workflow":"\\"}"""),
        Entry("""{"a":{"b":{"c":[{"z":1},{"a":2}]}},"id":"d"}"""),
        Entry("""{"":2,"id":"d","😀":1}"""),
        Entry("""{"":2,"id":"d","😀":1,"":3}"""),
    ];

    public static TheoryData<string> Attacks()
    {
        var data = new TheoryData<string>();
        foreach (var json in AttackCases().Distinct(StringComparer.Ordinal))
        {
            data.Add(json);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Controls))]
    public void Control_FastPathVouchesAndAgrees(string json)
    {
        var bytes = Bytes(json);
        if (JsonCanonicalizer.IsCanonical(bytes) && LedgerEntry.ParseFully(bytes, validate: true, out var errors) is not null && errors.Count == 0)
        {
            Assert.True(AssertNotLooser(bytes), "the fast path should vouch for this valid entry: " + json);
        }
        else
        {
            // A control that is not valid (duplicate "" name above) must simply not be vouched for.
            Assert.False(AssertNotLooser(bytes), json);
        }
    }

    [Theory]
    [MemberData(nameof(Attacks))]
    public void Attack_FastPathNeverLooserThanTheFullPath(string json) => AssertNotLooser(Bytes(json));

    [Fact]
    public void Attack_StructureAwareTwists_NeverVouchedWhenNotCanonical()
    {
        var random = new Random(8785);
        var vouched = 0;
        var twisted = 0;
        var bases = EntryTypes.All.SelectMany(t => new[] { false, true }.Select(full => ValidEntry(t, full))).ToList();
        for (var i = 0; i < 6_000; i++)
        {
            var node = bases[random.Next(bases.Count)];
            var writer = new TwistWriter(random);
            var bytes = Encoding.UTF8.GetBytes(writer.Write(node));
            twisted += writer.Twisted ? 1 : 0;
            vouched += AssertNotLooser(bytes) ? 1 : 0;
        }

        Assert.InRange(twisted, 1000, int.MaxValue);
        Assert.InRange(vouched, 1, int.MaxValue);
    }

    [Fact]
    public void Numbers_EdgeDoubles_WrittenAndCheckedAsEcmaScript()
    {
        var values = new List<double>
        {
            double.Epsilon, 2.225073858507201e-308, 2.2250738585072014e-308, double.MaxValue, 1e21, 1e-7, 1e-6, 1e-5, 1e-4, 1e15, 1e16, 1e17,
            123456789012345.67, 999999999999999.9, 9007199254740993, 0.1, 0.2 + 0.1, 1.0 / 3, 5e-7, 4.35, 1e20 + 65536, 0.000001234, 0.00001234, 1.5e-5,
        };
        for (var e = -325; e <= 309; e++)
        {
            var p = double.Parse("1e" + e.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            values.AddRange([p, 1.5 * p, 9.999999999999999 * p, Math.BitIncrement(p), Math.BitDecrement(p), Math.BitIncrement(Math.BitIncrement(p))]);
        }

        foreach (var v in values.Concat(values.Select(x => -x)).Where(double.IsFinite))
        {
            var expected = IndependentEcma(v);
            Assert.True(expected == EcmaNumber.Format(v), $"{v:R}: independent {expected}, EcmaNumber {EcmaNumber.Format(v)}");
            var written = Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(JsonValue.Create(v)));
            Assert.True(expected == written, $"{v:R}: independent {expected}, written {written}");
            Assert.True(CanonicalForm.IsCanonical(Encoding.UTF8.GetBytes(expected), requireObject: false), expected);

            // Other spellings of the same value are never canonical.
            foreach (var other in new[] { v.ToString("R", CultureInfo.InvariantCulture), v.ToString("E16", CultureInfo.InvariantCulture), expected.Replace("e+", "e", StringComparison.Ordinal), expected.Replace('e', 'E'), expected.Contains('.', StringComparison.Ordinal) && !expected.Contains('e', StringComparison.Ordinal) ? expected + "0" : expected, expected.Contains('.', StringComparison.Ordinal) ? expected : expected + ".0" })
            {
                Assert.True(other == expected || !CanonicalForm.IsCanonical(Encoding.UTF8.GetBytes(other), requireObject: false), $"{other} accepted for {expected}");
            }
        }
    }

    // True when the fast path vouched; then it must agree with the full path and the bytes must be canonical.
    private static bool AssertNotLooser(byte[] bytes)
    {
        var label = Show(bytes);
        var fast = EntryFastPath.TryRead(bytes);

        // Parse (fast path, then fallback) always gives what the full path gives.
        Assert.Equal(Outcome(() => (LedgerEntry.ParseFully(bytes, true, out var e), e)), Outcome(() => (LedgerEntry.Parse(bytes, true, out var e), e)));
        if (fast is null)
        {
            return false;
        }

        Assert.True(JsonCanonicalizer.IsCanonical(bytes), "vouched for non-canonical bytes: " + label);
        LedgerEntry full;
        IReadOnlyList<string> errors;
        try
        {
            full = LedgerEntry.ParseFully(bytes, validate: true, out errors);
        }
        catch (FormatException ex)
        {
            Assert.Fail($"vouched for bytes the full path rejects ({ex.Message}): {label}");
            throw;
        }

        Assert.True(errors.Count == 0, $"vouched despite schema errors {string.Join("; ", errors)}: {label}");
        Assert.True(
            (fast.Seq, fast.Prev, fast.Type, fast.TimeText, fast.Time.Ticks, fast.Time.Offset, fast.Envelope, fast.Digest)
            == (full.Seq, full.Prev, full.Type, full.TimeText, full.Time.Ticks, full.Time.Offset, full.Envelope, full.Digest),
            "fields differ: " + label);
        return true;
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
            return $"{ex.GetType().FullName}: {ex.Message}";
        }
    }

    private static string Show(byte[] bytes) => Encoding.UTF8.GetString(bytes) + " [" + Convert.ToHexString(bytes.Length > 400 ? bytes[..400] : bytes) + "]";

    private static string Q(string text) => "\"" + text + "\"";

    // An entry with its members in canonical order; every argument is raw JSON text (null leaves the member out).
    private static string Entry(
        string payload, string type = "dataset.registered/v1", string? envelope = null, string seq = "1", string time = T,
        string actor = """{"name":"x"}""", string subject = "{}", string? prev = null, string v = "1", bool quoteTime = true, bool quoteType = true)
    {
        var sb = new StringBuilder("{");
        sb.Append("\"actor\":").Append(actor);
        if (envelope is not null)
        {
            sb.Append(",\"envelope\":").Append(envelope);
        }

        sb.Append(",\"payload\":").Append(payload);
        if (prev is not null)
        {
            sb.Append(",\"prev\":").Append(prev);
        }

        sb.Append(",\"seq\":").Append(seq).Append(",\"subject\":").Append(subject);
        sb.Append(",\"time\":").Append(quoteTime ? Q(time) : time);
        sb.Append(",\"type\":").Append(quoteType ? Q(type) : type);
        sb.Append(",\"v\":").Append(v).Append('}');
        return sb.ToString();
    }

    // UTF-8 of the text, with each "<XX>" turned into the raw byte 0xXX.
    private static byte[] Bytes(string text)
    {
        var result = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '<' && i + 3 < text.Length && text[i + 3] == '>' && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                result.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 3;
                continue;
            }

            var length = char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
            result.AddRange(Encoding.UTF8.GetBytes(text.Substring(i, length)));
            i += length - 1;
        }

        return [.. result];
    }

    private static IEnumerable<string> AttackCases()
    {
        var p = """{"id":"d"}""";

        // Duplicate member names: top level, payload, nested object, array item object, free-form object.
        yield return """{"actor":{"name":"x"},"payload":{"id":"d"},"seq":1,"seq":2,"subject":{},"time":"2026-11-22T09:00:00.123Z","type":"dataset.registered/v1","v":1}""";
        yield return """{"actor":{"name":"x"},"payload":{"id":"d"},"seq":1,"subject":{},"time":"2026-11-22T09:00:00.123Z","type":"dataset.registered/v1","type":"approval.granted/v1","v":1}""";
        yield return """{"actor":{"name":"x"},"payload":{"approver":"p"},"seq":1,"subject":{},"time":"2026-11-22T09:00:00.123Z","type":"approval.granted/v1","type":"dataset.registered/v1","v":1}""";
        yield return """{"actor":{"name":"x"},"payload":{"id":"d"},"payload":{"x":1},"seq":1,"subject":{},"time":"2026-11-22T09:00:00.123Z","type":"dataset.registered/v1","v":1}""";
        yield return """{"actor":{"name":"x"},"payload":{"id":"d"},"payload":[],"seq":1,"subject":{},"time":"2026-11-22T09:00:00.123Z","type":"dataset.registered/v1","v":1}""";
        yield return """{"actor":{"name":"x"},"envelope":"x","envelope":"sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef","payload":{"approver":"p"},"seq":1,"subject":{},"time":"2026-11-22T09:00:00.123Z","type":"approval.granted/v1","v":1}""";
        yield return """{"actor":{"name":"x"},"payload":{"id":"d"},"seq":1,"subject":{},"time":"2026-11-22T09:00:00.123Z","time":"x","type":"dataset.registered/v1","v":1}""";
        yield return """{"actor":{"name":"x"},"payload":{"id":"d"},"seq":1,"subject":{},"time":"2026-11-22T09:00:00.123Z","type":"dataset.registered/v1","v":1,"v":2}""";
        yield return Entry("""{"id":"d","id":""}""");
        yield return Entry("""{"id":"","id":"d"}""");
        yield return Entry("""{"approver":"p","approver":""}""", "approval.granted/v1", envelope: Q(D));
        yield return Entry("""{"approver":"p","recordedFrom":"file","recordedFrom":"nope"}""", "approval.granted/v1");
        yield return Entry("""{"id":"d","imported":{"curr_hash":"h","format":"f","format":""}}""");
        yield return Entry("""{"id":"d","imported":{"curr_hash":"","curr_hash":"h","format":"f"}}""");
        yield return Entry("""{"a":{"k":1,"k":2},"id":"d"}""");
        yield return Entry($$"""{"decision":"allow","evidence":[1],"policies":[{"digest":"{{D}}","name":"n","name":""}],"rules":[]}""", "decision.recorded/v1");
        yield return Entry($$"""{"decision":"allow","evidence":[],"policies":[],"rules":[{"id":"i","outcome":"pass","outcome":"nope","policy":"p"}]}""", "decision.recorded/v1");
        yield return Entry($$"""{"decision":"allow","decision":"deny","evidence":[],"policies":[],"rules":[]}""", "decision.recorded/v1");
        yield return Entry(p, actor: """{"name":"x","name":""}""");
        yield return Entry(p, subject: $$"""{"digest":"{{D}}","digest":"x"}""");
        yield return Entry($$"""{"digest":"{{D}}","metric":"m","value":1,"value":2}""", "evaluation.recorded/v1");
        yield return Entry($$"""{"inputs":[],"metrics":{"a":1,"a":1},"output":"{{D}}","stage":"s"}""", "training.completed/v1");

        // Names out of canonical order only in nested objects, arrays of objects, free-form objects, deep down.
        yield return Entry("""{"id":"d","digest":"x"}""");
        yield return Entry($$"""{"id":"d","digest":"{{D}}"}""");
        yield return Entry("""{"id":"d","imported":{"format":"f","curr_hash":"h"}}""");
        yield return Entry(p, actor: """{"run":"r","name":"x"}""");
        yield return Entry(p, subject: """{"model":"m","dataset":"d"}""");
        yield return Entry($$"""{"decision":"allow","evidence":[],"policies":[{"name":"n","digest":"{{D}}"}],"rules":[]}""", "decision.recorded/v1");
        yield return Entry($$"""{"inputs":[{"id":"a"},{"kind":"model","id":"b"}],"output":"{{D}}","stage":"s"}""", "training.completed/v1");
        yield return Entry($$$"""{"inputs":[],"metrics":{"b":{"y":1,"x":2}},"output":"{{{D}}}","stage":"s"}""", "training.completed/v1");
        yield return Entry($$"""{"inputs":[],"metrics":{"b":[[{"y":1}],[{"b":1,"a":2}]]},"output":"{{D}}","stage":"s"}""", "training.completed/v1");
        yield return Entry("""{"b":{"z":1},"a":1,"id":"d"}""");
        yield return Entry("""{"id":"d","€":1,"😀":2}""");
        yield return Entry("""{"id":"d","😀":1,"":2}""");
        yield return Entry("""{"id":"d","ｚ":1,"😀":2}""");
        yield return Entry("""{"id":"d","😀":1,"ｚ":2}""");
        yield return Entry("""{"id":"d","z":1,"\u001f":2}""");
        yield return Entry("""{"\n":1,"\t":2,"id":"d"}""");
        yield return Entry("""{"id":"d","idx":1,"id\u0000":2}""");
        yield return Entry("""{"id":"d","id\u0000":1,"idx":2}""");

        // Escapes in names and values: unneeded escapes, upper-case hex, escaped type/time/digests, escaped quotes.
        yield return Entry("""{"\u0069d":"d"}""");
        yield return Entry("""{"id":"\u0064"}""");
        yield return Entry("""{"id":"\/"}""");
        yield return Entry("""{"id":"\u00e9"}""");
        yield return Entry("""{"id":"\u001F"}""");
        yield return Entry("""{"id":"\u000a"}""");
        yield return Entry("""{"id":"\u0000"}""");
        yield return Entry("""{"id":"\ud83d\ude00"}""");
        yield return Entry("""{"id":"\ud800"}""");
        yield return Entry("""{"id":"\udc00x"}""");
        yield return Entry("""{"id":"\u2028"}""");
        yield return Entry("""{"id":"d"}""", "dataset.registered\\u002fv1");
        yield return Entry("""{"id":"d"}""", "dataset.registered\\/v1");
        yield return Entry("""{"id":"d"}""", "dataset.registered/v1\\u0000");
        yield return Entry("""{"id":"d"}""", "dataset.registered/v1\\n");
        yield return Entry("""{"id":"d"}""", time: "2026-11-22T09:00:00.123Z\\n");
        yield return Entry("""{"id":"d"}""", time: "2026-11-22T09:00:00.123\\u005a");
        yield return Entry("""{"id":"d"}""", prev: Q(D + "\\n"));
        yield return Entry("""{"id":"d"}""", prev: Q(D[..^1] + "\\u0065"));
        yield return Entry("""{"approver":"p"}""", "approval.granted/v1", envelope: Q(D + "\\n"));
        yield return Entry($$"""{"digest":"{{D}}\n","id":"d"}""");
        yield return Entry($$"""{"digest":"{{D}}","id":"d","observedAt":"2026-11-22T09:00:00Z\n"}""");
        yield return Entry($$"""{"digest":"{{D}}","id":"d","observedAt":"2026-11-22T09:00:00\u005a"}""");
        yield return Entry(p, subject: $$"""{"commit":"{{new string('a', 40)}}\n"}""");
        yield return Entry("""{"approver":"p","recordedFrom":"fil\u0065"}""", "approval.granted/v1");
        yield return Entry("""{"approver":"p","recordedFrom":"file\n"}""", "approval.granted/v1");
        yield return Entry("""{"approver":"p","recordedFrom":"file\u0000"}""", "approval.granted/v1");
        yield return Entry("""{"approver":"p","recordedFro\u006d":"file"}""", "approval.granted/v1");
        yield return Entry("""{"approver":"p","recordedFrom\u0000":"file"}""", "approval.granted/v1");
        yield return Entry("""{"approver":"p","recordedFrom\n":"file"}""", "approval.granted/v1");
        yield return """{"actor":{"name":"x"},"payload":{"id":"d"},"seq":1,"subject":{},"time":"2026-11-22T09:00:00.123Z","typ\u0065":"dataset.registered/v1","v":1}""";
        yield return """{"actor":{"name":"x"},"payload":{"id":"d"},"seq":1,"subject":{},"time":"2026-11-22T09:00:00.123Z","type":"dataset.registered/v1","\u0076":1}""";
        yield return """{"actor":{"name":"x"},"payload":{"id":"d"},"seq":1,"subject":{},"time":"2026-11-22T09:00:00.123Z","type":"dataset.registered/v1","v":1,"v\u0000":1}""";
        yield return """{"\u0000":1,"actor":{"name":"x"},"payload":{"id":"d"},"seq":1,"subject":{},"time":"2026-11-22T09:00:00.123Z","type":"dataset.registered/v1","v":1}""";

        // Invalid UTF-8 (overlong, encoded surrogate, stray continuation, truncated, 0xFF) in values and names.
        foreach (var bad in new[] { "<C0><80>", "<C1><BF>", "<E0><80><80>", "<ED><A0><80>", "<ED><BF><BF>", "<F4><90><80><80>", "<F8><88><80><80><80>", "<80>", "<BF>", "<C3>", "<E2><82>", "<FF>", "<FE>", "<EF><BB><BF>" })
        {
            yield return Entry($$"""{"id":"d{{bad}}"}""");
            yield return Entry($$"""{"id":"d","x{{bad}}":1}""");
            yield return Entry(p, actor: $$"""{"name":"{{bad}}"}""");
            yield return Entry($$"""{"bundle":"{{D}}","checkpoint":"c","origin":"o","root":"{{new string('f', 63)}}{{bad}}","signers":["12345678"],"size":1}""", "trail.linked/v1");
        }

        // Byte order mark, whitespace, trailing bytes, a second value, truncation.
        var ok = Entry(p);
        yield return "<EF><BB><BF>" + ok;
        yield return " " + ok;
        yield return ok + " ";
        yield return ok + "\n";
        yield return ok + "<00>";
        yield return ok + "{}";
        yield return ok + "1";
        yield return ok[..^1];
        yield return ok.Replace(",\"seq\"", ", \"seq\"", StringComparison.Ordinal);
        yield return ok.Replace("\"seq\":", "\"seq\" :", StringComparison.Ordinal);
        yield return ok.Replace("\"seq\":1", "\"seq\":1 ", StringComparison.Ordinal);
        yield return ok.Replace("{\"id\"", "{ \"id\"", StringComparison.Ordinal);
        yield return ok.Replace("{\"id\":\"d\"}", "{\"id\":\"d\",}", StringComparison.Ordinal);
        yield return ok.Replace(",\"v\":1}", ",\"v\":1,}", StringComparison.Ordinal);
        yield return ok.Replace("{\"name\":\"x\"}", "{\"name\":\"x\"/**/}", StringComparison.Ordinal);

        // Numbers: spellings of 1, -0, exponents, leading zeros, 2^53 neighbours, 1e15, fractions, huge magnitudes.
        foreach (var n in new[] { "1.0", "1e0", "1E0", "1e+0", "10e-1", "0.1e1", "01", "-0", "-1", "0", "2e0", "1.5", "0.5e1", "1e15", "1e+15", "1000000000000000", "999999999999999", "9007199254740991", "9007199254740992", "9007199254740993", "1e+21", "1e21", "1e400", "-1e400", "1e-400", "4294967297", "9223372036854775807", "9223372036854775808", "18446744073709551617", "1.0000000000000002", "0.9999999999999999", "true", "\"1\"", "null", "[1]" })
        {
            yield return Entry(p, seq: n);
            yield return Entry(p, v: n);
            yield return Entry($$"""{"digest":"{{D}}","metric":"m","samples":{{n}},"value":1}""", "evaluation.recorded/v1");
            yield return Entry($$"""{"digest":"{{D}}","metric":"m","value":{{n}}}""", "evaluation.recorded/v1");
            yield return Entry($$"""{"entry":"{{D}}","reason":"r","seq":{{n}}}""", "record.retracted/v1");
            yield return Entry($$$"""{"id":"d","imported":{"curr_hash":"h","format":"f","line":{{{n}}},"seq":{{{n}}}}}""");
            yield return Entry($$"""{"inputs":[{"id":"a","weight":{{n}}}],"output":"{{D}}","stage":"s"}""", "training.completed/v1");
            yield return Entry($$"""{"decision":"allow","evidence":[{{n}}],"policies":[],"rules":[]}""", "decision.recorded/v1");
            yield return Entry($$"""{"decision":"allow","evidence":[],"ledger":{"size":{{n}}},"policies":[],"rules":[]}""", "decision.recorded/v1");
            yield return Entry($$"""{"bundle":"{{D}}","entries":{{n}},"files":{{n}},"root":"{{Hex64}}","size":{{n}}}""", "audit.exported/v1");
            yield return Entry($$"""{"events":{{n}},"head":"h","source":"s"}""", "trail.imported/v1");
        }

        foreach (var n in new[] { "-0.0", "-0", "-5e-324", "5e-324", "-1e-7", "0", "1e-7" })
        {
            yield return Entry($$"""{"inputs":[{"id":"a","weight":{{n}}}],"output":"{{D}}","stage":"s"}""", "training.completed/v1");
            yield return Entry($$"""{"digest":"{{D}}","metric":"m","samples":0,"stderr":{{n}},"value":{{n}}}""", "evaluation.recorded/v1");
        }

        // The type guess: a payload member "type" naming another type, top-level type not a plain string, absent, or unknown.
        yield return Entry($$"""{"entry":"{{D}}","reason":"r","seq":1,"type":"approval.granted/v1"}""", "record.retracted/v1");
        yield return Entry($$"""{"entry":"{{D}}","reason":"r","seq":1,"type":"dataset.registered/v1"}""", "dataset.registered/v1");
        yield return Entry("""{"id":"d","x":{"a":1,"type":"approval.granted/v1"}}""", "[\"dataset.registered/v1\"]", quoteType: false);
        yield return Entry("""{"approver":"p","x":{"a":1,"type":"dataset.registered/v1"}}""", "approval.granted/v1", envelope: Q(D));
        yield return Entry("""{"id":"d","x":",\"type\":\"approval.granted/v1\""}""", "approval.granted/v1", envelope: Q(D));
        yield return Entry("""{"approver":"p","id":"d"}""", "{\"a\":1,\"type\":\"approval.granted/v1\"}", quoteType: false);
        yield return Entry("""{"approver":"p","id":"d"}""", "null", quoteType: false);
        yield return Entry("""{"approver":"p","id":"d"}""", "approval.granted/v1x", envelope: Q(D));
        yield return Entry("""{"approver":"p","id":"d"}""", "approval.granted", envelope: Q(D));
        yield return Entry("""{"approver":"p","id":"d"}""", "approval.granted.v1", envelope: Q(D));
        yield return Entry("""{"approver":"p","id":"d"}""", "approval.granted\\u0000/v1", envelope: Q(D));
        yield return Entry("""{"approver":"p"}""", "approval.granted/v1", envelope: Q(D), time: "\",\"type\":\"dataset.registered/v1", quoteTime: true);
        yield return """{"actor":{"name":"x"},"payload":{"approver":"p","id":"d"},"seq":1,"subject":{},"time":"2026-11-22T09:00:00.123Z","v":1,"x":{"a":1,"type":"dataset.registered/v1"}}""";
        yield return """{"actor":{"name":"x"},"payload":{"approver":"p","id":"d"},"seq":1,"subject":{},"time":"2026-11-22T09:00:00.123Z","v":1}""";
        yield return """{"actor":{"name":"x"},"envelope":"sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef","payload":{"approver":"p","x":{"a":1,"type":"approval.granted/v1"}},"seq":1,"subject":{},"time":"2026-11-22T09:00:00.123Z","type":"dataset.registered/v1","v":1}""";
        yield return """{"actor":{"name":"x"},"payload":{"id":"d"},"seq":1,"subject":{},"time":"2026-11-22T09:00:00.123Z","type":"dataset.registered/v1","v":1,"w":{"a":1,"type":"approval.granted/v1"}}""";
        yield return """{"actor":{"name":"x"},"payload":{"id":"d"},"seq":1,"subject":{},"time":"2026-11-22T09:00:00.123Z","type":"dataset.registered/v1","v":{"a":1,"type":"approval.granted/v1"}}""";
        yield return """{"actor":{"name":"x"},"payload":{"approver":"p"},"seq":1,"subject":{},"time":"2026-11-22T09:00:00.123Z","type":"approval.granted/v1","v":[1,{"a":1,"type":"external.event/v1"}]}""";
        foreach (var type in EntryTypes.All)
        {
            // Each type's payload under every other type's name: the guessed schema must be the type actually read.
            yield return Entry("""{"approver":"p","id":"d","kind":"k"}""", type, envelope: Q(D));
            yield return Entry("""{"approver":"p","id":"d","kind":"k"}""", type);
        }

        // Envelope rule: person-made records without an envelope, relayed or not, recordedFrom in odd places.
        yield return Entry("""{"approver":"p"}""", "approval.granted/v1");
        yield return Entry("""{"approver":"p"}""", "approval.revoked/v1");
        yield return Entry($$"""{"approver":"p","digest":"{{D}}","expires":"{{T}}","granted":"{{T}}","reason":"r","rules":["r"]}""", "waiver.granted/v1");
        yield return Entry($$"""{"digest":"{{D}}","predicateType":"p","signer":"s"}""", "attestation.added/v1");
        yield return Entry("""{"approver":"p","recordedFrom":null}""", "approval.granted/v1");
        yield return Entry("""{"approver":"p","recordedFrom":""}""", "approval.granted/v1");
        yield return Entry("""{"approver":"p","teams":["recordedFrom"]}""", "approval.granted/v1");
        yield return Entry("""{"approver":"p"}""", "approval.granted/v1", envelope: "null");
        yield return Entry("""{"approver":"p"}""", "approval.granted/v1", envelope: "\"\"");
        yield return Entry("""{"approver":"p"}""", "approval.granted/v1", envelope: "1");
        yield return Entry("""{"approver":"p"}""", "approval.granted/v1", envelope: Q("sha256:" + new string('A', 64)));
        yield return Entry("""{"kind":"k","recordedFrom":"file"}""", "external.event/v1");

        // Schema keywords at their bounds: enum, minLength (bytes vs code points vs UTF-16), pattern, minItems,
        // required, additionalProperties, type lists, null and booleans where strings go.
        foreach (var severity in new[] { "\"low\"", "\"Low\"", "\"critical\"", "\"critical \"", "\"\"", "null", "1", "[\"low\"]", "{\"low\":1}" })
        {
            yield return Entry($$"""{"dataset":"d","reason":"r","severity":{{severity}}}""", "dataset.flagged/v1");
        }

        foreach (var root in new[] { new string('f', 63), new string('f', 64), new string('f', 62) + "é", new string('f', 63) + "é", string.Concat(Enumerable.Repeat("😀", 32)), string.Concat(Enumerable.Repeat("😀", 64)), string.Concat(Enumerable.Repeat("é", 63)), string.Concat(Enumerable.Repeat("é", 64)), new string('f', 63) + "\\n", new string('f', 62) + "\\n" })
        {
            yield return Entry($$"""{"bundle":"{{D}}","checkpoint":"c","origin":"o","root":"{{root}}","signers":["12345678"],"size":1}""", "trail.linked/v1");
            yield return Entry($$"""{"bundle":"{{D}}","entries":0,"files":1,"root":"{{root}}","size":1}""", "audit.exported/v1");
        }

        foreach (var signers in new[] { "[]", "[\"1234567\"]", "[\"😀😀😀😀\"]", "[\"1234567😀\"]", "[\"12345678\",\"\"]", "[\"12345678\",null]", "\"12345678\"", "[[\"12345678\"]]" })
        {
            yield return Entry($$"""{"bundle":"{{D}}","checkpoint":"c","origin":"o","root":"{{Hex64}}","signers":{{signers}},"size":1}""", "trail.linked/v1");
        }

        foreach (var text in new[] { "\"\"", "\" \"", "null", "true", "1", "[]", "{}", "\"\\u0000\"", "\"😀\"" })
        {
            yield return Entry($$"""{"id":{{text}}}""");
            yield return Entry($$"""{"approver":{{text}}}""", "approval.granted/v1", envelope: Q(D));
            yield return Entry(p, actor: $$"""{"name":{{text}}}""");
            yield return Entry(p, subject: $$"""{"model":{{text}}}""");
            yield return Entry($$"""{"events":0,"head":{{text}},"source":"s"}""", "trail.imported/v1");
            yield return Entry($$"""{"events":0,"head":"h","source":"s","verified":{{text}}}""", "trail.imported/v1");
            yield return Entry($$$"""{"id":"d","imported":{"actor":{{{text}}},"curr_hash":"h","format":"f"}}""");
            yield return Entry($$"""{"decision":"allow","evidence":[],"policies":[{"applies":{{text}},"digest":"{{D}}","name":"n"}],"rules":[]}""", "decision.recorded/v1");
        }

        yield return Entry($$"""{"decision":"allow","evidence":[],"policies":[{"name":"n"}],"rules":[]}""", "decision.recorded/v1");
        yield return Entry($$"""{"decision":"allow","evidence":[],"policies":[],"rules":[{"id":"i","outcome":"pass"}]}""", "decision.recorded/v1");
        yield return Entry($$"""{"decision":"allow","evidence":[],"policies":[],"rules":[{"id":"i","mode":"x","outcome":"pass","policy":"p"}]}""", "decision.recorded/v1");
        yield return Entry($$"""{"decision":"allow","evidence":[],"policies":[],"rules":[{"extra":1,"id":"i","outcome":"pass","policy":"p"}]}""", "decision.recorded/v1");
        yield return Entry($$"""{"decision":"allow","evidence":[],"policies":[],"rules":[]}""", "decision.recorded/v1");
        yield return Entry($$"""{"decision":"allow","evidence":[],"ledger":{},"policies":[],"rules":[]}""", "decision.recorded/v1");
        yield return Entry($$"""{"decision":"allow","evidence":[],"ledger":{"root":"{{D}}","size":0,"x":1},"policies":[],"rules":[]}""", "decision.recorded/v1");
        yield return Entry($$"""{"decision":"maybe","evidence":[],"policies":[],"rules":[]}""", "decision.recorded/v1");
        yield return Entry($$"""{"evidence":[],"policies":[],"rules":[]}""", "decision.recorded/v1");
        yield return Entry("""{"id":"d","imported":{"curr_hash":"h"}}""");
        yield return Entry("""{"id":"d","imported":{"format":"f"}}""");
        yield return Entry("""{"id":"d","imported":[]}""");
        yield return Entry("""{"id":"d","imported":{"curr_hash":"h","format":"f","\u0000":1}}""");
        yield return Entry("""{"id":"d","imported":{"\n":1,"curr_hash":"h","format":"f"}}""");
        yield return Entry("""{"id":"d","riskLabels":["a",""]}""");
        yield return Entry("""{"id":"d","riskLabels":"a"}""");
        yield return Entry("""{"x":1}""");
        yield return Entry("""{}""");
        yield return Entry("""{"approver":"p","extra":1}""", "approval.granted/v1", envelope: Q(D));
        yield return Entry("""{"kind":""}""", "external.event/v1");
        yield return Entry("""{"kind":"k","observedAt":"2026-11-22T09:00:00"}""", "external.event/v1");
        yield return Entry($$"""{"approver":"p","digest":"{{D}}","expires":"{{T}}","granted":"{{T}}","reason":"r","rules":[]}""", "waiver.granted/v1", envelope: Q(D));
        yield return Entry(p, actor: """{"name":"x","other":"y"}""");
        yield return Entry(p, actor: """{"run":"r"}""");
        yield return Entry(p, actor: "{}");
        yield return Entry(p, actor: "[]");
        yield return Entry(p, actor: "null");
        yield return Entry(p, subject: "[]");
        yield return Entry(p, subject: """{"x":1}""");
        yield return Entry("[]");
        yield return Entry("null");
        yield return Entry("\"{}\"");

        // Patterns: digests, commits, times (entry and RFC 3339), odd digits, lower-case t/z, offsets, fractions, 24:00, :60.
        foreach (var digest in new[] { D, "sha256:" + new string('A', 64), "sha256:" + new string('a', 63), "sha256:" + new string('a', 65), "SHA256:" + new string('a', 64), "sha256:" + new string('a', 63) + "g", "sha256:" + new string('a', 63) + "é", "sha256:" + new string('a', 63) + "٠", "sha256:" + new string('a', 62) + "\\n", " sha256:" + new string('a', 64), "sha256:" + new string('a', 64) + "\\u0000" })
        {
            yield return Entry($$"""{"digest":"{{digest}}","id":"d"}""");
            yield return Entry(p, prev: Q(digest));
            yield return Entry(p, subject: $$"""{"digest":"{{digest}}"}""");
            yield return Entry("""{"approver":"p"}""", "approval.granted/v1", envelope: Q(digest));
        }

        foreach (var commit in new[] { new string('a', 40), new string('a', 64), new string('a', 39), new string('a', 41), new string('a', 52), new string('a', 63), new string('a', 65), new string('A', 40), new string('a', 39) + "\\n", new string('a', 40) + "\\n" })
        {
            yield return Entry(p, subject: $$"""{"commit":"{{commit}}"}""");
        }

        foreach (var time in new[]
        {
            "2026-11-22T09:00:00.123Z", "2026-11-22t09:00:00.123Z", "2026-11-22T09:00:00.123z", "2026-11-22T09:00:00.123+00:00", "2026-11-22T09:00:00Z",
            "2026-11-22T09:00:00.1Z", "2026-11-22T09:00:00.1234Z", "2026-11-22T09:00:00.123456789Z", "2026-11-22T09:00:00.1234567890Z", "2026-11-22T09:00:00.Z",
            "2026-11-22T24:00:00.000Z", "2026-12-31T23:59:60.000Z", "2026-02-29T00:00:00.000Z", "2024-02-29T00:00:00.000Z", "2026-00-10T00:00:00.000Z",
            "2026-11-00T00:00:00.000Z", "0000-01-01T00:00:00.000Z", "0001-01-01T00:00:00.000Z", "9999-12-31T23:59:59.999Z", "2026-11-22T09:60:00.000Z",
            "２026-11-22T09:00:00.123Z", "٢٠٢٦-11-22T09:00:00.123Z", "2026-11-22 09:00:00.123Z", "2026-11-22T09:00:00,123Z", "+026-11-22T09:00:00.123Z",
            "-026-11-22T09:00:00.123Z", " 026-11-22T09:00:00.123Z", "2026-1-22T09:00:00.123ZZ", "2026-11-22T09:00:00.12aZ", "2026-11-22T09:00:00.-12Z",
            "2026-11-22T09:00:00.123Z\\n", "2026-11-22T09:00:00.123Z\\u0000", "2026-11-22T9:00:00.1234Z", "20261-1-22T09:00:00.123Z", "",
        })
        {
            yield return Entry(p, time: time);
            yield return Entry($$"""{"digest":"{{D}}","id":"d","observedAt":"{{time}}"}""");
            yield return Entry($$"""{"approver":"p","digest":"{{D}}","expires":"{{time}}","granted":"{{T}}","reason":"r","rules":["r"]}""", "waiver.granted/v1", envelope: Q(D));
        }

        foreach (var observed in new[] { "2026-11-22T09:00:00+01:00", "2026-11-22T09:00:00-99:99", "2026-11-22T09:00:00.5+01:00", "2026-11-22T09:00:00.+01:00", "2026-11-22T09:00:00+0100", "2026-11-22T09:00:00+01:00Z", "2026-11-22T09:00:00.5Z+01:00", "2026-11-22T09:00:00+1:00", "2026-11-22T09:00:00.123456789012Z", "2026-11-22T09:00:00+01:0٠", "2026-11-22T09:00:00Z+01:00", "2026-11-22T09:00:0001:00", "2026-11-22T09:00:00 01:00" })
        {
            yield return Entry($$"""{"kind":"k","observedAt":"{{observed}}"}""", "external.event/v1");
        }

        // Time forms that are valid but not the 24-character one: the fast path may decline, never misread.
        yield return Entry(p, time: "2026-11-22T09:00:00.120Z");
        yield return Entry(p, time: "2026-11-22T09:00:00.000Z");

        // Nesting: free-form objects and arrays around the reader's depth limit.
        foreach (var depth in new[] { 58, 59, 60, 61, 62, 63, 64, 65, 70 })
        {
            var objects = string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
            var arrays = new string('[', depth) + new string(']', depth);
            yield return Entry($$"""{"id":"d","x":{{objects}}}""");
            yield return Entry($$"""{"id":"d","x":{{arrays}}}""");
            yield return Entry($$"""{"inputs":[],"metrics":{{objects}},"output":"{{D}}","stage":"s"}""", "training.completed/v1");
        }

        // Seq, prev and fields read straight from the bytes.
        yield return Entry(p, seq: "1", prev: Q(D));
        yield return Entry(p, seq: "2", prev: "null");
        yield return Entry(p, seq: "2", prev: "\"\"");
        yield return Entry(p, seq: "2", prev: "1");
        yield return Entry(p, seq: "-1");
        yield return Entry(p, seq: "0");
        yield return Entry(p, v: "\"1\"");
        yield return Entry(p, v: "[1]");
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

    // ECMAScript Number::toString from first principles: the fewest significant digits (correctly rounded) that read
    // back as the same double, laid out by the spec's rules. Shares nothing with EcmaNumber's "R" digits.
    private static string IndependentEcma(double value)
    {
        if (value == 0)
        {
            return "0";
        }

        if (value < 0)
        {
            return "-" + IndependentEcma(-value);
        }

        for (var precision = 1; precision <= 17; precision++)
        {
            var text = value.ToString("E" + (precision - 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            if (double.Parse(text, CultureInfo.InvariantCulture) != value)
            {
                continue;
            }

            var e = text.IndexOf('E', StringComparison.Ordinal);
            var digits = text[..e].Replace(".", "", StringComparison.Ordinal).TrimEnd('0');
            var n = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) + 1;
            var k = digits.Length;
            if (k <= n && n <= 21)
            {
                return digits + new string('0', n - k);
            }

            if (0 < n && n <= 21)
            {
                return digits[..n] + "." + digits[n..];
            }

            if (-6 < n && n <= 0)
            {
                return "0." + new string('0', -n) + digits;
            }

            var exponent = n - 1;
            return digits[..1] + (k > 1 ? "." + digits[1..] : "") + "e" + (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
        }

        throw new InvalidOperationException("no round-trip precision for " + value.ToString("R", CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Writes a node canonically except, with some probability, at one place: two members swapped, a member repeated
    /// (same or other value), a name or string with an unneeded escape, a number spelled otherwise, a stray space.
    /// </summary>
    private sealed class TwistWriter(Random random)
    {
        private readonly StringBuilder _out = new();
        private int _budget = 1;

        public bool Twisted => _budget == 0;

        public string Write(JsonNode node)
        {
            Node(node);
            return _out.ToString();
        }

        private bool Twist(double chance)
        {
            if (_budget > 0 && random.NextDouble() < chance)
            {
                _budget--;
                return true;
            }

            return false;
        }

        private void Node(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    var members = o.Select(m => (m.Key, m.Value)).ToList();
                    members.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
                    if (members.Count > 1 && Twist(0.08))
                    {
                        var i = random.Next(members.Count - 1);
                        (members[i], members[i + 1]) = (members[i + 1], members[i]);
                    }

                    if (members.Count > 0 && Twist(0.08))
                    {
                        var i = random.Next(members.Count);
                        var copy = random.Next(3) switch { 0 => members[i].Value, 1 => JsonValue.Create(""), _ => JsonValue.Create(1) };
                        members.Insert(i + random.Next(2), (members[i].Key, copy));
                    }

                    _out.Append('{');
                    for (var i = 0; i < members.Count; i++)
                    {
                        _out.Append(i > 0 ? "," : "");
                        String(members[i].Key);
                        _out.Append(':');
                        if (Twist(0.01))
                        {
                            _out.Append(' ');
                        }

                        Node(members[i].Value);
                    }

                    _out.Append('}');
                    break;
                case JsonArray a:
                    _out.Append('[');
                    for (var i = 0; i < a.Count; i++)
                    {
                        _out.Append(i > 0 ? "," : "");
                        Node(a[i]);
                    }

                    _out.Append(']');
                    break;
                case JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String:
                    String(v.GetValue<string>());
                    break;
                case JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.Number:
                    var canonical = Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(v));
                    _out.Append(Twist(0.1) ? random.Next(5) switch
                    {
                        0 => canonical + ".0",
                        1 => canonical + "e0",
                        2 => canonical + "E+0",
                        3 => "-0",
                        _ => "0" + canonical,
                    } : canonical);
                    break;
                default:
                    _out.Append(Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(node)));
                    break;
            }
        }

        private void String(string text)
        {
            var canonical = Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(JsonValue.Create(text)));
            if (text.Length == 0 || !Twist(0.03))
            {
                _out.Append(canonical);
                return;
            }

            var at = random.Next(text.Length);
            var c = text[at];
            var escaped = random.Next(3) switch
            {
                0 => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                1 => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c == '/' ? "\\/" : "\\u00" + ((int)c & 0xFF).ToString("x2", CultureInfo.InvariantCulture),
            };
            var head = Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(JsonValue.Create(text[..at])));
            var tail = Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(JsonValue.Create(text[(at + 1)..])));
            _out.Append(head[..^1]).Append(escaped).Append(tail[1..]);
        }
    }
}
