using System.Reflection;
using SocialCare.Domain.Records;

namespace SocialCare.Domain.Tests.Records;

// What a type cannot hold, no layer can show: these shapes are the first guarantee that assessment contents and
// case-note text never reach a page.
public class RecordShapeTests
{
    [TestCase(typeof(AssessmentSummary), new[] { "CompletedOn", "Name" })]
    [TestCase(typeof(CaseNoteMeta), new[] { "CompletedOn", "EffectiveFrom" })]
    [TestCase(typeof(SocialWorker), new[] { "Name", "Relationship", "Team", "Telephone" })]
    [TestCase(typeof(CarePackage), new[] { "EndDate", "Frequency", "Service", "StartDate", "Supplier" })]
    [TestCase(typeof(CommunicationNeed), new[] { "Category", "Description", "RecordedOn" })]
    public void Record_holds_only_what_may_be_shown(Type record, string[] properties)
    {
        var actual = record.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name != "EqualityContract")
            .Select(p => p.Name)
            .Order(StringComparer.Ordinal);

        Assert.That(actual, Is.EqualTo(properties));
    }

    [Test]
    public void Dates_are_dates_without_a_time_of_day()
    {
        var dateProperties = new[] { typeof(CarePackage), typeof(AssessmentSummary), typeof(CaseNoteMeta), typeof(CommunicationNeed) }
            .SelectMany(t => t.GetProperties())
            .Where(p => p.Name.EndsWith("Date", StringComparison.Ordinal) || p.Name.EndsWith("On", StringComparison.Ordinal) || p.Name == "EffectiveFrom");

        Assert.That(
            dateProperties.Select(p => Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType),
            Is.All.EqualTo(typeof(DateOnly)));
    }

    [Test]
    public void Relationships_are_in_the_order_the_page_lists_them() =>
        Assert.That(Enum.GetNames<WorkerRelationship>(), Is.EqualTo(RelationshipOrder));

    [Test]
    public void Categories_are_in_the_order_the_page_lists_them() =>
        Assert.That(Enum.GetNames<CommunicationNeedCategory>(), Is.EqualTo(CategoryOrder));

    private static readonly string[] RelationshipOrder = ["AllocatedWorker", "KeyWorker", "SocialWorker"];

    private static readonly string[] CategoryOrder = ["ContactMethod", "InformationFormat", "CommunicationSupport", "CommunicationProfessional"];
}
