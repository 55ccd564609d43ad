using System.Diagnostics;
using SocialCare.Load.OpenLoop;

namespace SocialCare.Load.Tests.OpenLoop;

public class FixedScheduleTests
{
    [Test]
    public void Request_i_is_due_i_periods_after_the_start()
    {
        var schedule = new FixedSchedule(400);

        Assert.That(
            new[] { schedule.DueOffset(0), schedule.DueOffset(1), schedule.DueOffset(400) },
            Is.EqualTo(new[] { 0, Stopwatch.Frequency / 400, Stopwatch.Frequency }));
    }

    [TestCase(400, 30, 12_000)]
    [TestCase(2.5, 1, 3)]
    [TestCase(100, 0, 0)]
    public void Counts_the_requests_due_before_the_span_ends(double rate, double seconds, int expected) =>
        Assert.That(new FixedSchedule(rate).CountWithin(TimeSpan.FromSeconds(seconds)), Is.EqualTo(expected));

    [Test]
    public void Zero_rate_is_refused() =>
        Assert.That(() => new FixedSchedule(0), Throws.InstanceOf<ArgumentOutOfRangeException>());
}
