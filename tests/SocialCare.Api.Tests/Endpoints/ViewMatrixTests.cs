using System.Text.Json;
using SocialCare.Api.Tests.TestSupport;
using SocialCare.TestSupport;

namespace SocialCare.Api.Tests.Endpoints;

/// <summary>Spec §6's rows against the JSON API: every patient of the seed and an unknown one, as every demo viewer.</summary>
public class ViewMatrixTests : DemoHostFixture
{
    [TestCaseSource(nameof(Cases))]
    public async Task Api_answers_each_viewer_as_spec_6_expects(string patient, string viewer, ViewExpectation expected)
    {
        var answer = await Client.GetAsync(Routes.View(patient), viewer);

        Assert.That(answer.Status, Is.EqualTo(expected.Status), answer.Body.Length > 2000 ? answer.Body[..2000] : answer.Body);
        if (expected.Code is null)
        {
            AssertRecord(answer, patient, expected);
        }
        else
        {
            AssertProblem(answer, expected);
        }

        Leaks.AssertNoneIn(answer.Body, $"{patient} as {viewer}");
    }

    private static IEnumerable<TestCaseData> Cases() => SpecSix.ViewCases();

    private static void AssertRecord(Answer answer, string patient, ViewExpectation expected)
    {
        var json = answer.Json();
        var sources = json.GetProperty("sources");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.ContentType, Does.StartWith("application/json"));
            Assert.That(json.GetProperty("patientId").GetString(), Is.EqualTo(patient));
            Assert.That(sources.GetArrayLength(), Is.EqualTo(expected.Sources));
            Assert.That(json.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("code").GetString()), Is.EqualTo(expected.Warnings));
            if (expected.CaseNotes is { } caseNotes)
            {
                Assert.That(sources[0].GetProperty("caseNotes").GetArrayLength(), Is.EqualTo(caseNotes));
            }
        }
    }

    private static void AssertProblem(Answer answer, ViewExpectation expected)
    {
        var problem = answer.Json();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.ContentType, Does.StartWith("application/problem+json"));
            Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo(expected.Code));
            Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo(expected.Status));
            Assert.That(problem.GetProperty("detail").GetString(), Is.Not.Empty);
            Assert.That(problem.GetProperty("traceId").ValueKind, Is.EqualTo(JsonValueKind.String));
            if (expected.Status == 503)
            {
                Assert.That(answer.Header("Retry-After"), Is.EqualTo("30"));
            }
        }
    }
}
