using Mediator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialCare.Application;
using SocialCare.Application.Abstractions;

namespace SocialCare.Testing;

/// <summary>
/// SocialCare's real query pipeline (<c>AddSocialCareApplication</c>: its mediator, policies, fan-out, deadline and
/// audit) over the three fakes of this package, for a host's own tests. Queries go through the library's mediator
/// with <see cref="SendAsync{TResponse}"/>, each in its own scope, as a request of the host's would.
/// </summary>
public sealed class SocialCareTestHarness : IAsyncDisposable
{
    /// <summary>The id of the region the default settings put in the pilot (<c>SocialCare:Regions:0</c>).</summary>
    public const string PilotRegion = "test-pilot-region";

    /// <summary>The GSS code of the one local authority of the default settings, in <see cref="PilotRegion"/>.</summary>
    public const string Authority = "E09000013";

    private readonly ServiceProvider _services;

    private SocialCareTestHarness(ServiceProvider services)
    {
        _services = services;
        Directory = services.GetRequiredService<InMemoryPatientDirectory>();
        Audit = services.GetRequiredService<RecordingAuditSink>();
        Mosaic = services.GetRequiredService<ScriptedMosaicGateway>();
    }

    /// <summary>The host's directory: add the facts each test needs.</summary>
    public InMemoryPatientDirectory Directory { get; }

    /// <summary>The audit: what was written, or a sink that fails.</summary>
    public RecordingAuditSink Audit { get; }

    /// <summary>Every council's Mosaic: what each answers.</summary>
    public ScriptedMosaicGateway Mosaic { get; }

    /// <summary>The container, for what a test wants to read (options, the user message catalogue).</summary>
    public IServiceProvider Services => _services;

    /// <summary>
    /// Builds the pipeline. <paramref name="settings"/> replace or add to the default <c>SocialCare</c> settings: one
    /// enabled region, <see cref="PilotRegion"/>, with one enabled authority, <see cref="Authority"/>
    /// (Hammersmith and Fulham). Slow councils wait on <paramref name="time"/> (the system clock by default; give a
    /// <c>FakeTimeProvider</c> to move time yourself), which is also the view's clock.
    /// </summary>
    /// <param name="settings">Configuration keys such as <c>SocialCare:Deadline</c>, replacing the defaults of the same key.</param>
    /// <param name="time">The clock of the view and of slow answers.</param>
    /// <returns>A harness; dispose it after the test.</returns>
    public static SocialCareTestHarness Create(IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? time = null)
    {
        var merged = new Dictionary<string, string?>(DefaultSettings(), StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            merged[key] = value;
        }

        var clock = time ?? TimeProvider.System;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(clock);
        services.AddSingleton<InMemoryPatientDirectory>();
        services.AddSingleton<RecordingAuditSink>();
        services.AddSingleton(new ScriptedMosaicGateway(clock));
        services.AddSingleton<IPatientDirectory>(provider => provider.GetRequiredService<InMemoryPatientDirectory>());
        services.AddSingleton<ISocialCareAuditSink>(provider => provider.GetRequiredService<RecordingAuditSink>());
        services.AddSingleton<ISocialCareAuditReader>(provider => provider.GetRequiredService<RecordingAuditSink>());
        services.AddSingleton<IMosaicGateway>(provider => provider.GetRequiredService<ScriptedMosaicGateway>());
        services.AddSocialCareApplication(new ConfigurationBuilder().AddInMemoryCollection(merged).Build());
        return new SocialCareTestHarness(services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true }));
    }

    /// <summary>Sends <paramref name="query"/> through SocialCare's own mediator, in a new scope.</summary>
    /// <typeparam name="TResponse">The query's answer, such as <c>Result&lt;SocialCareView&gt;</c>.</typeparam>
    /// <param name="query">A SocialCare query, such as <c>GetSocialCareQuery</c>.</param>
    /// <param name="cancellationToken">Cancels the query, as a caller that gives up.</param>
    /// <returns>The query's answer.</returns>
    public async Task<TResponse> SendAsync<TResponse>(IQuery<TResponse> query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var scope = _services.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredKeyedService<ISender>(SocialCareMediator.ServiceKey);
        return await sender.Send(query, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private static Dictionary<string, string?> DefaultSettings() => new(StringComparer.OrdinalIgnoreCase)
    {
        ["SocialCare:Regions:0:Id"] = PilotRegion,
        ["SocialCare:Regions:0:Name"] = "Test pilot region",
        ["SocialCare:Regions:0:Enabled"] = "true",
        ["SocialCare:LocalAuthorities:0:Code"] = Authority,
        ["SocialCare:LocalAuthorities:0:Name"] = "Hammersmith and Fulham",
        ["SocialCare:LocalAuthorities:0:Region"] = PilotRegion,
        ["SocialCare:LocalAuthorities:0:Enabled"] = "true",
    };
}
