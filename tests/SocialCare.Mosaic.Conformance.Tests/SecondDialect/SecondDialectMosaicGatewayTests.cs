using System.Text;
using Microsoft.AspNetCore.Http;
using SocialCare.Application.Abstractions;
using SocialCare.Domain.Authorities;
using SocialCare.Domain.Patients;

namespace SocialCare.Mosaic.Conformance.Tests.SecondDialect;

/// <summary>
/// What the second dialect's adapter must do beyond the kit: its own answers to a body cut short or too large, and
/// the NHS number kept out of every path and query.
/// </summary>
[TestFixture]
public sealed class SecondDialectMosaicGatewayTests
{
    private const string ApiKey = "second-dialect-test-key";
    private const int SmallCap = 4 * 1024;

    private static readonly LocalAuthority Authority = new(GssCode.Create("E09000013").Value, "Hammersmith and Fulham", "london");
    private static readonly NhsNumber NhsNumber = NhsNumber.Create("9990000018").Value;

    private readonly SecondDialectConnection _connection = new(ApiKey);

    private SecondDialectServer Server => _connection.Server;

    private HttpClient HttpClient => _connection.Client;

    [OneTimeSetUp]
    public Task StartServerAsync() => _connection.StartAsync();

    [OneTimeTearDown]
    public async Task StopServerAsync() => await _connection.DisposeAsync();

    [SetUp]
    public void Reset()
    {
        Server.Reset();
        Server.Add(new ConformancePerson("CLIENT-1", NhsNumber, ConsentToShare.Given));
    }

    [Test]
    public async Task The_NHS_number_is_sent_in_a_header_never_in_a_path_or_query()
    {
        var lookup = await LookUpAsync(Gateway());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(lookup, Is.TypeOf<MosaicLookup.Found>(), "the server finds the person by the header alone");
            Assert.That(Server.RequestTargets, Has.Count.EqualTo(2), "the search and the summary");
            Assert.That(Server.RequestTargets, Has.None.Contains(NhsNumber.ToDigits()));
        }
    }

    [Test]
    public async Task A_body_cut_short_is_a_failed_connection_not_an_exception()
    {
        Server.AnswerWith(NhsNumber, CutShortAsync);

        var lookup = await LookUpAsync(Gateway());

        Assert.That(lookup, Is.EqualTo(new MosaicLookup.Unavailable(UnavailableReason.ConnectionFailed)));
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task A_body_larger_than_the_cap_is_too_large(bool declaresItsLength)
    {
        Server.AnswerWith(NhsNumber, context => LargeAsync(context, SmallCap + 1, declaresItsLength));

        var lookup = await LookUpAsync(Gateway(SmallCap));

        Assert.That(lookup, Is.EqualTo(new MosaicLookup.Unavailable(UnavailableReason.ResponseTooLarge)));
    }

    [Test]
    public async Task A_body_of_exactly_the_cap_is_read()
    {
        Server.AnswerWith(NhsNumber, context => LargeAsync(context, SmallCap, declaresItsLength: false));

        var lookup = await LookUpAsync(Gateway(SmallCap));

        // The padded search has no client in it.
        Assert.That(lookup, Is.EqualTo(new MosaicLookup.NotFound()));
    }

    [TestCase(0L)]
    [TestCase(-1L)]
    public void A_cap_that_is_not_positive_is_refused(long cap) =>
        Assert.That(() => Gateway(cap), Throws.TypeOf<ArgumentOutOfRangeException>());

    private static async Task CutShortAsync(HttpContext context)
    {
        var start = Encoding.UTF8.GetBytes("""{ "results": [ { "client_ref": "CLIENT-1", """);
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = start.Length + 1024;
        await context.Response.Body.WriteAsync(start, context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);

        // Let the start reach the client before the connection ends, so it sees a short body, not no answer.
        await Task.Delay(TimeSpan.FromMilliseconds(20), context.RequestAborted);
        context.Abort();
    }

    // A search answer of exactly `bytes` bytes: valid JSON, no clients, padded.
    private static async Task LargeAsync(HttpContext context, int bytes, bool declaresItsLength)
    {
        const string Head = """{ "results": [], "padding": " """;
        const string Tail = "\" }";
        var body = Encoding.UTF8.GetBytes(Head + new string('x', bytes - Head.Length - Tail.Length) + Tail);
        context.Response.ContentType = "application/json; charset=utf-8";
        if (declaresItsLength)
        {
            context.Response.ContentLength = body.Length;
        }

        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    private SecondDialectMosaicGateway Gateway(long maxResponseBytes = SecondDialectMosaicGateway.DefaultMaxResponseBytes) =>
        new(HttpClient, ApiKey, TimeProvider.System, maxResponseBytes);

    private static async Task<MosaicLookup> LookUpAsync(SecondDialectMosaicGateway gateway)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await gateway.LookupAsync(Authority, NhsNumber, timeout.Token);
    }
}
