using System.Net;
using Microsoft.AspNetCore.Http.HttpResults;
using SocialCare.Baseline;
using SocialCare.Load.ReferenceEndpoint;

// The reference for benchmarks/load: `dotnet SocialCare.Load.ReferenceEndpoint.dll --Reference:Port=5190
// --Reference:SandboxUrl=http://127.0.0.1:5180/`. Listens on 127.0.0.1 only; serves the patients of ReferencePatients.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);

var port = builder.Configuration.GetValue("Reference:Port", 5190);
var sandbox = new Uri(builder.Configuration["Reference:SandboxUrl"] ?? "http://127.0.0.1:5180/", UriKind.Absolute);
if (!sandbox.IsLoopback)
{
    throw new InvalidOperationException($"Reference:SandboxUrl must be a loopback address, not {sandbox}: the load test never leaves this machine.");
}

builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));

// One connection pool for every authority, as the baseline client expects; no timeouts, retries or other policies.
builder.Services.AddSingleton(new HttpClient(new SocketsHttpHandler()));
builder.Services.AddSingleton(services => new ReferenceClients(services.GetRequiredService<HttpClient>(), sandbox, ReferencePatients.Authorities));

var app = builder.Build();

app.MapGet("/api/v1/patients/{patientId}/social-care", async Task<Results<JsonHttpResult<List<BaselineRecord>>, NotFound>> (
    string patientId, ReferenceClients clients, CancellationToken cancellationToken) =>
    ReferencePatients.Find(patientId) is { } patient
        ? TypedResults.Json(await clients.GetRecordsAsync(patient, cancellationToken), BaselineJsonContext.Default.ListBaselineRecord)
        : TypedResults.NotFound());
app.MapGet("/health", () => TypedResults.Ok());

// Port 0 takes any free port; run.sh reads the one taken from this line.
app.Lifetime.ApplicationStarted.Register(() => Console.WriteLine($"Reference endpoint on {string.Join(", ", app.Urls)}"));

await app.RunAsync();
