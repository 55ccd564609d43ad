using System.Collections.Concurrent;
using System.Globalization;

namespace SocialCare.HostileMosaic;

/// <summary>
/// The clean council, but some lists run to many pages, each holding one current item whose shown text (a worker's
/// name, a service, an assessment's name, a note's type, a need) is as long as a page may be: every page fits
/// <c>MaxResponseBytes</c>, and together they are far more than anyone should hold for one view. Each page is built
/// once, so that serving it costs the server nothing it would hold beside the client it is measured against.
/// </summary>
internal static class LongNamesCouncil
{
    public static Func<HostileRequest, HostileAnswer> Answer(IReadOnlyCollection<string> lists, int pages, int bytesPerPage)
    {
        ArgumentNullException.ThrowIfNull(lists);
        var text = new string('n', bytesPerPage);
        var built = new ConcurrentDictionary<(string List, int Page), Lazy<HostileAnswer>>();
        return request =>
        {
            if (CleanCouncil.ListOf(request) is not { } list || !lists.Contains(list))
            {
                return CleanCouncil.Answer(request);
            }

            var page = request.Page;
            return built.GetOrAdd((list, page), key => new Lazy<HostileAnswer>(() =>
            {
                var next = key.Page < pages ? (key.Page + 1).ToString(CultureInfo.InvariantCulture) : "null";
                return HostileAnswer.Json(200, $$"""{"items":[{{Item(key.List, key.Page, text)}}],"page":{{key.Page}},"nextPage":{{next}},"totalItems":{{pages}}}""");
            })).Value;
        };
    }

    private static string Item(string list, int page, string text) => list switch
    {
        "worker-relationships" => $$"""{"id":"WR-{{page}}","type":"social-worker","workerName":"{{text}}","startDate":"2020-01-01"}""",
        "service-agreements" => $$"""{"id":"SA-{{page}}","status":"active","service":"{{text}}","startDate":"2020-01-01"}""",
        "assessments" => $$"""{"id":"AS-{{page}}","name":"{{text}}","status":"completed","completedDate":"2020-01-01"}""",
        "case-notes" => $$"""{"id":"CN-{{page}}","type":"{{text}}","status":"complete","completedDate":"2020-01-01","effectiveDate":"2020-01-01"}""",
        _ => $$"""{"id":"CM-{{page}}","category":"information-format","description":"{{text}}","recordedDate":"2020-01-01"}""",
    };
}
