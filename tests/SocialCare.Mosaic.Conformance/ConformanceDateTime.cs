using System.Globalization;

namespace SocialCare.Mosaic.Conformance;

/// <summary>
/// A date, or a date and time, as a server should write it on the wire: a plain date (<see cref="HasTime"/> false),
/// a wall-clock time in Europe/London written without an offset (<see cref="Offset"/> null), or an instant written
/// with an offset. Write it in your dialect's own format, keeping which of the three it is.
/// </summary>
public sealed record ConformanceDateTime
{
    private ConformanceDateTime(DateTime dateTime, TimeSpan? offset, bool hasTime)
    {
        DateTime = DateTime.SpecifyKind(dateTime, DateTimeKind.Unspecified);
        Offset = offset;
        HasTime = hasTime;
    }

    /// <summary>The date, or the wall-clock date and time, exactly as it is to be written.</summary>
    public DateTime DateTime { get; }

    /// <summary>The offset to write after the time; null when none is written.</summary>
    public TimeSpan? Offset { get; }

    /// <summary>False for a plain date, which carries no time and no offset.</summary>
    public bool HasTime { get; }

    /// <summary>The date part alone.</summary>
    public DateOnly Date => DateOnly.FromDateTime(DateTime);

    /// <summary>A plain date, such as <c>2026-03-04</c>.</summary>
    public static ConformanceDateTime OnDate(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), null, hasTime: false);

    /// <summary>A wall-clock time in Europe/London written without an offset, such as <c>2026-03-04T10:15:30</c>.</summary>
    public static ConformanceDateTime London(DateTime wallClock) => new(wallClock, null, hasTime: true);

    /// <summary>An instant written with its offset, such as <c>2026-06-30T23:30:00Z</c> or <c>…+01:00</c>.</summary>
    public static ConformanceDateTime At(DateTimeOffset instant) => new(instant.DateTime, instant.Offset, hasTime: true);

    /// <summary>The instant, when there is an offset.</summary>
    public DateTimeOffset? ToDateTimeOffset() => Offset is { } offset ? new DateTimeOffset(DateTime, offset) : null;

    /// <summary>ISO 8601, for messages: <c>2026-03-04</c>, <c>2026-03-04T10:15:30</c> or <c>2026-03-04T10:15:30+01:00</c>.</summary>
    public override string ToString() => (HasTime, Offset) switch
    {
        (false, _) => DateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        (true, null) => DateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        (true, { } offset) => new DateTimeOffset(DateTime, offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
    };
}
