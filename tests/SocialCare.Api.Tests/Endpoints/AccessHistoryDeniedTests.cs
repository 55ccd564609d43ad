using System.Text.RegularExpressions;
using SocialCare.Api.Tests.TestSupport;
using SocialCare.TestSupport;

namespace SocialCare.Api.Tests.Endpoints;

/// <summary>
/// Spec §7: the access history is the patient's only. Everyone else, whatever their grants and labels, gets exactly
/// what a viewer without access gets on the record: status, headers (but Date) and body, byte for byte but the
/// trace id, on the JSON and on the page.
/// </summary>
public partial class AccessHistoryDeniedTests : DemoHostFixture
{
    [TestCase(Demo.CarerWithLabel, Demo.Full)]
    [TestCase(Demo.TeamProfessional, Demo.Full)]
    [TestCase(Demo.IndividualProfessional, Demo.TwoAuthorities)]
    [TestCase(Demo.CarerWithoutLabel, Demo.Full)]
    [TestCase(Demo.UnknownViewer, Demo.Full)]
    [TestCase(Demo.Unrelated, Demo.OutsidePilot)]
    [TestCase(Demo.Partial, Demo.Full)]
    [TestCase(Demo.CarerWithLabel, Demo.UnknownPatient)]
    public async Task Anyone_but_the_patient_gets_the_records_access_denied_answer(string viewer, string patient)
    {
        foreach (var (history, record) in new (Func<string, string>, Func<string, string>)[] { (Routes.History, Routes.View), (Routes.HistoryPage, Routes.Page) })
        {
            var denied = await Client.GetAsync(history(patient), viewer);
            var recordDenied = await Client.GetAsync(record(Demo.Full), Demo.Unrelated);

            using (Assert.EnterMultipleScope())
            {
                Assert.That(recordDenied.Status, Is.EqualTo(403), "the record's own access-denied answer");
                Assert.That(denied.Status, Is.EqualTo(recordDenied.Status));
                Assert.That(WithoutDate(denied.Headers), Is.EqualTo(WithoutDate(recordDenied.Headers)));
                Assert.That(WithoutTraceId(denied.Body), Is.EqualTo(WithoutTraceId(recordDenied.Body)));
            }
        }
    }

    [Test]
    public async Task Access_denied_problem_is_the_records_code()
    {
        var denied = await Client.GetAsync(Routes.History(Demo.Full), Demo.CarerWithLabel);

        Assert.That(denied.ProblemCode(), Is.EqualTo("social-care.access-denied"));
    }

    private static Dictionary<string, string> WithoutDate(IReadOnlyDictionary<string, string> headers) =>
        headers.Where(h => !h.Key.Equals("Date", StringComparison.OrdinalIgnoreCase)).ToDictionary(StringComparer.OrdinalIgnoreCase);

    private static string WithoutTraceId(string body) => TraceId().Replace(body, "\"traceId\":\"…\"");

    [GeneratedRegex("\"traceId\":\"[0-9a-f]{32}\"", RegexOptions.CultureInvariant)]
    private static partial Regex TraceId();
}
