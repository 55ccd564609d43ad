using System.Globalization;
using System.Text.Json;
using SocialCare.Application.Abstractions;
using SocialCare.Domain.Records;
using SocialCare.Infrastructure.Mosaic.Dialects.ClientSummary.Wire;
using SocialCare.Infrastructure.Mosaic.Http;

namespace SocialCare.Infrastructure.Mosaic.Dialects.ClientSummary;

/// <summary>
/// A Mosaic that finds clients at <c>GET api/clients</c> (NHS number in <see cref="NhsNumberHeader"/>) and serves the
/// five lists at once from <c>GET api/clients/{ref}/summary</c>: every list asks for the summary and reads its own
/// array, unpaged. Codes are four letters; dates are <c>dd/MM/yyyy</c>, an ISO wall-clock time (Europe/London) or an
/// ISO instant with an offset.
/// </summary>
public sealed class ClientSummaryDialect : MosaicDialect
{
    public const string DialectName = "client-summary";
    public const string NhsNumberHeader = "X-Nhs-No";

    private static readonly ClientSummaryJsonContext Json = ClientSummaryJsonContext.Default;
    private static readonly string[] WallClock = ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"];
    private static readonly string[] Instant = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    public override string Name => DialectName;

    public override MosaicPersonSearch PersonSearch { get; } = new(new Uri("api/clients", UriKind.Relative), NhsNumberHeader);

    public override IReadOnlyList<MosaicPersonMatch> ReadPersonSearch(ReadOnlySpan<byte> body) =>
        JsonSerializer.Deserialize(body, Json.ClientSearchDto)?.Results is { } results && results.All(c => c is not null)
            ? [.. results.Select(c => new MosaicPersonMatch(c!.ClientRef, c.ShareConsent == "Y"))]
            : throw new MosaicUnavailableException(UnavailableReason.MalformedResponse);

    public override Uri FirstPage(MosaicList list, string personSegment, int pageSize) => new($"api/clients/{personSegment}/summary", UriKind.Relative);

    public override MosaicPage<SocialWorker> ReadSocialWorkers(ReadOnlySpan<byte> body, MosaicReadContext context) =>
        Read(Summary(body).Workers, Json.WorkerDto, dto => dto.RelId, dto =>
        {
            WorkerRelationship? relationship = dto.RelType switch
            {
                "ALLOC" => WorkerRelationship.AllocatedWorker,
                "KEYW" => WorkerRelationship.KeyWorker,
                "SOCW" => WorkerRelationship.SocialWorker,
                _ => null,
            };
            if (string.IsNullOrEmpty(dto.RelType) || (relationship is not null && string.IsNullOrEmpty(dto.WorkerName)))
            {
                return Unreadable<SocialWorker>();
            }

            // An unknown type is not shown, and not counted, as in the standard contract.
            return relationship is { } shown && Date(dto.From) <= context.Today && !(OptionalDate(dto.To) < context.Today)
                ? new SocialWorker(dto.WorkerName!, dto.TeamName, dto.Phone, shown)
                : null;
        });

    public override MosaicPage<CarePackage> ReadCarePackages(ReadOnlySpan<byte> body, MosaicReadContext context) =>
        Read(Summary(body).Packages, Json.PackageDto, dto => dto.PkgId, dto => dto.PkgStatus switch
        {
            "PROP" or "CANC" => null,
            "ACTV" or "ENDD" => new CarePackage(Date(dto.From), OptionalDate(dto.To), dto.Provider, dto.Freq, dto.ServiceName),
            _ => Unreadable<CarePackage>(),
        });

    public override MosaicPage<AssessmentSummary> ReadAssessments(ReadOnlySpan<byte> body, MosaicReadContext context) =>
        Read(Summary(body).Assessments, Json.AssessmentDto, dto => dto.AsmtId, dto => dto.AsmtStatus switch
        {
            "INCM" or "PROG" or "REOP" => null,
            "COMP" when !string.IsNullOrEmpty(dto.AsmtName) => new AssessmentSummary(dto.AsmtName, Date(dto.CompletedAt)),
            _ => Unreadable<AssessmentSummary>(),
        });

    public override MosaicPage<CaseNoteMeta> ReadCaseNotes(ReadOnlySpan<byte> body, MosaicReadContext context) =>
        Read(Summary(body).CaseNotes, Json.CaseNoteDto, dto => dto.NoteId, dto => dto.NoteStatus switch
        {
            "DRFT" or "TOUT" or "DELD" => null,
            "COMP" => new CaseNoteMeta(Date(dto.CompletedAt), Date(dto.EffectiveAt)),
            _ => Unreadable<CaseNoteMeta>(),
        });

    public override MosaicPage<CommunicationNeed> ReadCommunicationNeeds(ReadOnlySpan<byte> body, MosaicReadContext context) =>
        Read(Summary(body).CommNeeds, Json.CommNeedDto, dto => dto.NeedId, dto =>
        {
            CommunicationNeedCategory? category = dto.NeedCategory switch
            {
                "CONTACT" => CommunicationNeedCategory.ContactMethod,
                "FORMAT" => CommunicationNeedCategory.InformationFormat,
                "SUPPORT" => CommunicationNeedCategory.CommunicationSupport,
                "PROFESSIONAL" => CommunicationNeedCategory.CommunicationProfessional,
                _ => null,
            };
            var (recorded, end) = (OptionalDate(dto.RecordedOn), OptionalDate(dto.EndsOn));
            return category is not { } shown || string.IsNullOrEmpty(dto.NeedText) ? Unreadable<CommunicationNeed>()
                : end < context.Today ? null
                : new CommunicationNeed(shown, dto.NeedText, recorded);
        });

    private static ClientSummaryDto Summary(ReadOnlySpan<byte> body) =>
        JsonSerializer.Deserialize(body, Json.ClientSummaryDto) ?? throw new MosaicUnavailableException(UnavailableReason.MalformedResponse);

    /// <summary>
    /// Reads each item: <paramref name="judge"/> answers the record to show, null to hide it, or throws (a reader's
    /// error, <see cref="Unreadable{T}"/>) when it cannot be read, which costs that item only.
    /// </summary>
    private static MosaicPage<T> Read<TDto, T>(
        JsonElement? items, System.Text.Json.Serialization.Metadata.JsonTypeInfo<TDto> typeInfo, Func<TDto, string?> id, Func<TDto, T?> judge)
        where TDto : class
        where T : class =>
        MosaicPages.Read(items ?? throw new MosaicUnavailableException(UnavailableReason.MalformedResponse), element =>
        {
            var dto = element.Deserialize(typeInfo) ?? throw new JsonException();
            return judge(dto) is { } shown ? MosaicItems.Show(id(dto), shown) : MosaicItems.Hide<T>(id(dto));
        }, next: null);

    private static T Unreadable<T>() => throw new FormatException("The item cannot be read.");

    private static DateOnly Date(string? text) =>
        OptionalDate(text) ?? throw new FormatException("A required date is missing.");

    private static DateOnly? OptionalDate(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        if (DateTime.TryParseExact(text, WallClock, CultureInfo.InvariantCulture, DateTimeStyles.None, out var wallClock))
        {
            return DateOnly.FromDateTime(wallClock);
        }

        return DateTimeOffset.TryParseExact(text, Instant, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? MosaicReadContext.LondonDate(instant)
            : throw new FormatException("Not a date.");
    }
}
