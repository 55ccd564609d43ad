using System.Text.RegularExpressions;
using SocialCare.Api.Tests.TestSupport;
using SocialCare.TestSupport;

namespace SocialCare.Api.Tests.Endpoints;

/// <summary>
/// Spec §1 steps 3–4: an unknown patient is a patient on whom the viewer has no grant. Nothing in the answer tells
/// the two apart — status, headers (but Date) and body, byte for byte but the trace id.
/// </summary>
public partial class UnknownPatientTests : DemoHostFixture
{
    [TestCase(Demo.Unrelated, Demo.Full)]
    [TestCase(Demo.CarerWithoutLabel, Demo.Full)]
    [TestCase(Demo.ProfessionalWithoutLabel, Demo.NotShared)]
    [TestCase(Demo.Unrelated, Demo.OutsidePilot)]
    [TestCase(Demo.Partial, Demo.RecordMismatch)]
    [TestCase(Demo.UnknownViewer, Demo.Unavailable)]
    public async Task Unknown_patient_is_answered_exactly_as_one_without_access(string viewer, string known)
    {
        foreach (var route in new Func<string, string>[] { Routes.View, Routes.Tab, Routes.Page })
        {
            var unknown = await Client.GetAsync(route(Demo.UnknownPatient), viewer);
            var denied = await Client.GetAsync(route(known), viewer);

            using (Assert.EnterMultipleScope())
            {
                Assert.That(unknown.Status, Is.EqualTo(denied.Status));
                Assert.That(WithoutDate(unknown.Headers), Is.EqualTo(WithoutDate(denied.Headers)));
                Assert.That(WithoutTraceId(unknown.Body), Is.EqualTo(WithoutTraceId(denied.Body)));
            }
        }
    }

    private static Dictionary<string, string> WithoutDate(IReadOnlyDictionary<string, string> headers) =>
        headers.Where(h => !h.Key.Equals("Date", StringComparison.OrdinalIgnoreCase)).ToDictionary(StringComparer.OrdinalIgnoreCase);

    private static string WithoutTraceId(string body) => TraceId().Replace(body, "\"traceId\":\"…\"");

    [GeneratedRegex("\"traceId\":\"[0-9a-f]{32}\"", RegexOptions.CultureInvariant)]
    private static partial Regex TraceId();
}
