using System.Security.Cryptography;
using Mediator;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using SocialCare.Api.Tests.TestSupport;
using SocialCare.Application.Abstractions;

namespace SocialCare.Api.Tests.Embedding;

/// <summary>
/// A host of its own, built the way a production host would embed SocialCare: its own Mediator (generated in this
/// test project, namespace SocialCare.Api.Tests.HostMediator) with its own request and endpoint, its own
/// ProblemDetails and exception handler, JWT bearer authentication, and SocialCare under <c>/social</c> with the
/// default viewer seam (the token's subject), the host's directory and audit, and a stub Mosaic.
/// </summary>
internal sealed class EmbeddingHost : IAsyncDisposable
{
    public const string Prefix = "/social";
    public const string Issuer = "https://pkb.example.test";
    public const string Audience = "pkb-social-care";

    private readonly WebApplication _app;
    private readonly SymmetricSecurityKey _signingKey;

    private EmbeddingHost(WebApplication app, SymmetricSecurityKey signingKey, IReadOnlyList<ServiceDescriptor> registrations)
    {
        _app = app;
        _signingKey = signingKey;
        Registrations = registrations;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>The host's service registrations, as they stood when it was built.</summary>
    public IReadOnlyList<ServiceDescriptor> Registrations { get; }

    /// <param name="mediatorFirst">Whether the host adds its mediator before SocialCare, or after.</param>
    public static async Task<EmbeddingHost> StartAsync(IPatientDirectory directory, ISocialCareAuditSink audit, bool mediatorFirst = true)
    {
        var signingKey = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32));
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SocialCare:Regions:0:Id"] = "north-west-london",
            ["SocialCare:Regions:0:Name"] = "North West London",
            ["SocialCare:Regions:0:Enabled"] = "true",
            ["SocialCare:LocalAuthorities:0:Code"] = "E09000013",
            ["SocialCare:LocalAuthorities:0:Name"] = "Hammersmith and Fulham",
            ["SocialCare:LocalAuthorities:0:Region"] = "north-west-london",
            ["SocialCare:LocalAuthorities:0:Enabled"] = "true",
            ["SocialCare:LocalAuthorities:0:BaseUrl"] = "https://mosaic.example.invalid/E09000013/",
            ["SocialCare:LocalAuthorities:0:Auth:Mode"] = "ApiKey",
            ["SocialCare:LocalAuthorities:0:Auth:HeaderName"] = "X-Api-Key",
            ["SocialCare:LocalAuthorities:0:Auth:ApiKey"] = "never-sent",
        });

        // The host's own choices, before SocialCare, as a host that had them first would.
        if (mediatorFirst)
        {
            AddHostMediator(builder.Services);
        }

        builder.Services.AddProblemDetails(options =>
            options.CustomizeProblemDetails = context => context.ProblemDetails.Extensions["host"] = "embedding-host");
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = Issuer,
                ValidAudience = Audience,
                IssuerSigningKey = signingKey,
            };
        });

        builder.Services.AddSingleton<IMosaicGateway, StubMosaicGateway>();
        builder.Services.AddSocialCare(builder.Configuration);
        builder.Services.AddSingleton(directory);
        builder.Services.AddSingleton(audit);
        if (!mediatorFirst)
        {
            AddHostMediator(builder.Services);
        }

        var registrations = builder.Services.ToList();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseAuthentication();
        app.MapGet("/host/ping/{name}", async (string name, IMediator mediator) => TypedResults.Ok(await mediator.Send(new PingQuery(name))));
        app.MapGet("/host/boom", IResult () => throw new InvalidOperationException("The host's own bug"));
        app.MapSocialCare(Prefix);
        await app.StartAsync();
        return new EmbeddingHost(app, signingKey, registrations);
    }

    /// <summary>A bearer token for <paramref name="subject"/>, signed with the key this host trusts.</summary>
    public string TokenFor(string subject) => BearerTokens.Sign(subject, Issuer, Audience, _signingKey);

    private static void AddHostMediator(IServiceCollection services) =>
        services.AddMediator((MediatorOptions options) =>
        {
            options.Assemblies = [typeof(PingQuery)];
            options.Namespace = "SocialCare.Api.Tests.HostMediator";
        });

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
