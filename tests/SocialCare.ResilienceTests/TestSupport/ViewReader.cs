using System.Text.Json;

namespace SocialCare.ResilienceTests.TestSupport;

/// <summary>Reads an answer of the JSON record route into a <see cref="ViewOutcome"/>, and what it must not carry.</summary>
internal static class ViewReader
{
    private static readonly ForbiddenText Forbidden = ForbiddenText.InResponses();

    public static async Task<(ViewOutcome Outcome, IReadOnlyList<string> Leaks)> ReadAsync(HttpResponseMessage response, string patient, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        var status = (int)response.StatusCode;
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var leaks = Forbidden.IsIn(body) ? Forbidden.FoundIn(body) : [];
        if (mediaType == "application/problem+json")
        {
            using var problem = JsonDocument.Parse(body);
            return (ViewOutcome.Problem(status, problem.RootElement.GetProperty("code").GetString() ?? "(no code)"), leaks);
        }

        if (status != 200 || mediaType != "application/json")
        {
            return (new ViewOutcome(status, $"unexpected {mediaType}"), leaks);
        }

        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        if (root.GetProperty("patientId").GetString() != patient)
        {
            return (new ViewOutcome(status, "another patient's view"), leaks);
        }

        var sources = root.GetProperty("sources").EnumerateArray()
            .Select(s => (Code(s), new ListCounts(Count(s, "socialWorkers"), Count(s, "carePackages"), Count(s, "assessments"), Count(s, "caseNotes"), Count(s, "communicationNeeds"))))
            .ToList();
        var warnings = root.GetProperty("warnings").EnumerateArray()
            .Select(w => (w.GetProperty("code").GetString() ?? "", Code(w)))
            .ToList();
        return (ViewOutcome.Shown(sources, warnings), leaks);
    }

    private static string Code(JsonElement element) => element.GetProperty("localAuthority").GetProperty("code").GetString() ?? "";

    private static int Count(JsonElement source, string list) => source.GetProperty(list).GetArrayLength();
}
