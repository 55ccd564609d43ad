using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SocialCare.Mosaic.Sandbox;

// Standalone: `dotnet run --project src/Mosaic.Sandbox [--Sandbox:Port=5180]`. Faults under Sandbox:Faults in
// appsettings.json are re-applied whenever the file changes.
var builder = Host.CreateApplicationBuilder(args);
builder.Services.Configure<SandboxSettings>(builder.Configuration.GetSection(SandboxSettings.SectionName));
using var host = builder.Build();

var settings = host.Services.GetRequiredService<IOptionsMonitor<SandboxSettings>>();
await using var sandbox = await MosaicSandbox.StartAsync(settings);

Console.WriteLine($"Mosaic sandbox on {sandbox.BaseAddress}");
foreach (var authority in sandbox.People.All.Select(p => p.Authority).Distinct().Order(StringComparer.Ordinal))
{
    Console.WriteLine($"  {authority}: {sandbox.AuthorityBaseUrl(authority)}");
}

Console.WriteLine($"Control: {sandbox.ControlUrl}");
await host.RunAsync();
