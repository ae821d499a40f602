using System.Globalization;
using System.Text.Json.Nodes;
using Governance.Core.Subjects;

namespace Governance.Events.Projection;

/// <summary>The one place the projections read raw payload JSON (until they read typed events): lenient, never throwing on a missing member.</summary>
internal static class PayloadFields
{
    public static string? Str(JsonObject o, string name) => o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public static IEnumerable<string> Strings(JsonObject o, string name) =>
        o[name] is JsonArray a ? a.Select(n => n?.GetValue<string>() ?? "") : [];

    public static Digest? OptionalDigest(JsonObject o, string name) => Digest.TryParse(Str(o, name), out var d) ? d : null;

    public static DateTimeOffset? Time(JsonObject o, string name) =>
        Str(o, name) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : null;

    public static long? Long(JsonObject o, string name) => o[name] is JsonValue v && v.TryGetValue<long>(out var n) ? n : null;

    public static double? Double(JsonObject o, string name) => o[name] is JsonValue v && v.TryGetValue<double>(out var d) ? d : null;

    public static bool Bool(JsonObject o, string name) => o[name] is JsonValue v && v.TryGetValue<bool>(out var b) && b;

    /// <summary>
    /// The inputs of a <c>training.completed</c> payload in order, each as the text the lineage graph reads
    /// (<c>id@digest</c>, <c>id</c>, or a model digest) with the input object it came from (null for a bare string).
    /// </summary>
    public static IEnumerable<(string Text, JsonObject? Input)> Inputs(JsonObject payload) => payload["inputs"] is JsonArray a
        ? a.Select(n => n is JsonObject input ? (InputText(input), input) : (n?.GetValue<string>() ?? "", (JsonObject?)null))
        : [];

    private static string InputText(JsonObject input)
    {
        var id = Str(input, "id") ?? "";
        var digest = Str(input, "digest");
        return Str(input, "kind") == "model" ? digest ?? id : digest is null ? id : $"{id}@{digest}";
    }
}
