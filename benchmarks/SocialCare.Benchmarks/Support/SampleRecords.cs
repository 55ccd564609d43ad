using SocialCare.Domain.Authorities;
using SocialCare.Domain.Records;

namespace SocialCare.Benchmarks.Support;

/// <summary>Domain records built in memory, for the benchmarks that measure code without Mosaic.</summary>
public static class SampleRecords
{
    public static readonly LocalAuthority Hammersmith =
        new(GssCode.Create(BenchmarkAuthorities.Hammersmith).Value, "Hammersmith and Fulham", BenchmarkAuthorities.RegionId);

    private static readonly DateOnly Day = new(2026, 6, 30);

    /// <summary>About demo-full's size: a few of each kind.</summary>
    public static SocialCareRecord Small() => WithCaseNotes(5);

    public static SocialCareRecord WithCaseNotes(int caseNotes) =>
        new(
            Hammersmith,
            DateTimeOffset.UnixEpoch,
            [
                new SocialWorker("Worker A", "Adults Team 2", "020 7946 0001", WorkerRelationship.AllocatedWorker),
                new SocialWorker("Worker B", "Reablement", null, WorkerRelationship.KeyWorker),
                new SocialWorker("Worker C", "Adults Team 2", "020 7946 0003", WorkerRelationship.SocialWorker),
            ],
            [
                new CarePackage(Day.AddDays(-100), null, "Riverside Care Ltd", "4 calls a day", "Home care"),
                new CarePackage(Day.AddDays(-200), Day.AddDays(-150), null, "Daily", "Reablement"),
            ],
            [new AssessmentSummary("Care Act assessment", Day.AddDays(-30)), new AssessmentSummary("Carer's assessment", Day.AddDays(-90))],
            [.. Enumerable.Range(0, caseNotes).Select(i => new CaseNoteMeta(Day.AddDays(-i), Day.AddDays(-i)))],
            [new CommunicationNeed(CommunicationNeedCategory.CommunicationProfessional, "Polish interpreter", Day.AddDays(-400))]);
}
