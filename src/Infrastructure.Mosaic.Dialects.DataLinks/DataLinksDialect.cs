using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SocialCare.Application.Abstractions;
using SocialCare.Domain.Records;
using SocialCare.Infrastructure.Mosaic.Dialects.DataLinks.Wire;
using SocialCare.Infrastructure.Mosaic.Http;

namespace SocialCare.Infrastructure.Mosaic.Dialects.DataLinks;

/// <summary>
/// A Mosaic whose every answer is <c>{"data": […], "links": {"next": …}}</c>: people at <c>GET api/v2/people</c>
/// (NHS number in <see cref="NhsNumberHeader"/>), their lists under <c>api/v2/people/{id}/</c> paged by the
/// <c>next</c> link, date-times in ISO 8601 with an offset, and a care package's frequency as
/// <c>{"count": 3, "per": "week"}</c>, shown as "3 times a week".
/// </summary>
public sealed class DataLinksDialect : MosaicDialect
{
    public const string DialectName = "data-links";
    public const string NhsNumberHeader = "X-Nhs-Number";

    private static readonly DataLinksJsonContext Json = DataLinksJsonContext.Default;

    public override string Name => DialectName;

    public override MosaicPersonSearch PersonSearch { get; } = new(new Uri("api/v2/people", UriKind.Relative), NhsNumberHeader);

    public override Uri? StatusProbe { get; } = new("api/v2/health", UriKind.Relative);

    public override IReadOnlyList<MosaicPersonMatch> ReadPersonSearch(ReadOnlySpan<byte> body) =>
        [.. Data(body).Data!.Value.EnumerateArray().Select(p => p.Deserialize(Json.PersonDto) is { } person
            ? new MosaicPersonMatch(person.Id, person.Sharing == "granted")
            : throw new MosaicUnavailableException(UnavailableReason.MalformedResponse))];

    public override Uri FirstPage(MosaicList list, string personSegment, int pageSize) => new(
        string.Create(CultureInfo.InvariantCulture, $"api/v2/people/{personSegment}/{Resource(list)}?limit={pageSize}"), UriKind.Relative);

    public override MosaicPage<SocialWorker> ReadSocialWorkers(ReadOnlySpan<byte> body, MosaicReadContext context) =>
        Read(body, Json.WorkerDto, w => w.Id, w =>
        {
            WorkerRelationship? role = w.Role switch
            {
                "allocated" => WorkerRelationship.AllocatedWorker,
                "key" => WorkerRelationship.KeyWorker,
                "social" => WorkerRelationship.SocialWorker,
                null => Unreadable<WorkerRelationship>(),
                _ => null,
            };
            return role is { } shown && Date(w.From) <= context.Today && !(OptionalDate(w.Until) < context.Today)
                ? new SocialWorker(Required(w.Name), w.Team, w.Phone, shown)
                : null;
        });

    public override MosaicPage<CarePackage> ReadCarePackages(ReadOnlySpan<byte> body, MosaicReadContext context) =>
        Read(body, Json.ServiceDto, s => s.Id, s => s.State switch
        {
            "proposed" or "cancelled" => null,
            "active" or "ended" => new CarePackage(Date(s.From), OptionalDate(s.Until), s.Provider, Frequency(s.Frequency), s.Service),
            _ => Unreadable<CarePackage>(),
        });

    public override MosaicPage<AssessmentSummary> ReadAssessments(ReadOnlySpan<byte> body, MosaicReadContext context) =>
        Read(body, Json.AssessmentDto, a => a.Id, a => a.Stage switch
        {
            "incoming" or "in-progress" or "reopened" => null,
            "completed" => new AssessmentSummary(Required(a.Title), Date(a.CompletedAt)),
            _ => Unreadable<AssessmentSummary>(),
        });

    public override MosaicPage<CaseNoteMeta> ReadCaseNotes(ReadOnlySpan<byte> body, MosaicReadContext context) =>
        Read(body, Json.NoteDto, n => n.Id, n => n.State switch
        {
            "draft" or "timed-out" or "deleted" => null,
            "complete" => new CaseNoteMeta(Date(n.CompletedAt), Date(n.EffectiveAt)),
            _ => Unreadable<CaseNoteMeta>(),
        });

    public override MosaicPage<CommunicationNeed> ReadCommunicationNeeds(ReadOnlySpan<byte> body, MosaicReadContext context) =>
        Read(body, Json.NeedDto, n => n.Id, n =>
        {
            var kind = n.Kind switch
            {
                "contact-method" => CommunicationNeedCategory.ContactMethod,
                "information-format" => CommunicationNeedCategory.InformationFormat,
                "communication-support" => CommunicationNeedCategory.CommunicationSupport,
                "communication-professional" => CommunicationNeedCategory.CommunicationProfessional,
                _ => Unreadable<CommunicationNeedCategory>(),
            };
            var (description, recorded) = (Required(n.Description), OptionalDate(n.RecordedAt));
            return OptionalDate(n.Until) < context.Today ? null : new CommunicationNeed(kind, description, recorded);
        });

    private static string Resource(MosaicList list) => list switch
    {
        MosaicList.WorkerRelationships => "workers",
        MosaicList.CarePackages => "services",
        MosaicList.Assessments => "assessments",
        MosaicList.CaseNotes => "notes",
        _ => "communication-needs",
    };

    private static DataDto Data(ReadOnlySpan<byte> body) =>
        JsonSerializer.Deserialize(body, Json.DataDto) is { Data.ValueKind: JsonValueKind.Array } data
            ? data
            : throw new MosaicUnavailableException(UnavailableReason.MalformedResponse);

    /// <summary>One page: each item's <paramref name="judge"/> answers the record to show, null to hide it, or throws.</summary>
    private static MosaicPage<T> Read<TDto, T>(ReadOnlySpan<byte> body, JsonTypeInfo<TDto> typeInfo, Func<TDto, string?> id, Func<TDto, T?> judge)
        where TDto : class
        where T : class
    {
        var page = Data(body);
        return MosaicPages.Read(page.Data!.Value, element =>
        {
            var dto = element.Deserialize(typeInfo) ?? throw new JsonException();
            return judge(dto) is { } shown ? MosaicItems.Show(id(dto), shown) : MosaicItems.Hide<T>(id(dto));
        }, page.Links?.Next);
    }

    private static string? Frequency(FrequencyDto? frequency) => frequency switch
    {
        null => null,
        { Count: > 0 and var count, Per: "day" or "week" or "month" } => count switch
        {
            1 => "once",
            2 => "twice",
            _ => string.Create(CultureInfo.InvariantCulture, $"{count} times"),
        } + " a " + frequency.Per,
        _ => Unreadable<string>(),
    };

    private static T Unreadable<T>() => throw new FormatException("The item cannot be read.");

    private static string Required(string? text) => string.IsNullOrWhiteSpace(text) ? Unreadable<string>() : text;

    private static DateOnly Date(string? text) => OptionalDate(text) ?? Unreadable<DateOnly>();

    /// <summary>An ISO 8601 date-time with its offset (<c>Z</c> or <c>±hh:mm</c>), as its date in Europe/London.</summary>
    private static DateOnly? OptionalDate(string? text) => text switch
    {
        null => null,
        _ when DateTimeOffset.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            && (text.EndsWith('Z') || text[^6] is '+' or '-') => MosaicReadContext.LondonDate(instant),
        _ => Unreadable<DateOnly>(),
    };
}
