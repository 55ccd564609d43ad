using System.Globalization;
using FluentResults;
using Mediator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SocialCare.Api.Contracts;
using SocialCare.Application;
using SocialCare.Application.Abstractions;
using SocialCare.Application.Errors;
using SocialCare.Application.Viewing.GetSocialCare;
using SocialCare.Domain.Patients;
using SocialCare.Domain.Viewers;

namespace SocialCare.Benchmarks.Support;

/// <summary>
/// SocialCare composed as a host composes it: <c>AddSocialCare(configuration)</c> over the North West London file,
/// every borough enabled with the sandbox's credentials, plus the host's ports (directory, audit) and no log
/// provider. Each view runs in a scope of its own, as each HTTP request does.
/// </summary>
public sealed class EmbeddedSocialCare : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly UserMessageCatalogue _messages;

    private EmbeddedSocialCare(ServiceProvider services)
    {
        _services = services;
        _messages = services.GetRequiredService<UserMessageCatalogue>();
    }

    public IServiceProvider Services => _services;

    /// <summary>The configuration key of one borough's setting, e.g. <c>SocialCare:LocalAuthorities:2:Retries</c>.</summary>
    public static string Key(string authorityCode, string name)
    {
        var index = BenchmarkAuthorities.NorthWestLondon.ToList().IndexOf(authorityCode);
        return index < 0
            ? throw new ArgumentOutOfRangeException(nameof(authorityCode), authorityCode, "Not a North West London borough.")
            : string.Create(CultureInfo.InvariantCulture, $"SocialCare:LocalAuthorities:{index}:{name}");
    }

    public static EmbeddedSocialCare Start(
        Uri sandboxUrl,
        IEnumerable<BenchmarkPatient> patients,
        Action<IDictionary<string, string?>>? change = null,
        Action<IServiceCollection>? compose = null)
    {
        ArgumentNullException.ThrowIfNull(sandboxUrl);
        var settings = new Dictionary<string, string?>
        {
            ["SocialCare:Sandbox:Enabled"] = "true",
            ["SocialCare:Sandbox:Url"] = sandboxUrl.AbsoluteUri,

            // Generous, so that a loaded machine makes a view slower rather than unavailable (which would fail the
            // run); on a healthy path no timeout fires, so they cost the same as the defaults.
            ["SocialCare:Deadline"] = "00:00:10",
        };
        foreach (var code in BenchmarkAuthorities.NorthWestLondon)
        {
            settings[Key(code, "AttemptTimeout")] = "00:00:02";
            settings[Key(code, "Enabled")] = "true";
            settings[Key(code, "Auth:Mode")] = "ClientCredentials";
            settings[Key(code, "Auth:ClientId")] = BenchmarkSandbox.ClientId;
            settings[Key(code, "Auth:ClientSecret")] = BenchmarkSandbox.ClientSecret;
        }

        change?.Invoke(settings);
        var configuration = new ConfigurationBuilder()
            .AddSocialCareNorthWestLondon()
            .AddInMemoryCollection(settings)
            .Build();
        EnsureBoroughOrder(configuration);

        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSocialCare(configuration);
        services.AddSingleton<IPatientDirectory>(new BenchmarkPatientDirectory(patients));
        services.AddSingleton<ISocialCareAuditSink, NullAuditSink>();
        compose?.Invoke(services);
        return new EmbeddedSocialCare(services.BuildServiceProvider());
    }

    /// <summary>One view through the library's own mediator, in a new scope, as the patient themself.</summary>
    public async Task<Result<SocialCareView>> ViewAsync(string patientId, CancellationToken cancellationToken = default)
    {
        var scope = _services.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var sender = scope.ServiceProvider.GetRequiredKeyedService<ISender>(SocialCareMediator.ServiceKey);
            var query = new GetSocialCareQuery(PatientId.Create(patientId).Value, ViewerId.Create(patientId).Value);
            return await sender.Send(query, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The view as the API's JSON contract (spec §3), warnings worded for the viewer.</summary>
    public SocialCareResponse Respond(SocialCareView view) => SocialCareViewTranslator.ToResponse(view, _messages);

    /// <summary>
    /// Asks for <paramref name="view"/> until it succeeds with this many sources and warnings, at most eleven times a
    /// second apart, then checks it as <see cref="Expect"/> does: a cold process on a busy machine can miss the
    /// deadline on its first views (JIT, first connections; CI's dry run once did, beside a test run), and a token
    /// endpoint that timed out is remembered for 5 s. Set-up checks use it.
    /// </summary>
    public static async Task<SocialCareView> ExpectAsync(Func<Task<Result<SocialCareView>>> view, int sources, int warnings)
    {
        ArgumentNullException.ThrowIfNull(view);
        var result = await view().ConfigureAwait(false);
        for (var i = 0; i < 10 && !(result.IsSuccess && result.Value.Sources.Count == sources && result.Value.Warnings.Count == warnings); i++)
        {
            await Task.Delay(TimeSpan.FromSeconds(1)).ConfigureAwait(false);
            result = await view().ConfigureAwait(false);
        }

        return Expect(result, sources, warnings);
    }

    /// <summary>A view that must have succeeded with this many sources and warnings; set-up checks use it.</summary>
    public static SocialCareView Expect(Result<SocialCareView> result, int sources, int warnings)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.IsFailed)
        {
            throw new InvalidOperationException("The view failed: " + string.Join(", ", result.Errors.Select(e => e.Message)));
        }

        var view = result.Value;
        return view.Sources.Count == sources && view.Warnings.Count == warnings
            ? view
            : throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"Expected {sources} sources and {warnings} warnings, got {view.Sources.Count} and {view.Warnings.Count} ({string.Join(", ", view.Warnings.Select(w => w.Code))})."));
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private static void EnsureBoroughOrder(IConfiguration configuration)
    {
        foreach (var code in BenchmarkAuthorities.NorthWestLondon)
        {
            if (configuration[Key(code, "Code")] != code)
            {
                throw new InvalidOperationException($"AddSocialCareNorthWestLondon() no longer lists {code} at {Key(code, "Code")}.");
            }
        }
    }
}
