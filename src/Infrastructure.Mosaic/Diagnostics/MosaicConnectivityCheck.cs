using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SocialCare.Application.Abstractions;
using SocialCare.Application.Configuration;
using SocialCare.Domain.Authorities;
using SocialCare.Domain.Patients;
using SocialCare.Infrastructure.Mosaic.Configuration;
using SocialCare.Infrastructure.Mosaic.Dialects;
using SocialCare.Infrastructure.Mosaic.Http;

namespace SocialCare.Infrastructure.Mosaic.Diagnostics;

/// <summary>
/// What an engineer runs when connecting a council (docs/adding-a-local-authority.md): the configuration as bound
/// (with its dialect), a fresh token (never printed), TLS and credentials through the dialect's status probe
/// (<c>GET v1/status</c> on the standard contract), and a lookup of a test NHS number through the real gateway, in
/// the council's dialect, each timed. It reports counts and outcomes, never what Mosaic holds. Without a test NHS
/// number it stops after the configuration: a check that sends nothing.
/// </summary>
public sealed class MosaicConnectivityCheck(
    IOptions<MosaicOptions> mosaic,
    IOptions<SocialCareOptions> socialCare,
    IHttpClientFactory clients,
    MosaicHttpGateway gateway,
    IEnumerable<MosaicDialect> dialects,
    TimeProvider time)
{
    private readonly MosaicDialects _dialects = new(dialects);

    public async Task<MosaicConnectivityReport> RunAsync(string authorityCode, NhsNumber? testNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(authorityCode);
        var steps = new List<MosaicConnectivityStep>();
        var report = new MosaicConnectivityReport(authorityCode, steps);

        var started = time.GetTimestamp();
        var authority = mosaic.Value.Find(authorityCode);
        var named = socialCare.Value.LocalAuthorities.FirstOrDefault(a => string.Equals(a.Code, authorityCode, StringComparison.OrdinalIgnoreCase));
        var baseUrl = authority is null ? null : MosaicEndpoints.BaseUrl(mosaic.Value, authority);
        if (authority is null || named is null || baseUrl is null || !GssCode.Create(authority.Code).IsValid)
        {
            steps.Add(new("configuration", false, time.GetElapsedTime(started), $"{authorityCode} has no complete entry under SocialCare:LocalAuthorities (Code, Name, Region, BaseUrl)."));
            return report;
        }

        if (_dialects.For(authority) is not { } dialect)
        {
            steps.Add(new("configuration", false, time.GetElapsedTime(started), $"{authorityCode}'s dialect '{MosaicDialects.NameOf(authority)}' is not registered (registered: {string.Join(", ", _dialects.All.Select(d => d.Name))})."));
            return report;
        }

        steps.Add(new("configuration", true, time.GetElapsedTime(started), $"{named.Name}: {baseUrl.GetLeftPart(UriPartial.Authority)}, {authority.Auth.Mode}, {(authority.Enabled ? "enabled" : "disabled")}, dialect {dialect.Name}"));
        if (testNumber is null)
        {
            return report;
        }

        if (authority.Auth.Mode == MosaicAuthMode.ClientCredentials && !await Step(steps, "token", () => TokenAsync(authority, cancellationToken)).ConfigureAwait(false))
        {
            return report;
        }

        if (!await Step(steps, "status", () => StatusAsync(authorityCode, dialect.StatusProbe, baseUrl, cancellationToken)).ConfigureAwait(false))
        {
            return report;
        }

        var local = new LocalAuthority(GssCode.Create(authority.Code).Value, named.Name, named.Region);
        await Step(steps, "lookup", () => LookupAsync(local, testNumber, cancellationToken)).ConfigureAwait(false);
        return report;
    }

    private async Task<bool> Step(List<MosaicConnectivityStep> steps, string name, Func<Task<(bool Succeeded, string Detail)>> run)
    {
        var started = time.GetTimestamp();
        (bool Succeeded, string Detail) outcome;
        try
        {
            outcome = await run().ConfigureAwait(false);
        }
        catch (MosaicUnavailableException unavailable)
        {
            outcome = (false, unavailable.Reason.ToString());
        }
        catch (Exception exception)
        {
            // Whatever went wrong is this step's result, so the report is never lost; the type only, as messages can
            // repeat addresses and headers.
            outcome = (false, exception.GetType().Name + (exception.InnerException is { } inner ? " (" + inner.GetType().Name + ")" : ""));
        }

        steps.Add(new(name, outcome.Succeeded, time.GetElapsedTime(started), outcome.Detail));
        return outcome.Succeeded;
    }

    private async Task<(bool, string)> TokenAsync(MosaicAuthorityOptions authority, CancellationToken cancellationToken)
    {
        // A source of its own: the check proves the endpoint answers now, not that a cached token exists.
        if (MosaicTokenRequest.For(mosaic.Value, authority) is not { } request)
        {
            return (false, "No Auth:TokenUrl.");
        }

        var source = new ClientCredentialsTokenSource(request, authority.Auth.RefusalRemembered, clients, time, NullLogger.Instance);
        await source.GetAsync(cancellationToken).ConfigureAwait(false);
        return (true, "A token was issued by " + request.TokenUrl.GetLeftPart(UriPartial.Authority) + ".");
    }

    private async Task<(bool, string)> StatusAsync(string authorityCode, Uri? probe, Uri baseUrl, CancellationToken cancellationToken)
    {
        if (probe is null)
        {
            return (true, "none: the dialect has no status probe (the lookup proves the credentials)");
        }

        // The health check's client: one attempt, so a hanging Mosaic shows as a timeout here rather than retries.
        var client = clients.CreateClient(MosaicClientNames.Health(authorityCode));
        using var response = await client.GetAsync(probe, cancellationToken).ConfigureAwait(false);
        var transport = baseUrl.Scheme == Uri.UriSchemeHttps ? "TLS handshake completed" : "plain http (sandbox only)";
        return (response.IsSuccessStatusCode, string.Create(CultureInfo.InvariantCulture, $"{(int)response.StatusCode} {response.StatusCode}; {transport}"));
    }

    private async Task<(bool, string)> LookupAsync(LocalAuthority authority, NhsNumber testNumber, CancellationToken cancellationToken)
    {
        var lookup = await gateway.LookupAsync(authority, testNumber, cancellationToken).ConfigureAwait(false);
        return lookup switch
        {
            MosaicLookup.Found found => (true, string.Create(
                CultureInfo.InvariantCulture,
                $"found: {found.Record.SocialWorkers.Count} workers, {found.Record.CarePackages.Count} care packages, {found.Record.Assessments.Count} assessments, {found.Record.CaseNotes.Count} case notes, {found.Record.CommunicationNeeds.Count} communication needs; {found.UnreadableItems} unreadable")),
            MosaicLookup.Unavailable unavailable => (false, "unavailable: " + unavailable.Reason),
            _ => (true, Telemetry.MosaicTelemetry.OutcomeOf(lookup)),
        };
    }
}
