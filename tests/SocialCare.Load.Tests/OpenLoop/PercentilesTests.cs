using SocialCare.Load.OpenLoop;

namespace SocialCare.Load.Tests.OpenLoop;

public class PercentilesTests
{
    private static readonly double[] OneToHundred = [.. Enumerable.Range(1, 100).Select(i => (double)i)];

    [TestCase(50, 50)]
    [TestCase(99, 99)]
    [TestCase(99.9, 100)]
    [TestCase(100, 100)]
    [TestCase(0.5, 1)]
    public void Nearest_rank_is_a_measured_value(double percent, double expected) =>
        Assert.That(Percentiles.Of(OneToHundred, percent), Is.EqualTo(expected));

    [Test]
    public void Summary_sorts_before_ranking_and_divides_p99_by_p50()
    {
        var summary = LatencySummary.Of(OneToHundred.Reverse());

        Assert.That((summary.P50, summary.P99, summary.Max, summary.TailRatio), Is.EqualTo((50.0, 99.0, 100.0, 1.98)));
    }

    [Test]
    public void No_samples_is_not_a_percentile() =>
        Assert.That(() => Percentiles.Of([], 50), Throws.InstanceOf<ArgumentOutOfRangeException>());
}
