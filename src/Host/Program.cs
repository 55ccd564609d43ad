using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using SocialCare.Api.Viewers;
using SocialCare.Application.Abstractions;
using SocialCare.Host;
using SocialCare.Host.Demo;
using SocialCare.Host.Favicon;
using SocialCare.Host.Hardening;
using SocialCare.Host.Observability;
using SocialCare.Infrastructure.Mosaic.Health;
using SocialCare.Mosaic.Sandbox.Seed;

// The reference host (spec §6): SocialCare at the root, the sandbox Mosaic and the demo directory, Development only.
var builder = WebApplication.CreateBuilder(args);
// The pilot's councils (all disabled, no URL) from inside the library, below every other source.
builder.Configuration.AddSocialCareNorthWestLondon();
HostConfigurationFile.Add(builder.Configuration, builder.Environment);

// In front of everything: the protective headers on every answer, and only this machine's names served (no DNS
// rebinding) unless AllowedHosts says otherwise.
HostHardeningStartupFilter.AddHostHardening(builder.Services);

// A production host's own choices, which SocialCare leaves alone: ProblemDetails, exception handler, OpenAPI,
// authentication (JWT bearer: Authentication:Schemes:Bearer:Authority and :ValidAudiences), health.
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi(options => options.AddDocumentTransformer<DemoOpenApiDescription>());
builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
builder.Services.AddHealthChecks().AddSocialCareMosaicHealthChecks(builder.Configuration);

// The two calls a host makes, plus the ports it implements.
builder.Services.AddSocialCare(builder.Configuration);
// The dialects a council entry may name (SocialCare:LocalAuthorities:[n]:Dialect), so that one is configuration only.
builder.Services.AddSocialCareMosaicClientSummaryDialect().AddSocialCareMosaicDataLinksDialect();
builder.Services.AddSingleton(DemoSeed.Load(builder.Configuration, builder.Environment));
builder.Services.AddSingleton<DemoPatients>();
builder.Services.AddSingleton<IPatientDirectory, DemoPatientDirectory>();
builder.Services.AddSocialCareAudit(builder.Configuration);
// Several instances share the per-viewer limit when SocialCare:RateLimit:Redis is set (docs/scale-out.md).
if (!string.IsNullOrWhiteSpace(builder.Configuration["SocialCare:RateLimit:Redis"]))
{
    builder.Services.AddSocialCareRedisRateLimit(builder.Configuration);
}

// Traces, metrics and logs over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set (docs/observability.md).
HostTelemetry.Add(builder);

builder.Services.AddSingleton<AuthenticatedSubjectViewerResolver>();
builder.Services.AddSingleton<ISocialCareViewerResolver, DemoViewerResolver>();

var app = builder.Build();
DemoSandbox.EnsureAllowed(app.Configuration, app.Environment);
await using var sandbox = await DemoSandbox.StartUnlessRunningAsync(app.Configuration, app.Services.GetRequiredService<SandboxSeed>(), CancellationToken.None);

app.UseExceptionHandler();
app.UseAuthentication();
app.MapSocialCare();
app.MapDemo();
app.MapFavicon();
app.MapOpenApi();
app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") });
app.MapHealthChecks("/health/mosaic", new() { Predicate = check => check.Tags.Contains(MosaicHealthChecks.Tag) });

app.Lifetime.ApplicationStarted.Register(() =>
{
    var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
    if (!DemoSandbox.AllLoopback(addresses))
    {
        // Anyone who can reach the demo can claim any viewer: it must not listen beyond this machine.
        Console.Error.WriteLine($"Sandbox mode listens on loopback only, not on {string.Join(", ", addresses)}; stopping.");
        Environment.ExitCode = 1;
        app.Lifetime.StopApplication();
        return;
    }

    foreach (var address in addresses)
    {
        Console.WriteLine($"Social care demo: {address.TrimEnd('/')}{StartPage.Path}");
    }

    Console.WriteLine($"Sandbox Mosaic: {app.Configuration[DemoSandbox.UrlKey]}");
});

await app.RunAsync();

/// <summary>The entry point, visible to tests that host it with WebApplicationFactory.</summary>
public partial class Program;
