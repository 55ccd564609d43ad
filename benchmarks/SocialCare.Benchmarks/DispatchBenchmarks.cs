using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using FluentResults;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SocialCare.Application;
using SocialCare.Application.Abstractions;
using SocialCare.Application.Viewing.GetSocialCare;
using SocialCare.Benchmarks.Support;
using SocialCare.Domain.Patients;
using SocialCare.Domain.Viewers;

namespace SocialCare.Benchmarks;

/// <summary>
/// The mediator's own cost per request (ADR 0001): the same view of a small record from an in-memory Mosaic,
/// called three ways. Dispatch = "ISender.Send" − "Handler, called directly" (the audit is a step of the handler
/// since ADR 0008, so there is no behaviour to chain by hand); the last row adds the scope a request creates, as the
/// API does.
/// </summary>
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet ends a benchmark's life through [GlobalCleanup], which disposes it.")]
public class DispatchBenchmarks
{
    private const string Patient = "bench-dispatch";
    private EmbeddedSocialCare _socialCare = null!;
    private AsyncServiceScope _scope;
    private GetSocialCareQueryHandler _handler = null!;
    private ISender _sender = null!;
    private GetSocialCareQuery _query = null!;

    [GlobalSetup]
    public void Start()
    {
        _socialCare = EmbeddedSocialCare.Start(
            new Uri("http://127.0.0.1:9/"),
            [new BenchmarkPatient(Patient, "9991001050", [BenchmarkAuthorities.Hammersmith])],
            compose: services => services.Replace(ServiceDescriptor.Singleton<IMosaicGateway>(new InMemoryGateway(SampleRecords.Small()))));
        _scope = _socialCare.Services.CreateAsyncScope();
        _handler = _scope.ServiceProvider.GetRequiredService<GetSocialCareQueryHandler>();
        _sender = _scope.ServiceProvider.GetRequiredKeyedService<ISender>(SocialCareMediator.ServiceKey);
        _query = new GetSocialCareQuery(PatientId.Create(Patient).Value, ViewerId.Create(Patient).Value);
    }

    [GlobalCleanup]
    public async Task StopAsync()
    {
        await _scope.DisposeAsync();
        await _socialCare.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "Handler, called directly")]
    public ValueTask<Result<SocialCareView>> Handler() => _handler.Handle(_query, CancellationToken.None);

    [Benchmark(Description = "ISender.Send (library's mediator)")]
    public ValueTask<Result<SocialCareView>> Send() => _sender.Send(_query, CancellationToken.None);

    [Benchmark(Description = "ISender.Send in a new scope")]
    public async Task<Result<SocialCareView>> SendInNewScope() => await _socialCare.ViewAsync(Patient);
}
