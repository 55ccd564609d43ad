using SocialCare.Api.Page;
using SocialCare.Api.Page.Components;

namespace SocialCare.Api.Tests.Page;

public class PageDatesTests
{
    [Test]
    public async Task Date_reads_as_day_month_year_with_the_iso_date_for_machines() =>
        Assert.That(
            await PageRenderer.RenderAsync<PageDate>(new Dictionary<string, object?> { [nameof(PageDate.Date)] = new DateOnly(2026, 3, 4) }),
            Is.EqualTo("<time datetime=\"2026-03-04\">4 March 2026</time>"));

    [Test]
    public async Task Instant_in_summer_is_shown_in_british_summer_time() =>
        Assert.That(
            await PageRenderer.RenderAsync<PageInstant>(new Dictionary<string, object?> { [nameof(PageInstant.Instant)] = new DateTimeOffset(2026, 6, 30, 23, 15, 30, 123, TimeSpan.Zero) }),
            Is.EqualTo("<time datetime=\"2026-06-30T23:15:30.123Z\">00:15 on 1 July 2026</time>"));

    [Test]
    public void Instant_in_winter_is_shown_in_greenwich_mean_time()
    {
        var instant = new DateTimeOffset(2026, 1, 5, 9, 5, 0, TimeSpan.FromHours(2));

        Assert.That((PageDates.Value(instant), PageDates.Text(instant)), Is.EqualTo(("2026-01-05T07:05:00.000Z", "07:05 on 5 January 2026")));
    }
}
