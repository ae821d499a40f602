using System.Globalization;
using Governance.Core.Subjects;
using Governance.Events.Catalogue;

namespace Governance.Events.Projection;

/// <summary>Typed readings the projections share: who relayed an event, optional digests and times.</summary>
internal static class EventFields
{
    /// <summary>Where a recorder relayed a person-made event from (<c>file</c>, <c>github</c>); null when the person signed it.</summary>
    public static string? RecordedFrom(LedgerEvent e) => e switch
    {
        ApprovalGranted a => a.RecordedFrom,
        ApprovalRevoked r => r.RecordedFrom,
        WaiverGranted w => w.RecordedFrom,
        AttestationAdded a => a.RecordedFrom,
        _ => null,
    };

    /// <summary>A digest when the text is one, else null.</summary>
    public static Digest? OptionalDigest(string? text) => Digest.TryParse(text, out var digest) ? digest : null;

    /// <summary>An RFC 3339 time (UTC when it names no zone), else null.</summary>
    public static DateTimeOffset? Time(string? text) =>
        text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : null;
}
