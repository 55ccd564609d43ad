using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Time.Testing;
using Polly;
using Polly.Timeout;
using SocialCare.Infrastructure.Mosaic.Http;

namespace SocialCare.Infrastructure.Mosaic.Tests.Http;

/// <summary>
/// What the pipeline retries and what counts against the circuit, decided on the pipeline's own clock: a
/// <c>Retry-After</c> date is measured from the injected <see cref="TimeProvider"/>'s now, never the machine's.
/// </summary>
public class MosaicResiliencePipelineTests
{
    // Far from the machine's clock, so that a decision taken on the wrong clock gives the other answer.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2001, 2, 3, 4, 5, 6, TimeSpan.Zero));

    [Test]
    public void Rate_limit_until_a_date_within_the_longest_wait_is_retried()
    {
        using var response = TooManyRequestsUntil(_time.GetUtcNow() + TimeSpan.FromMilliseconds(300));

        Assert.That(MosaicResiliencePipeline.IsTransient(Outcome.FromResult(response), MosaicResiliencePipeline.LongestWait, _time), Is.True);
    }

    [Test]
    public void Rate_limit_until_a_date_past_the_longest_wait_is_not_retried()
    {
        // On the machine's clock this date is decades ago, which would mean "retry now".
        using var response = TooManyRequestsUntil(_time.GetUtcNow() + TimeSpan.FromSeconds(10));

        Assert.That(MosaicResiliencePipeline.IsTransient(Outcome.FromResult(response), MosaicResiliencePipeline.LongestWait, _time), Is.False);
    }

    [Test]
    public void Rate_limit_never_counts_against_the_circuit_whatever_its_date()
    {
        using var soon = TooManyRequestsUntil(_time.GetUtcNow() + TimeSpan.FromMilliseconds(300));
        using var late = TooManyRequestsUntil(_time.GetUtcNow() + TimeSpan.FromSeconds(10));

        Assert.That(MosaicResiliencePipeline.IsFailure(Outcome.FromResult(soon), _time), Is.False);
        Assert.That(MosaicResiliencePipeline.IsFailure(Outcome.FromResult(late), _time), Is.False);
    }

    [TestCase(HttpStatusCode.ServiceUnavailable, true)]
    [TestCase(HttpStatusCode.InternalServerError, true)]
    [TestCase(HttpStatusCode.RequestTimeout, true)]
    [TestCase(HttpStatusCode.NotFound, false)]
    [TestCase(HttpStatusCode.Forbidden, false)]
    [TestCase(HttpStatusCode.OK, false)]
    public void Status_counts_against_the_circuit_only_when_mosaic_is_failing(HttpStatusCode status, bool failure)
    {
        using var response = new HttpResponseMessage(status);

        Assert.That(MosaicResiliencePipeline.IsFailure(Outcome.FromResult(response), _time), Is.EqualTo(failure));
    }

    [Test]
    public void Attempt_that_timed_out_or_lost_its_connection_counts_against_the_circuit()
    {
        Assert.That(MosaicResiliencePipeline.IsFailure(Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException()), _time), Is.True);
        Assert.That(MosaicResiliencePipeline.IsFailure(Outcome.FromException<HttpResponseMessage>(new HttpRequestException()), _time), Is.True);
        Assert.That(MosaicResiliencePipeline.IsFailure(Outcome.FromException<HttpResponseMessage>(new InvalidOperationException()), _time), Is.False);
    }

    private static HttpResponseMessage TooManyRequestsUntil(DateTimeOffset date) =>
        new(HttpStatusCode.TooManyRequests) { Headers = { RetryAfter = new RetryConditionHeaderValue(date) } };
}
