namespace SocialCare.Infrastructure.Mosaic.Reading;

/// <summary>Spec §3–4: dates are Europe/London's, whatever the server's zone.</summary>
internal static class LondonCalendar
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateOnly Today(TimeProvider time) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone).DateTime);
}
