using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace SocialCare.Api.Tests.Observability;

/// <summary>
/// A small OTLP receiver on a free loopback port: keeps the body of every export, by signal (<c>v1/traces</c>,
/// <c>v1/metrics</c>, <c>v1/logs</c>), decompressed when the exporter sent it gzipped. Over HTTP/1.1 it is OTLP/HTTP
/// (<c>POST /v1/traces</c>, answered 200); over cleartext HTTP/2 it is OTLP/gRPC (<c>POST
/// /opentelemetry.proto.collector.trace.v1.TraceService/Export</c>, answered with an empty message and
/// <c>grpc-status: 0</c>). The bodies are searched as bytes, so gRPC's five-byte frame header is left on.
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

    public static async Task<OtlpReceiver> StartAsync(bool grpc)
    {
        var received = new ConcurrentQueue<(string, byte[])>();
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(
            IPAddress.Loopback, 0, listen => listen.Protocols = grpc ? HttpProtocols.Http2 : HttpProtocols.Http1));

        // Not the host under test's requests: its instrumentation must not see (and export) these.
        builder.Services.Replace(ServiceDescriptor.Singleton(new DiagnosticListener("SocialCare.Tests.OtlpReceiver")));
        builder.Services.Replace(ServiceDescriptor.Singleton(new ActivitySource("SocialCare.Tests.OtlpReceiver")));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Run(async context =>
        {
            var signal = SignalOf(context.Request.Path.Value ?? "");
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
            if (grpc)
            {
                context.Response.ContentType = "application/grpc";
                await context.Response.Body.WriteAsync(new byte[5]); // an empty, uncompressed Export*ServiceResponse
                context.Response.AppendTrailer("grpc-status", "0");
            }
            else
            {
                context.Response.ContentType = "application/x-protobuf";
            }
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new OtlpReceiver(app, received, new Uri(address));
    }

    // OTLP/HTTP's path, or OTLP/gRPC's service method (…trace.v1.TraceService/Export).
    private static string SignalOf(string path) =>
        path.Contains("trace", StringComparison.OrdinalIgnoreCase) ? "v1/traces"
        : path.Contains("metrics", StringComparison.OrdinalIgnoreCase) ? "v1/metrics"
        : path.Contains("logs", StringComparison.OrdinalIgnoreCase) ? "v1/logs"
        : path;

    /// <summary>Every body received for a signal (<c>v1/traces</c>, <c>v1/metrics</c>, <c>v1/logs</c>), in arrival order.</summary>
    public IReadOnlyList<byte[]> Bodies(string signal) => [.. _received.Where(r => r.Signal == signal).Select(r => r.Body)];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
