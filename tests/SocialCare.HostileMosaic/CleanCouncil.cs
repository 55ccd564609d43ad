namespace SocialCare.HostileMosaic;

/// <summary>
/// A council that answers well: one person who has consented, and one item that is shown in each list (every date
/// years in the past, so nothing changes with the day the suite runs). Hostile councils start from its answers.
/// </summary>
internal static class CleanCouncil
{
    public const string PersonId = "MOS-4711-P";

    public const string PersonSearch = """{"persons":[{"personId":"MOS-4711-P","caseStatus":"open","consentToShareWithThirdParties":"given"}]}""";

    public static readonly IReadOnlyDictionary<string, string> Items = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["worker-relationships"] = """{"id":"WR-1","type":"allocated-worker","workerName":"Alex Morgan","team":"Fulham Team","telephone":"020 7946 0100","startDate":"2020-01-01","endDate":null}""",
        ["service-agreements"] = """{"id":"SA-1","status":"active","service":"Meals","supplier":"Westway Care","frequency":"Weekly","startDate":"2020-02-01","endDate":null}""",
        ["assessments"] = """{"id":"AS-1","name":"Care Act assessment","status":"completed","completedDate":"2020-03-01T10:00:00Z"}""",
        ["case-notes"] = """{"id":"CN-1","type":"Phone call","status":"complete","completedDate":"2020-04-01","effectiveDate":"2020-03-31T09:15:00"}""",
        ["communication-needs"] = """{"id":"CM-1","category":"communication-support","description":"Needs a Polish interpreter","recordedDate":"2020-05-01","endDate":null}""",
    };

    /// <summary>The list a request is for (<c>case-notes</c>), whatever the person id; null for the person search and anything else.</summary>
    public static string? ListOf(HostileRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Path.StartsWith("v1/persons/", StringComparison.Ordinal))
        {
            return null;
        }

        var list = request.Path[(request.Path.LastIndexOf('/') + 1)..];
        return Items.ContainsKey(list) ? list : null;
    }

    public static string Page(string item) => "{\"items\":[" + item + "],\"page\":1,\"pageSize\":1000,\"nextPage\":null,\"totalItems\":1}";

    /// <summary>The clean answer to <paramref name="request"/>.</summary>
    public static HostileAnswer Answer(HostileRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Path == "v1/persons")
        {
            return HostileAnswer.Json(200, PersonSearch);
        }

        return ListOf(request) is { } list ? HostileAnswer.Json(200, Page(Items[list])) : HostileAnswer.Json(404, """{"title":"not found"}""");
    }
}
