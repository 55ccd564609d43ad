using System.Globalization;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Http;
using SocialCare.Application.Abstractions;
using SocialCare.Domain.Authorities;
using SocialCare.Mosaic.DialectServers;
using SocialCare.Domain.Patients;
using SocialCare.Infrastructure.Mosaic.Configuration;
using SocialCare.Infrastructure.Mosaic.Dialects.ClientSummary;

namespace SocialCare.Mosaic.Conformance.Tests.ClientSummary;

/// <summary>
/// What the library does for a dialect council beyond the kit, shown on <see cref="ClientSummaryDialect"/>: a body
/// cut short or larger than <c>MaxResponseBytes</c> is answered by the library, the NHS number goes only in the
/// dialect's header and the key only in the configured one.
/// </summary>
[TestFixture]
public sealed class ClientSummaryDialectTests
{
    private const string ApiKey = "client-summary-test-key";
    private const int SmallCap = 4 * 1024;

    private static readonly LocalAuthority Authority = new(GssCode.Create("E09000013").Value, "Hammersmith and Fulham", "london");
    private static readonly NhsNumber NhsNumber = NhsNumber.Create("9990000018").Value;

    private readonly List<ServiceProvider> _providers = [];
    private ClientSummaryServer? _server;

    private ClientSummaryServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    [OneTimeSetUp]
    public async Task StartServerAsync() => _server = await ClientSummaryServer.StartAsync(ApiKey);

    [OneTimeTearDown]
    public async Task StopServerAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [TearDown]
    public async Task DisposeProvidersAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }

        _providers.Clear();
    }

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
            Assert.That(Server.RequestTargets, Has.Count.EqualTo(6), "the search, then the summary once for each of the five lists");
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

    [Test]
    public async Task A_wrong_key_is_bad_credentials()
    {
        var lookup = await LookUpAsync(Gateway(apiKey: "not-the-key"));

        Assert.That(lookup, Is.EqualTo(new MosaicLookup.Unavailable(UnavailableReason.BadCredentials)));
    }

    [Test]
    public void An_enabled_council_naming_a_dialect_no_one_registered_stops_the_host_naming_the_key()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Gateway(register: false));

        Assert.That(failure!.Message, Does.Contain("SocialCare:LocalAuthorities:0:Dialect").And.Contain(ClientSummaryDialect.DialectName));
    }

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

    private IMosaicGateway Gateway(long maxResponseBytes = 8 * 1024 * 1024, string apiKey = ApiKey, bool register = true)
    {
        const string Entry = "SocialCare:LocalAuthorities:0:";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SocialCare:Regions:0:Id"] = Authority.RegionId,
            ["SocialCare:Regions:0:Name"] = "London",
            ["SocialCare:Regions:0:Enabled"] = "true",
            ["SocialCare:MaxResponseBytes"] = maxResponseBytes.ToString(CultureInfo.InvariantCulture),
            ["SocialCare:MaxLookupBytes"] = (8 * maxResponseBytes).ToString(CultureInfo.InvariantCulture),
            ["SocialCare:Sandbox:Enabled"] = "true",
            [Entry + "Code"] = Authority.Code.Value,
            [Entry + "Name"] = Authority.Name,
            [Entry + "Region"] = Authority.RegionId,
            [Entry + "Enabled"] = "true",
            [Entry + "Dialect"] = ClientSummaryDialect.DialectName,
            [Entry + "BaseUrl"] = Server.BaseAddress.AbsoluteUri,
            [Entry + "Auth:Mode"] = "ApiKey",
            [Entry + "Auth:HeaderName"] = ClientSummaryServer.ApiKeyHeader,
            [Entry + "Auth:ApiKey"] = apiKey,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSocialCareApplication(configuration).AddSocialCareMosaic(configuration);
        if (register)
        {
            services.AddSocialCareMosaicClientSummaryDialect();
        }

        var provider = services.BuildServiceProvider();
        _providers.Add(provider);

        // What ValidateOnStart does when a host starts.
        _ = provider.GetRequiredService<IOptions<MosaicOptions>>().Value;
        return provider.GetRequiredService<IMosaicGateway>();
    }

    private static async Task<MosaicLookup> LookUpAsync(IMosaicGateway gateway)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await gateway.LookupAsync(Authority, NhsNumber, timeout.Token);
    }
}
