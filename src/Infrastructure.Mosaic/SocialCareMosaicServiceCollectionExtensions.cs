using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Telemetry;
using SocialCare.Application.Abstractions;
using SocialCare.Application.Configuration;
using SocialCare.Infrastructure.Mosaic;
using SocialCare.Infrastructure.Mosaic.Configuration;
using SocialCare.Infrastructure.Mosaic.Health;
using SocialCare.Infrastructure.Mosaic.Http;
using SocialCare.Infrastructure.Mosaic.Telemetry;

namespace Microsoft.Extensions.DependencyInjection;

public static class SocialCareMosaicServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="MosaicHttpGateway"/> as the default <see cref="IMosaicGateway"/> (unless one is registered
    /// already), with one named <see cref="HttpClient"/> per authority in <c>SocialCare:LocalAuthorities</c>: its
    /// credentials, resilience (spec §5) and response cap. Options are bound from section <c>SocialCare</c> and
    /// validated at start-up. Expects <c>AddSocialCareApplication</c>, whose deadline the timeouts must fit in.
    /// </summary>
    public static IServiceCollection AddSocialCareMosaic(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(s => s.ServiceType == typeof(MosaicTokenSources)))
        {
            return services;
        }

        services.AddOptions<MosaicOptions>()
            .Bind(configuration.GetSection(SocialCareOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MosaicOptions>, MosaicOptionsValidator>());
        services.AddSingleton<IValidateOptions<MosaicOptions>>(new MosaicEntriesValidator(configuration));
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<MosaicCircuitStates>();
        services.TryAddSingleton<MosaicTelemetry>();
        services.TryAddSingleton<MosaicTokenSources>();
        services.TryAddSingleton<MosaicCertificates>();
        services.TryAddSingleton<IMosaicGateway, MosaicHttpGateway>();

        var registered = new HashSet<string>(AuthorityCodes(configuration), StringComparer.OrdinalIgnoreCase);
        foreach (var code in registered)
        {
            AddAuthorityClients(services, code);
        }

        services.AddSingleton<IValidateOptions<MosaicOptions>>(new MosaicClientsValidator(registered));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, ConcurrencyStartupLog>());
        return services;
    }

    /// <summary>
    /// Adds one health check per configured authority, tagged <see cref="MosaicHealthChecks.Tag"/> only, for a route
    /// of the host's own: <c>app.MapHealthChecks("/health/mosaic", new() { Predicate = c => c.Tags.Contains(MosaicHealthChecks.Tag) })</c>.
    /// A readiness route must filter these out (by its own tag): a council being down must not take the host out of service.
    /// </summary>
    public static IHealthChecksBuilder AddSocialCareMosaicHealthChecks(this IHealthChecksBuilder builder, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach (var code in AuthorityCodes(configuration))
        {
            builder.Add(new HealthCheckRegistration(
                "social-care-mosaic-" + code,
                sp => ActivatorUtilities.CreateInstance<MosaicAuthorityHealthCheck>(sp, code),
                HealthStatus.Unhealthy,
                [MosaicHealthChecks.Tag]));
        }

        return builder;
    }

    private static void AddAuthorityClients(IServiceCollection services, string code)
    {
        // The resilience pipeline times every attempt and the whole; HttpClient's own timeout would only cut across them.
        AddMosaicClient(services, MosaicClientNames.Resources(code), code, (client, options, authority) => Address(client, options, authority, Timeout.InfiniteTimeSpan))
            .AddHttpMessageHandler(sp => new MosaicTokenHandler(Resolve(sp, code).Authority.Auth, Tokens(sp, code)))
            .AddResilienceHandler("mosaic", (builder, context) =>
            {
                var (_, authority) = Resolve(context.ServiceProvider, code);
                var deadline = context.ServiceProvider.GetRequiredService<IOptions<SocialCareOptions>>().Value.Deadline;
                var circuit = context.ServiceProvider.GetRequiredService<MosaicCircuitStates>().For(code);
                var time = context.ServiceProvider.GetRequiredService<TimeProvider>();
                MosaicResiliencePipeline.Configure(builder, authority, deadline, circuit, time);
                builder.ConfigureTelemetry(Telemetry(context.ServiceProvider));
            });
        WithCredentialsAndCap(services.AddHttpClient(MosaicClientNames.Resources(code)), code);

        WithCredentialsAndCap(
            AddMosaicClient(services, MosaicClientNames.Health(code), code, (client, options, authority) => Address(client, options, authority, authority.AttemptTimeout)),
            code);

        AddMosaicClient(services, MosaicClientNames.Token(code), code, (client, _, _) =>
        {
            client.Timeout = Timeout.InfiniteTimeSpan;
            client.MaxResponseContentBufferSize = 64 * 1024;
        });
    }

    /// <summary>A client of one authority: its sockets and certificate, and request logging that names no person.</summary>
    private static IHttpClientBuilder AddMosaicClient(
        IServiceCollection services, string name, string code, Action<HttpClient, MosaicOptions, MosaicAuthorityOptions> configure) =>
        services.AddHttpClient(name, (sp, client) =>
            {
                var (options, authority) = Resolve(sp, code);
                configure(client, options, authority);
            })
            .ConfigurePrimaryHttpMessageHandler(sp => MosaicPrimaryHandler.Create(Resolve(sp, code).Authority, sp.GetRequiredService<MosaicCertificates>()))
            // The factory's own log lines carry the full URL, whose path holds a Mosaic person id.
            .RemoveAllLoggers()
            .AddLogger(sp => HttpLogger(sp, name), wrapHandlersPipeline: false);

    private static void Address(HttpClient client, MosaicOptions options, MosaicAuthorityOptions authority, TimeSpan timeout)
    {
        client.BaseAddress = MosaicEndpoints.BaseUrl(options, authority);
        client.Timeout = timeout;
        client.DefaultRequestHeaders.Accept.ParseAdd("application/json");
    }

    /// <summary>Inside each attempt: the credentials, then the response cap.</summary>
    private static void WithCredentialsAndCap(IHttpClientBuilder builder, string code) =>
        builder
            .AddHttpMessageHandler(sp => new MosaicAuthenticationHandler(Resolve(sp, code).Authority.Auth, Tokens(sp, code)))
            .AddHttpMessageHandler(sp => new ResponseBufferHandler(Resolve(sp, code).Options.MaxResponseBytes));

    private static Func<ClientCredentialsTokenSource> Tokens(IServiceProvider services, string code)
    {
        var tokens = services.GetRequiredService<MosaicTokenSources>();
        return () => tokens.For(Resolve(services, code).Authority);
    }

    /// <summary>
    /// The host's resilience telemetry (its metering enrichers and listeners), with Polly's own logging replaced by
    /// <see cref="MosaicResilienceLogger"/>: Polly logs exception messages, which quote what a council sent.
    /// </summary>
    private static TelemetryOptions Telemetry(IServiceProvider services)
    {
        var telemetry = new TelemetryOptions(services.GetRequiredService<IOptions<TelemetryOptions>>().Value)
        {
            LoggerFactory = NullLoggerFactory.Instance,
        };
        telemetry.TelemetryListeners.Add(new MosaicResilienceLogger(services.GetRequiredService<ILoggerFactory>().CreateLogger(MosaicResilienceLogger.Category)));
        return telemetry;
    }

    // The factory's category, so that a host's existing filters for HttpClient logging apply unchanged.
    private static MosaicHttpLogger HttpLogger(IServiceProvider services, string clientName) =>
        new(services.GetRequiredService<ILoggerFactory>().CreateLogger("System.Net.Http.HttpClient." + clientName + ".ClientHandler"));

    private static (MosaicOptions Options, MosaicAuthorityOptions Authority) Resolve(IServiceProvider services, string code)
    {
        var options = services.GetRequiredService<IOptions<MosaicOptions>>().Value;
        return (options, options.Find(code) ?? throw new InvalidOperationException($"{code} is not under SocialCare:LocalAuthorities."));
    }

    private static IEnumerable<string> AuthorityCodes(IConfiguration configuration) =>
        configuration.GetSection(SocialCareOptions.SectionName).GetSection("LocalAuthorities").GetChildren()
            .Select(entry => entry["Code"])
            .OfType<string>()
            .Where(code => code.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// At start-up, each enabled council's <c>MaxConcurrency</c>, which holds per instance: N instances may send a
    /// council N times as many requests at once (docs/scale-out.md).
    /// </summary>
    private sealed class ConcurrencyStartupLog(IOptions<MosaicOptions> options, ILogger<MosaicHttpGateway> logger) : IHostedService
    {
        private static readonly Action<ILogger, string, int, Exception?> Log = LoggerMessage.Define<string, int>(
            LogLevel.Information,
            new EventId(2004, "MaxConcurrencyPerInstance"),
            "{AuthorityCode}: at most {MaxConcurrency} concurrent requests from this instance");

        public Task StartAsync(CancellationToken cancellationToken)
        {
            foreach (var authority in options.Value.LocalAuthorities.Where(a => a.Enabled))
            {
                Log(logger, authority.Code, authority.MaxConcurrency, null);
            }

            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
