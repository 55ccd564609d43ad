using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using SocialCare.Application.Abstractions;
using SocialCare.Infrastructure.Mosaic.Http;
using SocialCare.Infrastructure.Mosaic.Telemetry;

namespace SocialCare.Api.Tests.Observability;

/// <summary>
/// Issue 17: lookups of 3 to 294 ms once fell into one bucket. Through an OpenTelemetry SDK that knows nothing but
/// <c>AddSocialCareInstrumentation()</c>, lookups of 5, 50 and 500 ms land in three different buckets.
/// </summary>
public class LookupHistogramTests
{
    [Test]
    public void Lookups_of_5_50_and_500_ms_fall_into_different_buckets()
    {
        var exported = new List<MetricSnapshot>();
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        using var provider = Sdk.CreateMeterProviderBuilder().AddSocialCareInstrumentation().AddInMemoryExporter(exported).Build();
        using var queues = new MosaicConcurrencyQueues();
        using var telemetry = new MosaicTelemetry(services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), new MosaicCircuitStates(), queues);

        foreach (var milliseconds in new[] { 5, 50, 500 })
        {
            telemetry.Record("E09000013", new MosaicLookup.NotFound(), TimeSpan.FromMilliseconds(milliseconds), activity: null);
        }

        provider.ForceFlush();

        var point = exported.Single(m => m.Name == MosaicTelemetry.DurationInstrument).MetricPoints.Single();
        var filled = new List<int>();
        var index = 0;
        foreach (var bucket in point.GetHistogramBuckets())
        {
            if (bucket.BucketCount > 0)
            {
                Assert.That(bucket.BucketCount, Is.EqualTo(1), $"bucket up to {bucket.ExplicitBound}");
                filled.Add(index);
            }

            index++;
        }

        Assert.That(filled, Has.Count.EqualTo(3));
        Assert.That(point.GetHistogramCount(), Is.EqualTo(3));
    }
}
