using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace SocialCare.Api.Tests.Observability;

/// <summary>
/// A small OTLP/HTTP receiver on a free loopback port: keeps the body of every export to <c>/v1/traces</c>,
/// <c>/v1/metrics</c> and <c>/v1/logs</c>, decompressed when the exporter sent it gzipped, and answers 200.
/// </summary>
internal sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Signal, byte[] Body)> _received;

    private OtlpReceiver(WebApplication app, ConcurrentQueue<(string, byte[])> received, Uri endpoint)
    {
        _app = app;
        _received = received;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    public static async Task<OtlpReceiver> StartAsync()
    {
        var received = new ConcurrentQueue<(string, byte[])>();
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

        // Not the host under test's requests: its instrumentation must not see (and export) these.
        builder.Services.Replace(ServiceDescriptor.Singleton(new DiagnosticListener("SocialCare.Tests.OtlpReceiver")));
        builder.Services.Replace(ServiceDescriptor.Singleton(new ActivitySource("SocialCare.Tests.OtlpReceiver")));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Run(async context =>
        {
            var signal = context.Request.Path.Value?.TrimStart('/') ?? "";
            using var body = new MemoryStream();
            var content = context.Request.Headers.ContentEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase)
                ? new GZipStream(context.Request.Body, CompressionMode.Decompress)
                : context.Request.Body;
            await using (content)
            {
                await content.CopyToAsync(body);
            }

            received.Enqueue((signal, body.ToArray()));
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = "application/x-protobuf";
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new OtlpReceiver(app, received, new Uri(address));
    }

    /// <summary>Every body received for a signal (<c>v1/traces</c>, <c>v1/metrics</c>, <c>v1/logs</c>), in arrival order.</summary>
    public IReadOnlyList<byte[]> Bodies(string signal) => [.. _received.Where(r => r.Signal == signal).Select(r => r.Body)];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
