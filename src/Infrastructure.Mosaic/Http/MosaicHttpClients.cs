using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Telemetry;
using SocialCare.Application.Configuration;
using SocialCare.Infrastructure.Mosaic.Configuration;
using SocialCare.Infrastructure.Mosaic.Telemetry;

namespace SocialCare.Infrastructure.Mosaic.Http;

/// <summary>
/// One authority's three named clients (<see cref="MosaicClientNames"/>), each built here in the order a request
/// passes through its handlers, outermost first: the factory runs handlers in the order they are added, and the
/// request log, added with <c>wrapHandlersPipeline: false</c>, sits innermost, around each attempt's sockets. Every
/// value is read from the authority's <c>SocialCare:LocalAuthorities</c> entry when the client is built.
/// </summary>
internal static class MosaicHttpClients
{
    public static void Add(IServiceCollection services, string code)
    {
        AddResourcesClient(services, code);
        AddHealthClient(services, code);
        AddTokenClient(services, code);
    }

    /// <summary>The client of a view's lookups (docs/architecture.md, "The Mosaic adapter", has the table).</summary>
    private static void AddResourcesClient(IServiceCollection services, string code)
    {
        var name = MosaicClientNames.Resources(code);

        // The resilience pipeline times every attempt and the whole; HttpClient's own timeout would only cut across them.
        var client = services.AddHttpClient(name, (sp, http) => Address(http, sp, code, Timeout.InfiniteTimeSpan))
            .ConfigurePrimaryHttpMessageHandler(sp => Sockets(sp, code))
            .RemoveAllLoggers()
            .AddLogger(sp => RequestLog(sp, name), wrapHandlersPipeline: false)

            // 1. The bearer token, fetched before the pipeline starts, so that a slow token endpoint is not charged to
            //    Mosaic's attempt timeout or circuit.
            .AddHttpMessageHandler(sp => new MosaicTokenHandler(Authority(sp, code).Auth, Tokens(sp, code)));

        // 2. Resilience: concurrency limit and queue, total timeout, retry, circuit breaker, attempt timeout.
        client.AddResilienceHandler("mosaic", (pipeline, context) =>
        {
            var sp = context.ServiceProvider;
            MosaicResiliencePipeline.Configure(
                pipeline,
                Authority(sp, code),
                sp.GetRequiredService<IOptions<SocialCareOptions>>().Value.Deadline,
                sp.GetRequiredService<MosaicCircuitStates>().For(code),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<MosaicConcurrencyQueues>());
            pipeline.ConfigureTelemetry(ResilienceTelemetry(sp));
        });

        // 3. Inside each attempt: the credentials, then the response cap and the lookup's byte budget.
        client
            .AddHttpMessageHandler(sp => new MosaicAuthenticationHandler(Authority(sp, code).Auth, Tokens(sp, code)))
            .AddHttpMessageHandler(sp => new ResponseBufferHandler(Options(sp).MaxResponseBytes))
            .AddHttpMessageHandler(() => new UrlTemplateHandler(code, tokenEndpoint: false));
    }

    /// <summary>
    /// The client of the opt-in health check: the same credentials, response cap and sockets, one attempt timed by
    /// <c>AttemptTimeout</c>, and none of the views' concurrency places or circuit.
    /// </summary>
    private static void AddHealthClient(IServiceCollection services, string code)
    {
        var name = MosaicClientNames.Health(code);
        services.AddHttpClient(name, (sp, http) => Address(http, sp, code, Authority(sp, code).AttemptTimeout))
            .ConfigurePrimaryHttpMessageHandler(sp => Sockets(sp, code))
            .RemoveAllLoggers()
            .AddLogger(sp => RequestLog(sp, name), wrapHandlersPipeline: false)
            .AddHttpMessageHandler(sp => new MosaicAuthenticationHandler(Authority(sp, code).Auth, Tokens(sp, code)))
            .AddHttpMessageHandler(sp => new ResponseBufferHandler(Options(sp).MaxResponseBytes))
            .AddHttpMessageHandler(() => new UrlTemplateHandler(code, tokenEndpoint: false));
    }

    /// <summary>
    /// The client of the token endpoint: its sockets only, one attempt, never retried; <see cref="ClientCredentialsTokenSource"/>
    /// times it and remembers its failures itself.
    /// </summary>
    private static void AddTokenClient(IServiceCollection services, string code)
    {
        var name = MosaicClientNames.Token(code);
        services.AddHttpClient(name, http =>
            {
                http.Timeout = Timeout.InfiniteTimeSpan;
                http.MaxResponseContentBufferSize = 64 * 1024;
            })
            .ConfigurePrimaryHttpMessageHandler(sp => Sockets(sp, code))
            .RemoveAllLoggers()
            .AddLogger(sp => RequestLog(sp, name), wrapHandlersPipeline: false)
            .AddHttpMessageHandler(() => new UrlTemplateHandler(code, tokenEndpoint: true));
    }

    private static void Address(HttpClient http, IServiceProvider services, string code, TimeSpan timeout)
    {
        http.BaseAddress = MosaicEndpoints.BaseUrl(Options(services), Authority(services, code));
        http.Timeout = timeout;
        http.DefaultRequestHeaders.Accept.ParseAdd("application/json");
    }

    /// <summary>Connect timeout, decompression, no redirects, the client certificate loaded once per process.</summary>
    private static SocketsHttpHandler Sockets(IServiceProvider services, string code) =>
        MosaicPrimaryHandler.Create(Authority(services, code), services.GetRequiredService<MosaicCertificates>());

    /// <summary>
    /// Each attempt by the resource's template, never its URL, whose path holds a Mosaic person id: the factory's own
    /// log lines are removed. The factory's category, so that a host's filters for HttpClient logging apply unchanged.
    /// </summary>
    private static MosaicHttpLogger RequestLog(IServiceProvider services, string clientName) =>
        new(services.GetRequiredService<ILoggerFactory>().CreateLogger("System.Net.Http.HttpClient." + clientName + ".ClientHandler"));

    /// <summary>
    /// The host's resilience telemetry (its metering enrichers and listeners), with Polly's own logging replaced by
    /// <see cref="MosaicResilienceLogger"/>: Polly logs exception messages, which quote what a council sent.
    /// </summary>
    private static TelemetryOptions ResilienceTelemetry(IServiceProvider services)
    {
        var telemetry = new TelemetryOptions(services.GetRequiredService<IOptions<TelemetryOptions>>().Value)
        {
            LoggerFactory = NullLoggerFactory.Instance,
        };
        telemetry.TelemetryListeners.Add(new MosaicResilienceLogger(services.GetRequiredService<ILoggerFactory>().CreateLogger(MosaicResilienceLogger.Category)));
        return telemetry;
    }

    private static Func<ClientCredentialsTokenSource> Tokens(IServiceProvider services, string code)
    {
        var tokens = services.GetRequiredService<MosaicTokenSources>();
        return () => tokens.For(Authority(services, code));
    }

    private static MosaicOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<MosaicOptions>>().Value;

    private static MosaicAuthorityOptions Authority(IServiceProvider services, string code) =>
        Options(services).Find(code) ?? throw new InvalidOperationException($"{code} is not under SocialCare:LocalAuthorities.");
}
