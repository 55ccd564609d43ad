using SocialCare.Application.Viewing.GetSocialCare;
using SocialCare.Application.Tests.TestSupport;
using SocialCare.Domain.Records;

namespace SocialCare.Application.Tests.Viewing.GetSocialCare;

/// <summary>The order of spec §3.</summary>
public class RecordOrderingTests
{
    private static readonly DateOnly Day = new(2026, 1, 1);

    [Test]
    public void Social_workers_by_relationship_then_name()
    {
        var ordered = Order(Records.For(Places.Ealing) with
        {
            SocialWorkers =
            [
                new("Zed", null, null, WorkerRelationship.SocialWorker),
                new("bea", null, null, WorkerRelationship.KeyWorker),
                new("Ann", null, null, WorkerRelationship.SocialWorker),
                new("Yan", null, null, WorkerRelationship.AllocatedWorker),
                new("Abe", null, null, WorkerRelationship.KeyWorker),
            ],
        });

        Assert.That(ordered.SocialWorkers.Select(w => w.Name), Is.EqualTo(new[] { "Yan", "Abe", "bea", "Ann", "Zed" }));
    }

    [Test]
    public void Care_packages_newest_start_first()
    {
        var ordered = Order(Records.For(Places.Ealing) with
        {
            CarePackages = [Package(Day), Package(Day.AddDays(30)), Package(Day.AddDays(-30))],
        });

        Assert.That(ordered.CarePackages.Select(p => p.StartDate), Is.EqualTo(new[] { Day.AddDays(30), Day, Day.AddDays(-30) }));
    }

    [Test]
    public void Assessments_newest_completed_first()
    {
        var ordered = Order(Records.For(Places.Ealing) with
        {
            Assessments = [new("A", Day), new("B", Day.AddDays(2)), new("C", Day.AddDays(1))],
        });

        Assert.That(ordered.Assessments.Select(a => a.Name), Is.EqualTo(new[] { "B", "C", "A" }));
    }

    [Test]
    public void Case_notes_newest_effective_first_then_newest_completed()
    {
        var ordered = Order(Records.For(Places.Ealing) with
        {
            CaseNotes =
            [
                new(CompletedOn: Day, EffectiveFrom: Day),
                new(CompletedOn: Day.AddDays(5), EffectiveFrom: Day),
                new(CompletedOn: Day.AddDays(1), EffectiveFrom: Day.AddDays(1)),
            ],
        });

        Assert.That(
            ordered.CaseNotes,
            Is.EqualTo(new CaseNoteMeta[] { new(Day.AddDays(1), Day.AddDays(1)), new(Day.AddDays(5), Day), new(Day, Day) }));
    }

    [Test]
    public void Communication_needs_by_category_in_the_standards_order()
    {
        var ordered = Order(Records.For(Places.Ealing) with
        {
            CommunicationNeeds =
            [
                Need(CommunicationNeedCategory.CommunicationProfessional),
                Need(CommunicationNeedCategory.ContactMethod),
                Need(CommunicationNeedCategory.CommunicationSupport),
                Need(CommunicationNeedCategory.InformationFormat),
            ],
        });

        Assert.That(
            ordered.CommunicationNeeds.Select(n => n.Category),
            Is.EqualTo(Enum.GetValues<CommunicationNeedCategory>()));
    }

    [Test]
    public void Items_that_tie_keep_mosaics_order()
    {
        var ordered = Order(Records.For(Places.Ealing) with
        {
            Assessments = [new("First", Day), new("Second", Day), new("Third", Day)],
        });

        Assert.That(ordered.Assessments.Select(a => a.Name), Is.EqualTo(new[] { "First", "Second", "Third" }));
    }

    private static SocialCareRecord Order(SocialCareRecord record) => RecordOrdering.Order(record);

    private static CarePackage Package(DateOnly start) => new(start, null, "Supplier", "Daily", "Home care");

    private static CommunicationNeed Need(CommunicationNeedCategory category) => new(category, "Need", Day);
}
