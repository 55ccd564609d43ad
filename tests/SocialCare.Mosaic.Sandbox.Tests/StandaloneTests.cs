using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SocialCare.Mosaic.Sandbox.Tests;

/// <summary>The sandbox runs alone, as <c>dotnet run --project src/Mosaic.Sandbox</c> starts it: its own process, loopback only.</summary>
public class StandaloneTests
{
    [Test]
    public async Task Sandbox_runs_as_its_own_process_and_answers_on_loopback()
    {
        var port = FreePort();
        using var process = Process.Start(new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "SocialCare.Mosaic.Sandbox.dll"), $"--Sandbox:Port={port}" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        })!;
        try
        {
            using var started = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            string? line;
            do
            {
                line = await process.StandardOutput.ReadLineAsync(started.Token);
            }
            while (line is not null && !line.StartsWith("Control:", StringComparison.Ordinal));

            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/E09000013/") };
            using var request = new HttpRequestMessage(HttpMethod.Get, "v1/persons");
            request.Headers.Add("X-Api-Key", "sandbox-api-key");
            request.Headers.Add("X-NHS-Number", "9990000018");
            using var response = await client.SendAsync(request);

            Assert.That(line, Is.EqualTo($"Control: http://127.0.0.1:{port}/_sandbox/"));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("MOS-13-0001"));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
