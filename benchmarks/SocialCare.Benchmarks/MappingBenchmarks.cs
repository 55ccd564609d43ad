using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using SocialCare.Api.Contracts;
using SocialCare.Benchmarks.Support;
using SocialCare.Domain.Records;
using SocialCare.Infrastructure.Mosaic.Contract;
using SocialCare.Infrastructure.Mosaic.Reading;

namespace SocialCare.Benchmarks;

/// <summary>
/// Mapperly's cost per item (ADR 0001), over 1,000 items so that each row reads per item: a case note and a worker
/// from Mosaic's DTO to the domain (<c>MosaicRecordMapper</c>) against the same constructor call written by hand,
/// and a record's case notes from the domain to the API's contract (<c>RecordResponseMapper</c>).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class MappingBenchmarks
{
    private const int Items = 1000;
    private static readonly DateOnly Day = new(2026, 6, 30);
    private readonly CaseNoteDto[] _notes = [.. Enumerable.Range(0, Items).Select(i => new CaseNoteDto
    {
        Id = "CN-" + i,
        Type = "Home visit",
        Status = CaseNoteStatus.Complete,
        CompletedDate = Day.AddDays(-i),
        EffectiveDate = Day.AddDays(-i),
    })];

    private readonly WorkerRelationshipDto[] _workers = [.. Enumerable.Range(0, Items).Select(i => new WorkerRelationshipDto
    {
        Id = "WR-" + i,
        Type = "social-worker",
        WorkerName = "Worker " + i,
        Team = "Adults Team 2",
        Telephone = "020 7946 0001",
        StartDate = Day.AddDays(-i),
    })];

    private readonly SocialCareRecord _record = SampleRecords.WithCaseNotes(Items);
    private readonly CaseNoteMeta[] _mappedNotes = new CaseNoteMeta[Items];
    private readonly SocialWorker[] _mappedWorkers = new SocialWorker[Items];

    [BenchmarkCategory("Case note")]
    [Benchmark(Baseline = true, OperationsPerInvoke = Items, Description = "Case note DTO → domain, by hand")]
    public CaseNoteMeta[] CaseNoteByHand()
    {
        for (var i = 0; i < _notes.Length; i++)
        {
            _mappedNotes[i] = new CaseNoteMeta(_notes[i].CompletedDate!.Value, _notes[i].EffectiveDate!.Value);
        }

        return _mappedNotes;
    }

    [BenchmarkCategory("Case note")]
    [Benchmark(OperationsPerInvoke = Items, Description = "Case note DTO → domain, Mapperly")]
    public CaseNoteMeta[] CaseNoteMapperly()
    {
        for (var i = 0; i < _notes.Length; i++)
        {
            _mappedNotes[i] = MosaicRecordMapper.ToCaseNote(_notes[i]);
        }

        return _mappedNotes;
    }

    [BenchmarkCategory("Worker")]
    [Benchmark(Baseline = true, OperationsPerInvoke = Items, Description = "Worker DTO → domain, by hand")]
    public SocialWorker[] WorkerByHand()
    {
        for (var i = 0; i < _workers.Length; i++)
        {
            var worker = _workers[i];
            _mappedWorkers[i] = new SocialWorker(worker.WorkerName!, worker.Team, worker.Telephone, WorkerRelationship.SocialWorker);
        }

        return _mappedWorkers;
    }

    [BenchmarkCategory("Worker")]
    [Benchmark(OperationsPerInvoke = Items, Description = "Worker DTO → domain, Mapperly")]
    public SocialWorker[] WorkerMapperly()
    {
        for (var i = 0; i < _workers.Length; i++)
        {
            _mappedWorkers[i] = MosaicRecordMapper.ToSocialWorker(_workers[i], WorkerRelationship.SocialWorker);
        }

        return _mappedWorkers;
    }

    [BenchmarkCategory("Contract")]
    [Benchmark(OperationsPerInvoke = Items, Description = "Record → API contract, Mapperly, per case note")]
    public SourceResponse RecordToContract() => RecordResponseMapper.ToResponse(_record);
}
