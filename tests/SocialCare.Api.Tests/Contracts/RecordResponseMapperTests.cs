using SocialCare.Api.Contracts;
using SocialCare.Domain.Authorities;
using SocialCare.Domain.Records;

namespace SocialCare.Api.Tests.Contracts;

public class RecordResponseMapperTests
{
    // Spec §3's values, written out.
    [TestCase(WorkerRelationship.AllocatedWorker, "allocated-worker")]
    [TestCase(WorkerRelationship.KeyWorker, "key-worker")]
    [TestCase(WorkerRelationship.SocialWorker, "social-worker")]
    public void Relationship_is_kebab_case(WorkerRelationship relationship, string expected) =>
        Assert.That(Map(Record(workers: [new("Sam", null, null, relationship)])).SocialWorkers[0].Relationship, Is.EqualTo(expected));

    [TestCase(CommunicationNeedCategory.ContactMethod, "contact-method")]
    [TestCase(CommunicationNeedCategory.InformationFormat, "information-format")]
    [TestCase(CommunicationNeedCategory.CommunicationSupport, "communication-support")]
    [TestCase(CommunicationNeedCategory.CommunicationProfessional, "communication-professional")]
    public void Category_is_kebab_case(CommunicationNeedCategory category, string expected) =>
        Assert.That(Map(Record(needs: [new(category, "Large print", null)])).CommunicationNeeds[0].Category, Is.EqualTo(expected));

    [Test]
    public void Local_authority_is_its_code_and_name_only()
    {
        var source = Map(Record());

        Assert.That(source.LocalAuthority, Is.EqualTo(new LocalAuthorityResponse("E09000013", "Hammersmith and Fulham")));
    }

    private static SourceResponse Map(SocialCareRecord record) => RecordResponseMapper.ToResponse(record);

    private static SocialCareRecord Record(IReadOnlyList<SocialWorker>? workers = null, IReadOnlyList<CommunicationNeed>? needs = null) =>
        new(
            new LocalAuthority(GssCode.Create("E09000013").Value, "Hammersmith and Fulham", "north-west-london"),
            DateTimeOffset.UnixEpoch,
            workers ?? [],
            [],
            [],
            [],
            needs ?? []);
}
